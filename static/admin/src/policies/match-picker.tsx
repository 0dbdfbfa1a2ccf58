/**
 * A policy's match list, picked by name from the site's real projects, request types or organizations (never typed
 * as ids): the chosen ones with their names and a "remove" button, a select of the others, and "show more" while
 * the site has more pages. An id the site's full list does not hold is marked (it may be a project the admin
 * cannot see: saving warns, it does not refuse).
 */
import { useEffect, useState } from 'react';
import { Button } from '../../../common/components/button';
import { useT } from '../../../common/i18n';
import type { CatalogEntry } from '../../../../src/contract';
import { getIn } from '../draft';
import { errorsAt, useEditor, useIdOf } from '../editor-context';
import { FieldErrors } from '../inputs/field-errors';
import { nameOf, useCatalog, type ListKey } from './catalog';

export type MatchList = 'projects' | 'requestTypeIds' | 'organizationIds';
const KIND = { projects: 'projects', requestTypeIds: 'requestTypes', organizationIds: 'organizations' } as const;

/** Loads the list's first page once, and offers its next pages. */
function useList(key: ListKey | null) {
  const { lists, more } = useCatalog();
  const list = key ? lists[key] : undefined;
  useEffect(() => {
    if (key && !list) void more(key);
  }, [key, list, more]);
  return { list, more: () => (key ? more(key) : Promise.resolve()) };
}

/**
 * A select of the entries not chosen yet and an "Add" button: browsing the select with the arrow keys (which changes
 * its value at once) adds nothing until the button is pressed.
 */
function Choices({
  id,
  label,
  options,
  onPick,
}: {
  id: string;
  label: string;
  options: CatalogEntry[];
  onPick(id: string): void;
}) {
  const t = useT();
  const [picked, setPicked] = useState('');
  const valid = options.some((o) => o.id === picked);
  return (
    <div className="inline">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={valid ? picked : ''} onChange={(e) => setPicked(e.target.value)} data-testid={id}>
          <option value="">{t('admin.policies.pick.choose')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <Button
        disabled={!valid}
        onClick={() => {
          onPick(picked);
          setPicked('');
        }}
        data-testid={`${id}-button`}
      >
        {t('admin.policies.pick.addButton')}
      </Button>
    </div>
  );
}

/** For request types: which project's types the select offers. */
function ProjectFilter({ id, value, onChange }: { id: string; value: string; onChange(key: string): void }) {
  const t = useT();
  const { list } = useList('projects');
  return (
    <div className="field">
      <label htmlFor={id}>{t('admin.policies.pick.typesOf')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={id}>
        {(list?.entries ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The chosen ids, by name, each with its "remove" button. */
function Chosen({
  which,
  chosen,
  complete,
  onRemove,
}: {
  which: MatchList;
  chosen: string[];
  complete: boolean;
  onRemove(id: string): void;
}) {
  const t = useT();
  const { lists } = useCatalog();
  if (chosen.length === 0) return <p className="hint">{t(`admin.policies.match.any.${which}`)}</p>;
  return (
    <ul className="plain chips">
      {chosen.map((id) => {
        const name = nameOf(lists, KIND[which], id);
        return (
          <li key={id} data-testid={`chosen-${which}-${id}`}>
            <span>{name ?? id}</span>
            {!name && complete && <span className="hint"> {t('admin.policies.pick.unknown')}</span>}{' '}
            <Button appearance="link" onClick={() => onRemove(id)}>
              {t('admin.policies.pick.remove', { name: name ?? id })}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}

/** The list the select offers: projects, organizations, or the request types of the project chosen beside it. */
function useOffered(which: MatchList, project: string) {
  const { lists } = useCatalog();
  const firstProject = lists.projects?.entries[0]?.id ?? '';
  const shown = project || firstProject;
  const key: ListKey | null =
    which === 'requestTypeIds' ? (shown ? `requestTypes:${shown}` : null) : (KIND[which] as ListKey);
  return { ...useList(key), shown };
}

export function MatchPicker({ index, list: which }: { index: number; list: MatchList }) {
  const t = useT();
  const { config, update, errors } = useEditor();
  const idOf = useIdOf();
  const path = `policies.${index}.match.${which}`;
  const chosen = (getIn(config, path) as string[] | undefined) ?? [];
  const [project, setProject] = useState('');
  const { list, more, shown } = useOffered(which, project);
  const options = (list?.entries ?? []).filter((e) => !chosen.includes(e.id));
  return (
    <fieldset id={idOf(path)} tabIndex={-1} className="group" data-testid={`match-${which}`}>
      <legend>{t(`admin.policies.match.${which}`)}</legend>
      <Chosen
        which={which}
        chosen={chosen}
        complete={list?.nextStart === null && which !== 'requestTypeIds'}
        onRemove={(id) =>
          update(
            path,
            chosen.filter((c) => c !== id),
          )
        }
      />
      {which === 'requestTypeIds' && <ProjectFilter id={`${idOf(path)}-project`} value={shown} onChange={setProject} />}
      <Choices
        id={`${idOf(path)}-add`}
        label={t(`admin.policies.pick.add.${which}`)}
        options={options}
        onPick={(id) => update(path, [...chosen, id])}
      />
      {list?.loading && <p className="hint">{t('admin.policies.pick.loading')}</p>}
      {list?.error && (
        <p className="error-text" role="alert">
          {list.error}
        </p>
      )}
      {list && list.nextStart !== null && !list.loading && (
        <Button appearance="link" onClick={() => void more()}>
          {t('admin.policies.pick.more')}
        </Button>
      )}
      <FieldErrors path={path} errors={errorsAt(errors, path, true)} />
    </fieldset>
  );
}
