import { createContext, useContext, type ReactNode } from 'react';
import type { Config, FieldError } from '../../../src/contract';
import { fieldId, type Path } from './draft';

/**
 * What every control of the editor needs: the draft, a way to change one value in it, and the
 * server's field errors. Passed by context so sections stay small and need no prop threading.
 */
export interface Editor {
  config: Config;
  update(path: Path, value: unknown): void;
  errors: FieldError[];
  /**
   * The DOM id of the control that edits `path` (default `fieldId(path)`). A policy's editor maps the top-level
   * paths its sections use onto the policy's own (`cfg-policies.0.matrix…`), so ids stay unique on the page and the
   * error summary and the blur check find them.
   */
  idOf?(path: Path): string;
  /** Set in a policy's editor: what its sections' own ids (`section-…`) are prefixed with. */
  scope?: string;
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

/** The function that gives a control's DOM id for a path, in the current editor. */
export function useIdOf(): (path: Path) => string {
  const { idOf } = useEditor();
  return idOf ?? fieldId;
}

/** Scopes a fixed DOM id (a radio group's name, a datalist) to the current editor: `policy-0-day-1` in a policy's. */
export function useScoped(): (base: string) => string {
  const { scope } = useEditor();
  return (base) => (scope ? `${scope}-${base}` : base);
}

/**
 * The errors reported for `path`. `nested` also takes errors below it, for controls that edit a
 * whole list ("projects" shows "projects.2") or a group ("escalation.levels.0.recipients").
 */
export function errorsAt(errors: FieldError[], path: Path, nested = false): FieldError[] {
  return errors.filter((e) => e.path === path || (nested && e.path.startsWith(`${path}.`)));
}
