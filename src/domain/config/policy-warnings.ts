import type { ConfigFieldError } from './parse';
import { matchesEverything } from './policy-schema';
import type { Config } from './schema';

/**
 * A warning has the shape of a field error (a path and an i18n key under `config.warning.*`), but the
 * configuration is valid and saved: the admin is told, nothing is refused.
 */
export type ConfigWarning = ConfigFieldError;

/**
 * The ids the admin can see on the site. A list left undefined was not read: nothing is said about those ids.
 * A listed id missing from a list that was read is a warning, never an error: it may belong to a project the
 * admin cannot see.
 */
export interface KnownIds {
  projects?: string[];
  requestTypeIds?: string[];
  organizationIds?: string[];
}

const LISTS = [
  ['projects', 'unknownProject'],
  ['requestTypeIds', 'unknownRequestType'],
  ['organizationIds', 'unknownOrganization'],
] as const;

/** Warnings about a valid configuration's policies: a catch-all (it shadows the default policy), and unknown ids. */
/** `lang`: the language the policy's name is given in (the caller's). */
export function policyWarnings(config: Config, lang: 'fr' | 'en', known: KnownIds = {}): ConfigWarning[] {
  const out: ConfigWarning[] = [];
  config.policies.forEach((p, i) => {
    if (matchesEverything(p.match))
      out.push({ path: `policies.${i}.match`, key: 'config.warning.catchAll', params: { name: p.name[lang] } });
    for (const [list, key] of LISTS) {
      const seen = known[list];
      if (!seen) continue;
      const set = new Set(seen);
      p.match[list].forEach((value, j) => {
        if (!set.has(value))
          out.push({ path: `policies.${i}.match.${list}.${j}`, key: `config.warning.${key}`, params: { value } });
      });
    }
  });
  return out;
}
