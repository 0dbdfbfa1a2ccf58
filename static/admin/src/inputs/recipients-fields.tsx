import { useT } from '../../../common/i18n';
import type { Path } from '../draft';
import { Group } from './group';
import { ListField } from './list-field';

/** Jira groups and account ids that are emailed; `path` points at a { groups, accountIds } object. */
export function RecipientsFields({ path, legend }: { path: Path; legend: string }) {
  const t = useT();
  return (
    <Group path={path} legend={legend}>
      <ListField path={`${path}.groups`} label={t('admin.recipients.groups')} />
      <ListField path={`${path}.accountIds`} label={t('admin.recipients.accountIds')} />
    </Group>
  );
}
