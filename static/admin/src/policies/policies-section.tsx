/**
 * The "Support policies" tab: the ordered list (the first policy that matches a request applies; the other tabs are
 * the default policy, for every other request), reorder, add, edit, delete. Names in the pickers come from the site.
 */
import { useState } from 'react';
import { Button } from '../../../common/components/button';
import { useLocale, useT } from '../../../common/i18n';
import { translate } from '../../../../src/i18n/translate';
import type { Config } from '../../../../src/contract';
import { useEditor } from '../editor-context';
import { isUnder } from '../editor-state';
import { Section } from '../sections/section';
import { CatalogProvider, nameOf, useCatalog } from './catalog';
import { isCatchAll, PolicyEditor } from './policy-editor';

type Policy = Config['policies'][number];

/** A new policy: a free id, a placeholder name in both languages, matching every request until narrowed. */
export function newPolicy(existing: Policy[]): Policy {
  const ids = new Set(existing.map((p) => p.id));
  let n = existing.length + 1;
  while (ids.has(`politique-${n}`)) n++;
  return {
    id: `politique-${n}`,
    name: {
      fr: translate('fr', 'admin.policies.newName', { n }),
      en: translate('en', 'admin.policies.newName', { n }),
    },
    match: { projects: [], requestTypeIds: [], organizationIds: [] },
  };
}

/** "Projects: Support · Organizations: Durand Conseil", with the names the pickers read so far. */
function MatchSummary({ policy }: { policy: Policy }) {
  const t = useT();
  const { lists } = useCatalog();
  if (isCatchAll(policy)) return <span className="hint">{t('admin.policies.allRequests')}</span>;
  const parts = (
    [
      ['projects', 'projects'],
      ['requestTypeIds', 'requestTypes'],
      ['organizationIds', 'organizations'],
    ] as const
  )
    .filter(([list]) => policy.match[list].length > 0)
    .map(([list, kind]) => {
      const names = policy.match[list].map((id) => nameOf(lists, kind, id) ?? id).join(', ');
      return `${t(`admin.policies.match.${list}`)}${t('admin.common.colon')}${names}`;
    });
  return <span className="hint">{parts.join(' · ')}</span>;
}

function PolicyRow({ policies, index, onEdit }: { policies: Policy[]; index: number; onEdit(i: number): void }) {
  const t = useT();
  const { lang } = useLocale();
  const { update, errors } = useEditor();
  const policy = policies[index];
  const name = policy.name[lang] || policy.id;
  // The server's errors about this policy are shown at its fields once it is opened; the list counts them.
  const count = errors.filter((e) => isUnder(e.path, `policies.${index}`)).length;
  const move = (to: number) => {
    const next = [...policies];
    [next[index], next[to]] = [next[to], next[index]];
    update('policies', next);
  };
  return (
    <li className="card" data-testid={`policy-${index}`}>
      <h3>{t('admin.policies.rank', { n: index + 1, name })}</h3>
      <MatchSummary policy={policy} />
      {count > 0 && (
        <p className="esc-lozenge esc-lozenge--danger" data-testid={`policy-${index}-errors`}>
          {t('admin.nav.errors', { count })}
        </p>
      )}
      {isCatchAll(policy) && <p className="esc-lozenge esc-lozenge--warning">{t('admin.policies.catchAll')}</p>}
      <div className="inline">
        <Button onClick={() => onEdit(index)} data-testid={`policy-${index}-edit`}>
          {t('admin.policies.edit', { name })}
        </Button>
        <Button appearance="subtle" disabled={index === 0} onClick={() => move(index - 1)}>
          {t('admin.policies.up', { name })}
        </Button>
        <Button appearance="subtle" disabled={index === policies.length - 1} onClick={() => move(index + 1)}>
          {t('admin.policies.down', { name })}
        </Button>
        <Button
          appearance="danger"
          onClick={() =>
            update(
              'policies',
              policies.filter((_, k) => k !== index),
            )
          }
        >
          {t('admin.policies.delete', { name })}
        </Button>
      </div>
    </li>
  );
}

function PolicyList({ onEdit }: { onEdit(i: number): void }) {
  const t = useT();
  const { config, update } = useEditor();
  const policies = config.policies;
  const add = () => {
    update('policies', [...policies, newPolicy(policies)]);
    onEdit(policies.length);
  };
  return (
    <>
      {policies.length === 0 && <p data-testid="no-policies">{t('admin.policies.none')}</p>}
      <ol className="cards" data-testid="policy-list">
        {policies.map((_, i) => (
          <PolicyRow key={i} policies={policies} index={i} onEdit={onEdit} />
        ))}
      </ol>
      <p className="hint">{t('admin.policies.defaultLast')}</p>
      <Button onClick={add} data-testid="policy-add">
        {t('admin.policies.add')}
      </Button>
    </>
  );
}

export function PoliciesSection() {
  const t = useT();
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <CatalogProvider>
      <Section id="policies" title={t('admin.policies.title')} intro={t('admin.policies.intro')}>
        {editing === null ? (
          <PolicyList onEdit={setEditing} />
        ) : (
          <PolicyEditor index={editing} onClose={() => setEditing(null)} />
        )}
      </Section>
    </CatalogProvider>
  );
}
