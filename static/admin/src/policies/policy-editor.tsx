/** One policy: its id and name, the requests it applies to (picked by name), and its override sections. */
import { Button } from '../../../common/components/button';
import { useT } from '../../../common/i18n';
import type { Config } from '../../../../src/contract';
import { useEditor } from '../editor-context';
import { LocalizedField } from '../inputs/localized-field';
import { TextField } from '../inputs/text-field';
import { MatchPicker } from './match-picker';
import { PolicyOverrides } from './policy-scope-editor';

type Policy = Config['policies'][number];

export const isCatchAll = (p: Policy) =>
  p.match.projects.length === 0 && p.match.requestTypeIds.length === 0 && p.match.organizationIds.length === 0;

export function PolicyEditor({ index, onClose }: { index: number; onClose(): void }) {
  const t = useT();
  const { config } = useEditor();
  const policy = config.policies[index];
  if (!policy) return null;
  return (
    <div className="policy-editor" data-testid="policy-editor">
      <div className="inline">
        <Button onClick={onClose} data-testid="policy-back">
          {t('admin.policies.back')}
        </Button>
      </div>
      <h3>{t('admin.policies.editing', { name: policy.name.fr || policy.name.en || policy.id })}</h3>
      <TextField path={`policies.${index}.id`} label={t('admin.policies.id')} hint={t('admin.policies.idHint')} />
      <LocalizedField path={`policies.${index}.name`} label={t('admin.policies.name')} />
      <h4>{t('admin.policies.appliesTo')}</h4>
      <p className="hint">{t('admin.policies.appliesToHint')}</p>
      <MatchPicker index={index} list="projects" />
      <MatchPicker index={index} list="requestTypeIds" />
      <MatchPicker index={index} list="organizationIds" />
      {isCatchAll(policy) && (
        <p className="esc-lozenge esc-lozenge--warning" data-testid="policy-catch-all">
          {t('admin.policies.catchAll')}
        </p>
      )}
      <h4>{t('admin.policies.settings')}</h4>
      <p className="hint">{t('admin.policies.settingsHint')}</p>
      <PolicyOverrides index={index} />
    </div>
  );
}
