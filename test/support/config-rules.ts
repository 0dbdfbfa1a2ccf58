/** Table helpers of the configuration rule tests (src/domain/config/schema-*.test.ts): change the defaults, ask for the verdict. */
import { DEFAULT_CONFIG } from '../../src/domain/config/defaults';
import { parseConfig } from '../../src/domain/config/parse';
import type { Config } from '../../src/domain/config/schema';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = Record<string, any>;

/** 'accepted', or the error keys found at `path` (for a refusal). */
export function verdict(change: (c: Loose) => void, path: string): string | string[] {
  const input = structuredClone(DEFAULT_CONFIG) as unknown as Loose;
  change(input);
  const result = parseConfig(input);
  if (result.ok) return 'accepted';
  return result.errors.filter((e) => e.path === path).map((e) => e.key.replace('config.error.', ''));
}

/** The value parsed from a config changed by `change` (the config must be accepted). */
export function parsed(change: (c: Loose) => void): Config {
  const input = structuredClone(DEFAULT_CONFIG) as unknown as Loose;
  change(input);
  const result = parseConfig(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

export const YEAR_OF_HOURS = 24 * 365; // 8,760 h
export const WEEK_OF_MINUTES = 7 * 24 * 60; // 10,080 min
export const repeat = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
export const range = (start: string, end: string) => ({ start, end });
export const level = (notifyAssignee: boolean, groups: string[] = [], accountIds: string[] = []) => ({
  notifyAssignee,
  recipients: { groups, accountIds },
});

/** Delays on the 24x7 timer: the calendar no longer bounds them. */
export const to24x7 = (c: Loose): Loose => {
  c.timer.mode = '24x7';
  return c;
};

export type Row = [rule: string, change: (c: Loose) => void, path: string, expected: 'accepted' | string[]];

export const hoursRows = (name: string, path: string, set: (c: Loose, v: number) => void): Row[] => [
  [`${name} of 0 h (the lowest delay)`, (c) => set(c, 0), path, 'accepted'],
  [`${name} of -0.01 h (just below 0)`, (c) => set(c, -0.01), path, ['negative']],
  // On the business calendar a year of hours cannot elapse within a year (issue 14): the ceiling is a 24x7 one.
  [`${name} of 8,760 h (one year, the ceiling)`, (c) => set(to24x7(c), YEAR_OF_HOURS), path, 'accepted'],
  [`${name} of 8,760.01 h (just above a year)`, (c) => set(to24x7(c), YEAR_OF_HOURS + 0.01), path, ['tooLarge']],
  [`${name} of 8,760 h on the business calendar`, (c) => set(c, YEAR_OF_HOURS), path, ['unreachable']],
];
