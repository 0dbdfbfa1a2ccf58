import { useT } from '../../../common/i18n';
import type { Path } from '../draft';
import { TextField } from './text-field';

/** A text in French and in English ("{label} (français)", "{label} (English)"). */
export function LocalizedField({ path, label, multiline }: { path: Path; label: string; multiline?: boolean }) {
  const t = useT();
  return (
    <div className="localized">
      <TextField path={`${path}.fr`} label={t('admin.common.inFrench', { label })} multiline={multiline} />
      <TextField path={`${path}.en`} label={t('admin.common.inEnglish', { label })} multiline={multiline} />
    </div>
  );
}
