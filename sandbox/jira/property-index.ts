/**
 * Jira's index of entity properties, as the manifest's `jira:entityProperty` modules declare it
 * (manifest-reference/modules/jira-entity-property). Only declared paths are searchable, and each value is
 * indexed by its declared `type`:
 * - `number`: a JSON number;
 * - `string`, `text`, `user`: a string (`text` is tokenized by Jira; the sandbox's JQL has no `~`, so it
 *   compares the whole string like `string`);
 * - `date`: "The expected date format is `[YYYY]-[MM]-[DD]`. The expected date time format is
 *   `[YYYY]-[MM]-[DD]T[hh]:[mm]:[ss][TZ]` where `[TZ]` is an offset from UTC of `+/-[hh]:[mm]` or `Z`".
 *   It is indexed as epoch milliseconds (a date alone as UTC midnight: the docs name no time zone).
 * A value that does not fit its type is not indexed: JQL neither finds it by that field nor orders by it
 * (such issues sort last, as issues without the value). The docs do not say what Jira does with such a value;
 * "not indexed" is the stricter reading, and the one that makes a bad format show in tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export type IndexedType = 'number' | 'string' | 'text' | 'user' | 'date';
export type IndexedValue = string | number;

export interface PropertyIndex {
  /** `searchAlias` → `issue.property[key].path`. */
  aliases: Record<string, string>;
  /** `issue.property[key].path` → its declared type. */
  types: Record<string, IndexedType>;
}

interface ManifestDoc {
  modules?: {
    'jira:entityProperty'?: {
      propertyKey: string;
      values?: { path: string; type: IndexedType; searchAlias?: string }[];
    }[];
  };
}

export function propertyIndexOf(doc: ManifestDoc): PropertyIndex {
  const index: PropertyIndex = { aliases: {}, types: {} };
  for (const ep of doc.modules?.['jira:entityProperty'] ?? []) {
    for (const v of ep.values ?? []) {
      const field = `issue.property[${ep.propertyKey}].${v.path}`;
      index.types[field] = v.type;
      if (v.searchAlias) index.aliases[v.searchAlias] = field;
    }
  }
  return index;
}

/** The index the repository's `manifest.yml` declares (empty when there is none). */
export function manifestPropertyIndex(file = path.resolve(__dirname, '../../manifest.yml')): PropertyIndex {
  if (!fs.existsSync(file)) return { aliases: {}, types: {} };
  return propertyIndexOf(YAML.parse(fs.readFileSync(file, 'utf8')) as ManifestDoc);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

/** The documented date or date-time format → epoch ms; anything else (milliseconds included) → undefined. */
export function indexedDateMs(raw: unknown): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = DATE.test(raw) ? `${raw}T00:00:00Z` : DATE_TIME.test(raw) ? raw : null;
  if (text === null) return undefined;
  const ms = Date.parse(text);
  // Date.parse rolls some impossible dates over (2026-02-30); a real date prints back the same day.
  if (Number.isNaN(ms) || new Date(ms + offsetMs(text)).toISOString().slice(0, 10) !== text.slice(0, 10))
    return undefined;
  return ms;
}

function offsetMs(text: string): number {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(text);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}

/** One value as the indexer keeps it, or undefined when it does not fit the declared type. */
export function indexedValue(type: IndexedType, raw: unknown): IndexedValue | undefined {
  switch (type) {
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
    case 'date':
      return indexedDateMs(raw);
    case 'string':
      // A JSON boolean under `string`: the docs are silent; the sandbox indexes its text ("true"/"false"), as
      // Jira's extraction of a JSON value as text gives. The app's `overdue` flag relies on it (sandbox/README.md).
      return typeof raw === 'string' ? raw : typeof raw === 'boolean' ? String(raw) : undefined;
    default:
      return typeof raw === 'string' ? raw : undefined;
  }
}

/**
 * The indexed values of `issue.property[propKey].path` for a stored property value: none when the path is not
 * declared, its values when the path holds an array, only those that fit the declared type.
 */
export function indexedValues(index: PropertyIndex, propKey: string, dotted: string, stored: unknown): IndexedValue[] {
  const type = index.types[`issue.property[${propKey}].${dotted}`];
  if (!type) return [];
  let v: unknown = stored;
  for (const part of dotted.split('.'))
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  const raws = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return raws.map((r) => indexedValue(type, r)).filter((x): x is IndexedValue => x !== undefined);
}
