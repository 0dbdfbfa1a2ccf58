import { useCallback, useEffect, useReducer, useRef, type Dispatch } from 'react';
import { useBridge, type Bridge } from '../../common/bridge';
import { isError, type Config } from '../../../src/contract';
import { configFieldErrors, type Path } from './draft';
import { editorReducer, initialEditorState, type EditorAction, type EditorState, type Notice } from './editor-state';

export interface ConfigEditor extends EditorState {
  update(path: Path, value: unknown): void;
  /** Asks the server about the whole draft and shows its verdict on `path` only (called on blur). */
  validateField(path: Path): Promise<void>;
  save(): Promise<void>;
  reload(): Promise<void>;
  imported(config: Config): void;
}

async function saveDraft(bridge: Bridge, state: EditorState, dispatch: Dispatch<EditorAction>) {
  if (!state.draft || !state.saved) return;
  dispatch({ type: 'saving' });
  const r = await bridge.invoke('saveConfig', {
    config: state.draft,
    expectedVersion: state.saved.version,
  });
  if (!isError(r)) {
    // The server answers the stored envelope; its config may be normalised (trimmed text).
    const config = r.config ?? state.draft;
    const version = typeof r.version === 'number' ? r.version : state.saved.version + 1;
    // Saved, with what the admin should know (a catch-all policy, ids the site does not list).
    dispatch({ type: 'saved', envelope: { config, version }, warnings: r.warnings });
  } else if (r.error.code === 'INVALID_INPUT') {
    // The resolver reports paths from its payload (`config.matrix…`); the editor's fields are config paths.
    dispatch({ type: 'saveRefused', notice: { kind: 'invalid' }, errors: configFieldErrors(r.error.fields) });
  } else if (r.error.code === 'CONFLICT') {
    dispatch({ type: 'saveRefused', notice: { kind: 'conflict' } });
  } else {
    dispatch({ type: 'saveRefused', notice: { kind: 'failed', error: r.error } });
  }
}

/** Load, edit, check on blur and save the configuration, with optimistic concurrency (`expectedVersion`). */
export function useConfigEditor(): ConfigEditor {
  const bridge = useBridge();
  const [state, dispatch] = useReducer(editorReducer, initialEditorState);
  const latest = useRef(state);
  latest.current = state;

  const load = useCallback(
    async (after?: (version: number) => Notice) => {
      const r = await bridge.invoke('getConfig');
      if (isError(r)) dispatch({ type: 'loadFailed', error: r.error });
      else dispatch({ type: 'loaded', envelope: r, notice: after ? after(r.version) : null });
    },
    [bridge],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const update = useCallback((path: Path, value: unknown) => dispatch({ type: 'edited', path, value }), []);

  const validateField = useCallback(
    async (path: Path) => {
      const config = latest.current.draft;
      if (!config) return;
      const r = await bridge.invoke('validateConfig', { config });
      // Only a verdict on the config counts; an unavailable server leaves the field as it is.
      if (isError(r) && r.error.code !== 'INVALID_INPUT') return;
      const errors = isError(r) ? configFieldErrors(r.error.fields) : [];
      dispatch({ type: 'validated', path, config, errors });
    },
    [bridge],
  );

  return {
    ...state,
    update,
    validateField,
    save: () => saveDraft(bridge, latest.current, dispatch),
    reload: () => load((version) => ({ kind: 'reloaded', version })),
    imported: (config) => dispatch({ type: 'imported', config }),
  };
}
