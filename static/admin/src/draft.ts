import type { Config } from '../../../src/contract';

/**
 * Helpers for the edited (unsaved) configuration. The draft is typed as Config, but while the admin
 * types it may hold values the server will refuse (an empty number, a bad time): the server is the
 * only validator, so the editor never has to duplicate the schema.
 */

export type Impact = keyof Config['matrix'];
export type Urgency = keyof Config['matrix']['extensive'];

// Same order as the backend's canonical levels (most severe first); typed against Config so a
// renamed level fails to compile here.
export const IMPACTS: readonly Impact[] = ['extensive', 'significant', 'moderate', 'minor'];
export const URGENCIES: readonly Urgency[] = ['critical', 'high', 'medium', 'low', 'lowest'];

/** A dotted path into the config, as the server reports it ("calendar.hours.0.end"). */
export type Path = string;

function setAt(node: unknown, keys: string[], value: unknown): unknown {
  if (keys.length === 0) return value;
  const [head, ...rest] = keys;
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(head)] = setAt(copy[Number(head)], rest, value);
    return copy;
  }
  const obj = (node ?? {}) as Record<string, unknown>;
  return { ...obj, [head]: setAt(obj[head], rest, value) };
}

/** Returns a new config with `value` at `path`; every object on the way is copied, nothing is mutated. */
export function setIn(config: Config, path: Path, value: unknown): Config {
  return setAt(config, path.split('.'), value) as Config;
}

export function getIn(config: unknown, path: Path): unknown {
  let node: unknown = config;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Error paths of saveConfig/validateConfig are relative to the payload, so the backend may prefix
 * them with "config." ("config.matrix.moderate.medium"); the editor's paths are relative to the config.
 */
export function configFieldErrors<E extends { path: string }>(fields: E[] | undefined): E[] {
  return (fields ?? []).map((f) => ({ ...f, path: f.path === 'config' ? '' : f.path.replace(/^config\./, '') }));
}

/** The DOM id of the control that edits `path`, so error summaries can link to it. */
export function fieldId(path: Path): string {
  return `cfg-${path}`;
}

/** Stable comparison for the unsaved-changes indicator (key order is the same on both sides). */
export function sameConfig(a: Config | null, b: Config | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
