import { Button } from '../../../common/components/button';
import { useT } from '../../../common/i18n';
import type { Config } from '../../../../src/contract';
import { useEditor } from '../editor-context';
import { CheckboxField } from '../inputs/checkbox-field';
import { Group } from '../inputs/group';
import { LocalizedField } from '../inputs/localized-field';
import { TextField } from '../inputs/text-field';

type CloseReason = Config['escalation']['closeReasons'][number];

/** The reasons an agent picks from when closing an escalation (`escalation.closeReasons`). */
export function CloseReasonsFields() {
  const t = useT();
  const { config, update } = useEditor();
  const reasons = config.escalation.closeReasons;
  const set = (next: CloseReason[]) => update('escalation.closeReasons', next);
  const add = () => {
    let n = reasons.length + 1;
    while (reasons.some((r) => r.id === `close-${n}`)) n++;
    set([...reasons, { id: `close-${n}`, label: { fr: '', en: '' }, noteRequired: false }]);
  };
  return (
    <Group path="escalation.closeReasons" legend={t('admin.reasons.closeList')}>
      <ol className="cards">
        {reasons.map((r, i) => (
          <li key={i} className="card" data-testid={`close-reason-${i}`}>
            <TextField path={`escalation.closeReasons.${i}.id`} label={t('admin.reasons.closeId', { n: i + 1 })} />
            <LocalizedField
              path={`escalation.closeReasons.${i}.label`}
              label={t('admin.reasons.closeLabel', { n: i + 1 })}
            />
            <CheckboxField
              path={`escalation.closeReasons.${i}.noteRequired`}
              label={t('admin.reasons.noteRequired', { n: i + 1 })}
            />
            <Button appearance="link" onClick={() => set(reasons.filter((__, k) => k !== i))}>
              {t('admin.reasons.closeRemove', { id: r.id })}
            </Button>
          </li>
        ))}
      </ol>
      <Button onClick={add}>{t('admin.reasons.closeAdd')}</Button>
    </Group>
  );
}
