import { useT } from '../../../common/i18n';
import { CheckboxField } from '../inputs/checkbox-field';
import { NumberField } from '../inputs/number-field';
import { RecipientsFields } from '../inputs/recipients-fields';
import { Section } from './section';

export function FollowUpSection() {
  const t = useT();
  return (
    <Section id="followUp" title={t('admin.followUp.title')} intro={t('admin.followUp.intro')}>
      <NumberField
        path="followUp.cooldownMinutes"
        label={t('admin.followUp.cooldown')}
        hint={t('admin.followUp.cooldownHint')}
      />
      <RecipientsFields path="followUp.fallbackRecipients" legend={t('admin.followUp.fallback')} />
      <CheckboxField path="followUp.fallbackToProjectLead" label={t('admin.followUp.fallbackToLead')} />
      <CheckboxField path="followUp.requiredBeforeEscalation" label={t('admin.followUp.required')} />
    </Section>
  );
}
