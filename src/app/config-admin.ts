import type {
  ConfigEnvelope,
  ConfigWarning,
  DetectFieldsResult,
  PreviewDelayPayload,
  PreviewDelayResult,
  SaveConfigResult,
  ValidateConfigResult,
} from '../contract';
import {
  addTimerMinutes,
  classify,
  effectiveSettings,
  IMPACT_LEVELS,
  migrateConfig,
  parseConfig,
  policyWarnings,
  URGENCY_LEVELS,
  type Config,
  type KnownIds,
} from '../domain';
import type { ConfigFieldError } from '../domain/config/parse';
import { translate, type Lang } from '../i18n/translate';
import { ok, refuse, type FieldProblem, type Outcome } from './outcome';
import type { Ports } from './ports-bundle';

/** Config errors already carry both languages; the handler picks the caller's. */
function invalidConfig<T>(errors: ConfigFieldError[]): Outcome<T> {
  // One message per field and problem: two schema rules may reject the same value the same way.
  const seen = new Set<string>();
  const fields: FieldProblem[] = [];
  for (const e of errors) {
    const path = e.path ? `config.${e.path}` : 'config';
    if (seen.has(`${path}|${e.key}`)) continue;
    seen.add(`${path}|${e.key}`);
    fields.push({ path, key: e.key, ...(e.params ? { params: e.params } : {}) });
  }
  return refuse('INVALID_INPUT', fields);
}

export async function getConfig(ports: Ports): Promise<Outcome<ConfigEnvelope>> {
  const { config, version } = await ports.store.getConfig();
  return ok({ config, version });
}

/**
 * Validates a whole configuration without saving it (the editor's "check" and import). An export of
 * an older schema (or without `schemaVersion`) is migrated first, as a stored one is, and the answer
 * is the migrated configuration: what the page shows is what will be saved.
 */
export function validateConfig(input: unknown, lang: Lang): Outcome<ValidateConfigResult> {
  const parsed = migrateConfig(input);
  if (!parsed.ok) return invalidConfig(parsed.errors);
  return ok({ valid: true, config: parsed.value, warnings: warningsOf(parsed.value, lang) });
}

/**
 * What the admin is warned of about a valid configuration, in their language: a catch-all policy, and (when
 * `known` lists the site's ids) ids the site does not list. Paths as the errors', under "config.".
 */
export function warningsOf(config: Config, lang: Lang, known?: KnownIds): ConfigWarning[] {
  return policyWarnings(config, lang, known).map((w) => ({
    path: `config.${w.path}`,
    message: translate(lang, w.key, w.params),
  }));
}

/**
 * Saves a whole, valid configuration, atomically, only over the version the editor loaded:
 * a newer save in between gives CONFLICT and the page warns before overwriting it.
 */
export async function saveConfig(
  ports: Ports,
  input: unknown,
  expectedVersion: number,
  /** `known` reads the site's ids a saved configuration's policies use (as the admin), for the warnings. */
  answer: { lang: Lang; known?: (config: Config) => Promise<KnownIds> },
): Promise<Outcome<SaveConfigResult>> {
  // Strict: the editor saves a current config (an older export goes through validateConfig first).
  const parsed = parseConfig(input);
  if (!parsed.ok) return invalidConfig(parsed.errors);
  const saved = await ports.store.saveConfig(parsed.value, expectedVersion);
  if (!saved.ok) return refuse(saved.code);
  // Read only for a configuration that was saved: a refused one spends no product call.
  const known = answer.known ? await answer.known(parsed.value) : undefined;
  return ok({
    config: parsed.value,
    version: saved.value.version,
    warnings: warningsOf(parsed.value, answer.lang, known),
  });
}

/** The canonical level ids ("moderate", "high") are accepted as values too, as the editor uses them. */
function withCanonicalAliases(config: Config): Config {
  const impact = Object.fromEntries(
    IMPACT_LEVELS.map((l) => [l, [...config.fields.impactAliases[l], l]]),
  ) as Config['fields']['impactAliases'];
  const urgency = Object.fromEntries(
    URGENCY_LEVELS.map((l) => [l, [...config.fields.urgencyAliases[l], l]]),
  ) as Config['fields']['urgencyAliases'];
  return { ...config, fields: { ...config.fields, impactAliases: impact, urgencyAliases: urgency } };
}

/** What the preview takes: the admin resolver's payload, its language apart. */
export type PreviewInput = Omit<PreviewDelayPayload, 'locale'>;

/**
 * "A request with impact X and urgency Y created now can be escalated from …". In SLA mode the
 * date depends on each request's SLA, so only the classification is answered.
 */
export async function previewDelay(ports: Ports, input: PreviewInput): Promise<Outcome<PreviewDelayResult>> {
  let stored: Config;
  if (input.config !== undefined) {
    const parsed = parseConfig(input.config);
    if (!parsed.ok) return invalidConfig(parsed.errors);
    stored = parsed.value;
  } else {
    stored = (await ports.store.getConfig()).config;
  }
  const { config, policy } = effectiveSettings(stored, {
    projectKey: input.projectKey ?? null,
    requestTypeId: input.requestTypeId ?? null,
    organizationIds: input.organizationId ? [input.organizationId] : [],
  });
  const policyId = policy.id;
  const option = (v: string | null) => (v === null ? null : { id: v, value: v });
  const c = classify(
    {
      impact: option(input.impact),
      urgency: option(input.urgency),
      requestTypeId: input.requestTypeId ?? null,
      priority: null,
    },
    withCanonicalAliases(config),
  );
  if (c.critical) return ok({ policyId, critical: true });
  const delayHours = c.delayMinutes / 60;
  if (config.timer.mode === 'sla') return ok({ policyId, critical: false, delayHours });
  const start = input.createdAt ? new Date(input.createdAt) : ports.clock.now();
  const eligibleAt = addTimerMinutes(start, c.delayMinutes, config).toISOString();
  return ok({ policyId, critical: false, delayHours, eligibleAt });
}

export async function detectFields(ports: Ports): Promise<Outcome<DetectFieldsResult>> {
  const { config } = await ports.store.getConfig();
  return ok(await ports.jira.detectFields(config));
}
