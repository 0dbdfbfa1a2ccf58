/**
 * How a policy's editor reuses the page's sections (matrix, timer, calendar, critical, levels): the sections edit
 * top-level paths ("matrix.moderate.medium", "escalation.levels.0…"); in a policy's editor those paths are mapped
 * onto the policy's overrides ("policies.2.matrix.moderate.medium", "policies.2.levels.0…"). What the policy does
 * not override shows the top level's value ("inherits from the default"); the first edit copies the inherited value
 * into the policy, then changes it.
 */
import type { FieldError } from '../../../../src/contract';
import { getIn, type Path } from '../draft';

/** Each top-level path prefix a policy may override, and the policy's key that replaces it. */
const OVERRIDE_KEY_OF_TOP: Readonly<Record<string, string>> = {
  matrix: 'matrix',
  defaultDelayHours: 'defaultDelayHours',
  timer: 'timer',
  calendar: 'calendar',
  critical: 'critical',
  'escalation.levels': 'levels',
  'escalation.nextLevelDelayHours': 'nextLevelDelayHours',
  'escalation.acknowledgeWithinHours': 'acknowledgeWithinHours',
};
const OVERRIDES = Object.entries(OVERRIDE_KEY_OF_TOP).map(([top, key]) => ({ top, key }));

/** The override sections of a policy's editor: the keys each one overrides together. */
export const OVERRIDE_GROUPS = [
  { id: 'matrix', keys: ['matrix', 'defaultDelayHours'] },
  { id: 'timer', keys: ['timer'] },
  { id: 'calendar', keys: ['calendar'] },
  { id: 'critical', keys: ['critical'] },
  { id: 'levels', keys: ['levels', 'nextLevelDelayHours', 'acknowledgeWithinHours'] },
] as const;

export type OverrideGroupId = (typeof OVERRIDE_GROUPS)[number]['id'];

const under = (path: Path, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);

/** The override a top-level path falls in, with the rest of the path; null for a path no policy overrides. */
export function overrideOf(path: Path): { top: string; key: string; rest: string } | null {
  const o = OVERRIDES.find((x) => under(path, x.top));
  return o ? { ...o, rest: path.slice(o.top.length) } : null;
}

/** Where a top-level path lives in policy `index`: "matrix.x.y" → "policies.3.matrix.x.y". */
export function policyPath(index: number, path: Path): Path {
  const o = overrideOf(path);
  return o ? `policies.${index}.${o.key}${o.rest}` : path;
}

/** The reverse: a path inside policy `index` → the top-level path its section shows; null if not an override. */
export function topPath(index: number, path: Path): Path | null {
  const prefix = `policies.${index}.`;
  if (!path.startsWith(prefix)) return null;
  const inner = path.slice(prefix.length);
  const o = OVERRIDES.find((x) => under(inner, x.key));
  return o ? `${o.top}${inner.slice(o.key.length)}` : null;
}

type Json = Record<string, unknown>;

/**
 * The configuration as policy `index`'s sections show it: each override it sets in place of the top-level value
 * (the same rule as the server's effective settings).
 */
export function effectiveView<C extends object>(config: C, index: number): C {
  const policy = (getIn(config, `policies.${index}`) ?? {}) as Json;
  const c = config as unknown as Json;
  const esc = (c.escalation ?? {}) as Json;
  const pick = (key: string, fallback: unknown) => (policy[key] !== undefined ? policy[key] : fallback);
  return {
    ...c,
    matrix: pick('matrix', c.matrix),
    defaultDelayHours: pick('defaultDelayHours', c.defaultDelayHours),
    timer: pick('timer', c.timer),
    calendar: pick('calendar', c.calendar),
    critical: pick('critical', c.critical),
    escalation: {
      ...esc,
      levels: pick('levels', esc.levels),
      nextLevelDelayHours: pick('nextLevelDelayHours', esc.nextLevelDelayHours),
      acknowledgeWithinHours: pick('acknowledgeWithinHours', esc.acknowledgeWithinHours),
    },
  } as unknown as C;
}

/** True when policy `index` sets none of the group's overrides: it inherits them from the default. */
export function inherits(config: object, index: number, group: OverrideGroupId): boolean {
  const keys = OVERRIDE_GROUPS.find((g) => g.id === group)?.keys ?? [];
  return keys.every((k) => getIn(config, `policies.${index}.${k}`) === undefined);
}

/** A copy of a JSON value (the draft holds only JSON), so the policy never shares objects with the top level. */
const clone = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

/**
 * The edits that change top-level `path` to `value` in policy `index`: first a copy of the inherited value when
 * the policy does not override it yet, then the change itself.
 */
export function scopedEdits(config: object, index: number, path: Path, value: unknown): [Path, unknown][] {
  const o = overrideOf(path);
  if (!o) return [];
  const own = `policies.${index}.${o.key}`;
  const copy: [Path, unknown][] =
    getIn(config, own) === undefined && o.rest !== '' ? [[own, clone(getIn(config, o.top))]] : [];
  return [...copy, [policyPath(index, path), value]];
}

/** The server's errors about policy `index`'s overrides, on the top-level paths its sections use. */
export function scopedErrors(errors: FieldError[], index: number): FieldError[] {
  return errors.flatMap((e) => {
    const top = topPath(index, e.path);
    return top === null ? [] : [{ ...e, path: top }];
  });
}
