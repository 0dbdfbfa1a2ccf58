import type { Config } from '../config/schema';
import { IMPACT_LEVELS, URGENCY_LEVELS, type ImpactLevel, type UrgencyLevel } from '../config/levels';
import type { OptionValue } from '../facts';
import { normalizeLabel } from './normalize';

/**
 * Maps a select-field value onto a canonical level through the configured aliases. The option id
 * is tried first (ids are stable across renames and languages), then the option name. If an alias
 * appears under two levels, the more severe level (first in the canonical order) wins.
 */
function resolveLevel<L extends string>(
  value: OptionValue | null | undefined,
  levels: readonly L[],
  aliases: Record<L, string[]>,
): L | null {
  if (!value) return null;
  const candidates = [value.id, value.value]
    .filter((c): c is string => typeof c === 'string')
    .map(normalizeLabel)
    .filter((c) => c.length > 0);
  for (const candidate of candidates) {
    const level = levels.find((l) => aliases[l].some((alias) => normalizeLabel(alias) === candidate));
    if (level) return level;
  }
  return null;
}

/** The canonical impact of a value, or null when missing or not in `fields.impactAliases`. */
export function resolveImpact(value: OptionValue | null | undefined, config: Config): ImpactLevel | null {
  return resolveLevel(value, IMPACT_LEVELS, config.fields.impactAliases);
}

/** The canonical urgency of a value, or null when missing or not in `fields.urgencyAliases`. */
export function resolveUrgency(value: OptionValue | null | undefined, config: Config): UrgencyLevel | null {
  return resolveLevel(value, URGENCY_LEVELS, config.fields.urgencyAliases);
}
