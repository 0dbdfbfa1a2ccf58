import { useT } from '../../../common/i18n';
import { CheckboxField } from '../inputs/checkbox-field';
import { Section } from './section';

export function PortalSection() {
  const t = useT();
  return (
    <Section id="portal" title={t('admin.portal.title')}>
      <CheckboxField path="portal.showEligibleAt" label={t('admin.portal.showEligibleAt')} />
    </Section>
  );
}
