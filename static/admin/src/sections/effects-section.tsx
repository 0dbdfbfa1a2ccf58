import { useT } from '../../../common/i18n';
import { useEditor } from '../editor-context';
import { CheckboxField } from '../inputs/checkbox-field';
import { TextField } from '../inputs/text-field';
import { Section } from './section';

/** What an escalation does to the request, and what the customer is told afterwards. */
export function EffectsSection() {
  const t = useT();
  const { config } = useEditor();
  const fx = config.escalation.effects;
  const p = 'escalation.effects';
  return (
    <Section id="effects" title={t('admin.effects.title')} intro={t('admin.effects.intro')}>
      <CheckboxField
        path={`${p}.issueProperty`}
        label={t('admin.effects.issueProperty')}
        hint={t('admin.effects.issuePropertyHint')}
      />
      <CheckboxField path={`${p}.label`} label={t('admin.effects.label')} />
      {fx.label && <TextField path={`${p}.labelName`} label={t('admin.effects.labelName')} />}
      <CheckboxField path={`${p}.internalComment`} label={t('admin.effects.internalComment')} />
      <CheckboxField path={`${p}.notify`} label={t('admin.effects.notify')} />
      <CheckboxField path={`${p}.raisePriority`} label={t('admin.effects.raisePriority')} />
      <CheckboxField path={`${p}.transition`} label={t('admin.effects.transition')} />
      {fx.transition && <TextField path={`${p}.transitionId`} label={t('admin.effects.transitionId')} nullable />}
      <CheckboxField path={`${p}.publicComment`} label={t('admin.effects.publicComment')} />
      <CheckboxField path="escalation.notifyCustomerOnAcknowledge" label={t('admin.effects.notifyOnAcknowledge')} />
      <CheckboxField path="escalation.notifyCustomerOnClose" label={t('admin.effects.notifyOnClose')} />
    </Section>
  );
}
