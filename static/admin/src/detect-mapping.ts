import type { DetectedField } from '../../../src/contract';

export interface Mapping<L extends string> {
  aliases: Record<L, string[]>;
  /** Option values that match no level: the admin adds them to a level's aliases by hand. */
  unmapped: string[];
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * Maps a detected field's options onto the levels by name: an option whose value (or one part of
 * "Extensive / Widespread") is already an alias of a level gets its option id added to that level,
 * so the mapping survives a later rename of the option.
 */
export function mapOptions<L extends string>(field: DetectedField, current: Record<L, string[]>): Mapping<L> {
  const aliases = Object.fromEntries(Object.entries(current).map(([k, v]) => [k, [...(v as string[])]])) as Record<
    L,
    string[]
  >;
  const levels = Object.keys(aliases) as L[];
  const unmapped: string[] = [];
  for (const option of field.options) {
    const candidates = [option.value, ...option.value.split('/')].map(norm).filter(Boolean);
    const level = levels.find((l) =>
      aliases[l].some((a) => candidates.includes(norm(a)) || norm(a) === norm(option.id)),
    );
    if (!level) {
      unmapped.push(option.value);
      continue;
    }
    for (const value of [option.value, option.id]) {
      if (!aliases[level].some((a) => norm(a) === norm(value))) aliases[level].push(value);
    }
  }
  return { aliases, unmapped };
}
