import { createContext, useContext, type ReactNode } from 'react';
import type { Config, FieldError } from '../../../src/contract';
import type { Path } from './draft';

/**
 * What every control of the editor needs: the draft, a way to change one value in it, and the
 * server's field errors. Passed by context so sections stay small and need no prop threading.
 */
export interface Editor {
  config: Config;
  update(path: Path, value: unknown): void;
  errors: FieldError[];
}

const EditorContext = createContext<Editor | null>(null);

export function EditorProvider({ editor, children }: { editor: Editor; children: ReactNode }) {
  return <EditorContext.Provider value={editor}>{children}</EditorContext.Provider>;
}

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside <EditorProvider>');
  return editor;
}

/**
 * The errors reported for `path`. `nested` also takes errors below it, for controls that edit a
 * whole list ("projects" shows "projects.2") or a group ("escalation.levels.0.recipients").
 */
export function errorsAt(errors: FieldError[], path: Path, nested = false): FieldError[] {
  return errors.filter((e) => e.path === path || (nested && e.path.startsWith(`${path}.`)));
}
