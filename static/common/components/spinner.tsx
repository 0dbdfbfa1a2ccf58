/** A small CSS spinner with an accessible label; `Loading` is the full placeholder used before first data. */
import { useT } from '../i18n';

export function Spinner({ label, size = 16 }: { label?: string; size?: number }) {
  const t = useT();
  return (
    <span
      className="esc-spinner"
      role="progressbar"
      aria-label={label ?? t('common.loading')}
      style={{ width: size, height: size }}
    />
  );
}

export function Loading() {
  const t = useT();
  return (
    <div className="esc-loading" data-testid="loading" aria-busy="true">
      <Spinner />
      <span>{t('common.loading')}</span>
    </div>
  );
}
