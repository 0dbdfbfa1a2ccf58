import { useT } from '../../../common/i18n';
import { ListField } from '../inputs/list-field';
import { LocalizedField } from '../inputs/localized-field';
import { TextField } from '../inputs/text-field';
import { Section } from './section';

/** Which requests are critical besides the matrix, and what the customer is told to do instead. */
export function CriticalSection() {
  const t = useT();
  return (
    <Section id="critical" title={t('admin.critical.title')} intro={t('admin.critical.intro')}>
      <ListField path="critical.requestTypeIds" label={t('admin.critical.requestTypeIds')} />
      <ListField path="critical.priorities" label={t('admin.critical.priorities')} />
      <TextField path="critical.phone" type="tel" label={t('admin.critical.phone')} />
      <LocalizedField path="critical.openingHours" label={t('admin.critical.openingHours')} />
      <LocalizedField path="critical.message" label={t('admin.critical.message')} multiline />
    </Section>
  );
}
