import { Button } from '../../../common/components/button';
import { useT } from '../../../common/i18n';
import type { Config } from '../../../../src/contract';
import { useEditor } from '../editor-context';
import { CheckboxField } from '../inputs/checkbox-field';
import { Group } from '../inputs/group';
import { LocalizedField } from '../inputs/localized-field';
import { NumberField } from '../inputs/number-field';
import { TextField } from '../inputs/text-field';
import { CloseReasonsFields } from './close-reasons-fields';
import { Section } from './section';

type Reason = Config['escalation']['reasons'][number];

function move<T>(list: T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** The reasons a customer picks from when escalating, in the order shown, and the details length. */
export function ReasonsSection() {
  const t = useT();
  const { config, update } = useEditor();
  const reasons = config.escalation.reasons;
  const set = (next: Reason[]) => update('escalation.reasons', next);
  const add = () => {
    let n = reasons.length + 1;
    while (reasons.some((r) => r.id === `reason-${n}`)) n++;
    set([...reasons, { id: `reason-${n}`, label: { fr: '', en: '' }, detailsRequired: false }]);
  };
  return (
    <Section id="reasons" title={t('admin.reasons.title')} intro={t('admin.reasons.intro')}>
      <Group path="escalation.reasons" legend={t('admin.reasons.list')}>
        <ol className="cards">
          {reasons.map((r, i) => (
            <li key={i} className="card" data-testid={`reason-${i}`}>
              <TextField
                path={`escalation.reasons.${i}.id`}
                label={t('admin.reasons.id', { n: i + 1 })}
                hint={t('admin.reasons.idHint')}
              />
              <LocalizedField path={`escalation.reasons.${i}.label`} label={t('admin.reasons.label', { n: i + 1 })} />
              <CheckboxField
                path={`escalation.reasons.${i}.detailsRequired`}
                label={t('admin.reasons.detailsRequired', { n: i + 1 })}
              />
              <div className="inline">
                <Button appearance="link" disabled={i === 0} onClick={() => set(move(reasons, i, i - 1))}>
                  {t('admin.reasons.up', { id: r.id })}
                </Button>
                <Button
                  appearance="link"
                  disabled={i === reasons.length - 1}
                  onClick={() => set(move(reasons, i, i + 1))}
                >
                  {t('admin.reasons.down', { id: r.id })}
                </Button>
                <Button appearance="link" onClick={() => set(reasons.filter((__, k) => k !== i))}>
                  {t('admin.reasons.remove', { id: r.id })}
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <Button onClick={add}>{t('admin.reasons.add')}</Button>
      </Group>
      <div className="inline">
        <NumberField path="escalation.detailsMin" label={t('admin.reasons.detailsMin')} />
        <NumberField path="escalation.detailsMax" label={t('admin.reasons.detailsMax')} />
      </div>
      <CloseReasonsFields />
    </Section>
  );
}
