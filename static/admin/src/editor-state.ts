import type { Config, ConfigEnvelope, ConfigWarning, FieldError, ResolverError } from '../../../src/contract';
import { getIn, setIn, type Path } from './draft';

/** What the page says after an action (one message at a time). */
export type Notice =
  | { kind: 'saved'; version: number; warnings?: ConfigWarning[] }
  | { kind: 'invalid' }
  | { kind: 'conflict' }
  | { kind: 'failed'; error: ResolverError['error'] }
  | { kind: 'imported' }
  | { kind: 'reloaded'; version: number };

/** The admin page's data: the stored envelope, the edited draft, and the errors shown at the fields. */
export interface EditorState {
  loadError: ResolverError['error'] | null;
  saved: ConfigEnvelope | null;
  draft: Config | null;
  errors: FieldError[];
  notice: Notice | null;
  saving: boolean;
}

export type EditorAction =
  | { type: 'loadFailed'; error: ResolverError['error'] }
  | { type: 'loaded'; envelope: ConfigEnvelope; notice: Notice | null }
  | { type: 'edited'; path: Path; value: unknown }
  | { type: 'validated'; path: Path; config: Config; errors: FieldError[] }
  | { type: 'saving' }
  | { type: 'saveRefused'; notice: Notice; errors?: FieldError[] }
  | { type: 'saved'; envelope: ConfigEnvelope; warnings?: ConfigWarning[] }
  | { type: 'imported'; config: Config };

export const initialEditorState: EditorState = {
  loadError: null,
  saved: null,
  draft: null,
  errors: [],
  notice: null,
  saving: false,
};

/** True when `error` is about `path` or a value below it ("projects" holds "projects.2"). */
export function isUnder(errorPath: Path, path: Path): boolean {
  return errorPath === path || errorPath.startsWith(`${path}.`);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A field was checked on blur: its errors (and only its) are replaced by the server's verdict, unless
 * the field was edited again while the check ran (the answer would describe an older value).
 * The new errors take the old ones' place in the list, and the same verdict changes nothing: the error
 * summary must not move under the admin's pointer (leaving a field to click a summary link checks it).
 */
function validated(state: EditorState, a: Extract<EditorAction, { type: 'validated' }>): EditorState {
  if (!state.draft || !same(getIn(state.draft, a.path), getIn(a.config, a.path))) return state;
  const fresh = a.errors.filter((e) => isUnder(e.path, a.path));
  if (
    same(
      fresh,
      state.errors.filter((e) => isUnder(e.path, a.path)),
    )
  )
    return state;
  const others = state.errors.filter((e) => !isUnder(e.path, a.path));
  const at = state.errors.findIndex((e) => isUnder(e.path, a.path));
  const place = at === -1 ? others.length : at;
  return { ...state, errors: [...others.slice(0, place), ...fresh, ...others.slice(place)] };
}

export function editorReducer(state: EditorState, a: EditorAction): EditorState {
  switch (a.type) {
    case 'loadFailed':
      return { ...state, loadError: a.error };
    case 'loaded':
      return { ...initialEditorState, saved: a.envelope, draft: a.envelope.config, notice: a.notice };
    case 'edited':
      if (!state.draft) return state;
      // An edited field's old error no longer describes it.
      return {
        ...state,
        draft: setIn(state.draft, a.path, a.value),
        errors: state.errors.filter((e) => !isUnder(e.path, a.path)),
      };
    case 'validated':
      return validated(state, a);
    case 'saving':
      return { ...state, saving: true };
    case 'saveRefused':
      return { ...state, saving: false, notice: a.notice, errors: a.errors ?? state.errors };
    case 'saved':
      return {
        ...state,
        saving: false,
        saved: a.envelope,
        draft: a.envelope.config,
        errors: [],
        notice: { kind: 'saved', version: a.envelope.version, warnings: a.warnings },
      };
    case 'imported':
      return { ...state, draft: a.config, errors: [], notice: { kind: 'imported' } };
  }
}
