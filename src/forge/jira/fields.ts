import type { DetectedField } from '../../contract';
import type { Config } from '../../domain/config/schema';
import { normalizeLabel } from '../../domain/policy/normalize';
import type { FieldIds } from '../../ports';

/** One entry of GET /rest/api/3/field. */
export interface JiraField {
  id: string;
  name: string;
  custom?: boolean;
  schema?: { type?: string; custom?: string; items?: string };
}

export const REQUEST_TYPE_SCHEMA = 'com.atlassian.servicedesk:vp-origin';
export const PARTICIPANTS_SCHEMA = 'com.atlassian.servicedesk:sd-request-participants';
export const ORGANIZATIONS_SCHEMA = 'com.atlassian.servicedesk:sd-customer-organizations';

/** Case-, accent- and spacing-insensitive form of a field name: the domain's one comparable form of a label. */
export const normalizeName = normalizeLabel;

/** Single-select custom fields: what JSM's Impact and Urgency are. */
export function isSelectField(f: JiraField): boolean {
  return f.custom === true && f.schema?.type === 'option';
}

/**
 * Candidates for a configured list of names: select fields whose name equals one of them
 * first (in the configured order), then those whose name contains one.
 */
export function candidateFields(fields: JiraField[], names: string[]): JiraField[] {
  const wanted = names.map(normalizeName);
  const selects = fields.filter(isSelectField);
  const exact = wanted.flatMap((w) => selects.filter((f) => normalizeName(f.name) === w));
  const partial = selects.filter((f) => !exact.includes(f) && wanted.some((w) => normalizeName(f.name).includes(w)));
  return [...new Set([...exact, ...partial])];
}

/** Exact-name match only: the one the app reads values from when no id is configured. */
function byName(fields: JiraField[], names: string[]): string | null {
  const wanted = names.map(normalizeName);
  for (const w of wanted) {
    const hit = fields.filter(isSelectField).find((f) => normalizeName(f.name) === w);
    if (hit) return hit.id;
  }
  // A non-select field with the exact name still beats nothing (its text value can be aliased).
  for (const w of wanted) {
    const hit = fields.find((f) => f.custom && normalizeName(f.name) === w);
    if (hit) return hit.id;
  }
  return null;
}

/**
 * The fields an issue read with `expand=names,schema` describes: `names` gives each returned
 * field's name, `schema` its type (custom fields carry `custom`, the plugin key). Only fields in
 * that issue's context are there, so this is a view of the site's fields from one issue.
 */
export function fieldsFromIssue(issue: unknown): JiraField[] {
  const i = (typeof issue === 'object' && issue !== null ? issue : {}) as { names?: unknown; schema?: unknown };
  const names = (typeof i.names === 'object' && i.names !== null ? i.names : {}) as Record<string, unknown>;
  const schemas = (typeof i.schema === 'object' && i.schema !== null ? i.schema : {}) as Record<string, unknown>;
  return Object.entries(names).flatMap(([id, name]) => {
    if (typeof name !== 'string') return [];
    const raw = schemas[id];
    const schema = (typeof raw === 'object' && raw !== null ? raw : {}) as NonNullable<JiraField['schema']>;
    const custom = typeof schema.custom === 'string' || id.startsWith('customfield_');
    return [{ id, name, custom, schema }];
  });
}

/**
 * Every id found: only then is a resolution worth caching for the whole site. The Organizations field is not
 * required: a request outside a service project has none, and the analytics do without it.
 */
export function allFound(ids: FieldIds): boolean {
  return [ids.impact, ids.urgency, ids.requestType, ids.participants].every((id) => typeof id === 'string');
}

export function resolveFieldIds(fields: JiraField[], config: Config): FieldIds {
  const bySchema = (schema: string) => fields.find((f) => f.schema?.custom === schema)?.id ?? null;
  return {
    impact: config.fields.impactFieldId ?? byName(fields, config.fields.impactNames),
    urgency: config.fields.urgencyFieldId ?? byName(fields, config.fields.urgencyNames),
    requestType: bySchema(REQUEST_TYPE_SCHEMA),
    participants: bySchema(PARTICIPANTS_SCHEMA),
    organizations: bySchema(ORGANIZATIONS_SCHEMA),
  };
}

/** Options of one field, merged over its contexts, enabled ones only, unique by id. */
export function toDetectedField(
  field: JiraField,
  options: { id: unknown; value: unknown; disabled?: unknown }[],
): DetectedField {
  const seen = new Map<string, { id: string; value: string }>();
  for (const o of options) {
    if (o.disabled === true) continue;
    const id = String(o.id);
    if (!seen.has(id)) seen.set(id, { id, value: String(o.value) });
  }
  return { id: field.id, name: field.name, options: [...seen.values()] };
}
