import { useT } from '../../../common/i18n';
import { ListField } from '../inputs/list-field';
import { SelectField } from '../inputs/select-field';
import { Section } from './section';

/** Where the app is active, and the language of the emails and comments it writes. */
export function GeneralSection() {
  const t = useT();
  return (
    <Section id="general" title={t('admin.general.title')}>
      <ListField path="projects" label={t('admin.general.projects')} hint={t('admin.general.projectsHint')} />
      <SelectField
        path="language"
        label={t('admin.general.language')}
        options={[
          { value: 'fr', label: t('admin.general.french') },
          { value: 'en', label: t('admin.general.english') },
        ]}
      />
    </Section>
  );
}
