import type { z } from 'zod';
import { refusal, success, type Outcome } from '../outcome';
import { DEFAULT_CLOSE_REASONS, DEFAULT_CONFIG } from './defaults';
import { CONFIG_SCHEMA_VERSION, configSchema, type Config } from './schema';

/**
 * One rejected field: its dotted path (e.g. "calendar.hours.0.end") and an i18n key under `config.error.*`
 * with its parameters. Language-free: the handler writes the message in the caller's language.
 */
export interface ConfigFieldError {
  path: string;
  key: string;
  params?: Record<string, string>;
}

/** A whole valid configuration, or every field it was refused for. */
export type ParseConfigResult = Outcome<Config, { errors: ConfigFieldError[] }>;

function toFieldError(issue: z.core.$ZodIssue): ConfigFieldError[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => ({
      path: path ? `${path}.${k}` : k,
      key: 'config.error.unknownKey',
      params: { key: k },
    }));
  }
  // Stryker disable next-line StringLiteral: every check of the schema carries a config.error.* key; the fallback guards a future one that forgets
  const key = issue.message.startsWith('config.error.') ? issue.message : 'config.error.invalid';
  // The limit goes into the message: "Saisissez au plus 200 caractères.", not "trop long".
  if (issue.code === 'too_big') return [{ path, key, params: { max: String(issue.maximum) } }];
  return [{ path, key }];
}

/**
 * `-0` becomes `0` everywhere in the input. JSON (the app's storage, exports) writes `-0` as `0`, so a
 * config that kept `-0` would not be the config read back; a delay of "minus zero" hours means zero.
 */
export function normalizeNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(normalizeNegativeZero);
  if (value !== null && typeof value === 'object') {
    // fromEntries defines own properties, so a "__proto__" key stays a key (and is refused as unknown).
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeNegativeZero(v)]));
  }
  return value;
}

/** Validates a whole configuration. Nothing partial is ever returned: it is all valid or all refused. */
export function parseConfig(input: unknown): ParseConfigResult {
  const result = configSchema.safeParse(normalizeNegativeZero(input));
  if (result.success) return success(result.data);
  return refusal({ errors: result.error.issues.flatMap(toFieldError) });
}

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Forward migrations, indexed by the version they upgrade from. Version 0 is a stored config
 * without `schemaVersion` (written by a pre-release build): its missing sections take the defaults.
 */
const MIGRATIONS: Record<number, Migration> = {
  0: (raw) => ({ ...DEFAULT_CONFIG, ...raw, schemaVersion: 1 }),
  // v2 (issue 11): someone is always told. Existing installs get the project lead as the last resort too.
  1: (raw) => ({ ...raw, followUp: withKeys(raw.followUp, { fallbackToProjectLead: true }), schemaVersion: 2 }),
  // v3 (issue 11): the acknowledgement deadline, on at 4 timer hours as for a fresh install; no automatic raise.
  2: (raw) => ({
    ...raw,
    escalation: withKeys(raw.escalation, { acknowledgeWithinHours: 4, autoRaiseOnAcknowledgeTimeout: false }),
    schemaVersion: 3,
  }),
  // v4 (issue 11): closing an escalation needs a reason, from this list.
  3: (raw) => ({
    ...raw,
    escalation: withKeys(raw.escalation, { closeReasons: DEFAULT_CLOSE_REASONS }),
    schemaVersion: 4,
  }),
  // v5 (issue 11): automatic escalation on SLA breach, off (as for a fresh install).
  4: (raw) => ({
    ...raw,
    escalation: withKeys(raw.escalation, { autoOnSlaBreach: { enabled: false, slaName: null } }),
    schemaVersion: 5,
  }),
  // v6 (issue 12): support policies. A saved configuration is the default policy, unchanged, with no other.
  5: (raw) => ({ ...raw, policies: [], schemaVersion: 6 }),
};

/** Adds missing keys to a section; a section that is not an object is left for the schema to refuse. */
function withKeys(section: unknown, added: Record<string, unknown>): unknown {
  if (section === null || typeof section !== 'object' || Array.isArray(section)) return section;
  return { ...added, ...(section as Record<string, unknown>) };
}

/**
 * Brings a stored configuration up to `CONFIG_SCHEMA_VERSION`, then validates it. A stored value that
 * cannot be migrated yields the errors, and the caller keeps running with the defaults.
 */
export function migrateConfig(stored: unknown): ParseConfigResult {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return parseConfig(stored);
  let raw = stored as Record<string, unknown>;
  let version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: MIGRATIONS has no entry at or above CONFIG_SCHEMA_VERSION, so the bound never decides alone
  while (version < CONFIG_SCHEMA_VERSION && MIGRATIONS[version]) {
    raw = MIGRATIONS[version](raw);
    version = raw.schemaVersion as number;
  }
  return parseConfig(raw);
}
