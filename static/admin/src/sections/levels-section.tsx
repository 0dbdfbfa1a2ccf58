import { Button } from '../../../common/components/button';
import { useT } from '../../../common/i18n';
import { useEditor } from '../editor-context';
import { CheckboxField } from '../inputs/checkbox-field';
import { Group } from '../inputs/group';
import { NumberField } from '../inputs/number-field';
import { RecipientsFields } from '../inputs/recipients-fields';
import { TextField } from '../inputs/text-field';
import { Section } from './section';

/** The levels in order, each with who it emails; add and remove. */
export function LevelList() {
  const t = useT();
  const { config, update } = useEditor();
  const levels = config.escalation.levels;
  const remove = (i: number) =>
    update(
      'escalation.levels',
      levels.filter((_, k) => k !== i),
    );
  const add = () =>
    update('escalation.levels', [...levels, { notifyAssignee: true, recipients: { groups: [], accountIds: [] } }]);
  return (
    <Group path="escalation.levels" legend={t('admin.levels.list')}>
      <ol className="cards">
        {levels.map((_, i) => (
          <li key={i} className="card" data-testid={`level-${i}`}>
            <h3>{t('admin.levels.level', { n: i + 1 })}</h3>
            <CheckboxField
              path={`escalation.levels.${i}.notifyAssignee`}
              label={t('admin.levels.notifyAssignee', { n: i + 1 })}
            />
            <RecipientsFields
              path={`escalation.levels.${i}.recipients`}
              legend={t('admin.levels.recipients', { n: i + 1 })}
            />
            <Button appearance="link" onClick={() => remove(i)}>
              {t('admin.levels.remove', { n: i + 1 })}
            </Button>
          </li>
        ))}
      </ol>
      <Button onClick={add}>{t('admin.levels.add')}</Button>
    </Group>
  );
}

/** Escalation levels: who each one emails, and how long before the next one opens. */
export function LevelsSection() {
  const t = useT();
  const { config } = useEditor();
  return (
    <Section id="levels" title={t('admin.levels.title')} intro={t('admin.levels.intro')}>
      <LevelList />
      <NumberField
        path="escalation.nextLevelDelayHours"
        label={t('admin.levels.nextDelay')}
        hint={t('admin.levels.nextDelayHint')}
      />
      <NumberField
        path="escalation.acknowledgeWithinHours"
        label={t('admin.levels.ackWithin')}
        hint={t('admin.levels.ackWithinHint')}
        nullable
      />
      <CheckboxField path="escalation.autoRaiseOnAcknowledgeTimeout" label={t('admin.levels.autoRaise')} />
      <CheckboxField path="escalation.autoOnSlaBreach.enabled" label={t('admin.levels.autoOnSlaBreach')} />
      {config.escalation.autoOnSlaBreach.enabled && (
        <TextField
          path="escalation.autoOnSlaBreach.slaName"
          label={t('admin.levels.slaBreachName')}
          hint={t('admin.levels.slaBreachHint')}
          nullable
        />
      )}
    </Section>
  );
}
