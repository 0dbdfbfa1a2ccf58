/** A SectionMessage-like banner drawn with design tokens (no Atlaskit runtime, to keep the portal light). */
import type { ReactNode } from 'react';

export type BannerAppearance = 'info' | 'warning' | 'error' | 'success' | 'discovery' | 'neutral';

const ICONS: Record<BannerAppearance, string> = {
  info: 'i',
  warning: '!',
  error: '!',
  success: '✓',
  discovery: '?',
  neutral: '·',
};

export function Banner({
  appearance = 'info',
  title,
  children,
  testId,
  role,
}: {
  appearance?: BannerAppearance;
  title?: ReactNode;
  children?: ReactNode;
  testId?: string;
  /** "alert" for errors that appear after an action; omitted for static content. */
  role?: 'alert' | 'status';
}) {
  return (
    <section className={`esc-banner esc-banner--${appearance}`} data-testid={testId} role={role}>
      <span className="esc-banner__icon" aria-hidden="true">
        {ICONS[appearance]}
      </span>
      <div className="esc-banner__body">
        {title ? <h2 className="esc-banner__title">{title}</h2> : null}
        {children}
      </div>
    </section>
  );
}
