import { KvsError } from './kvs-rules';
import type { Json } from './kvs-rows';

/** A `where` clause of a query, or one condition of a transaction's `{ and | or }`. */
export type Condition = { property?: string; condition: string; values: unknown[] };

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function matches(actual: unknown, c: Condition): boolean {
  const [v0, v1] = c.values ?? [];
  switch (c.condition) {
    case 'BEGINS_WITH':
      return typeof actual === 'string' && actual.startsWith(String(v0));
    case 'BETWEEN':
      return actual !== undefined && compare(actual, v0) >= 0 && compare(actual, v1) <= 0;
    case 'EQUAL_TO':
      return actual === v0;
    case 'NOT_EQUAL_TO':
      return actual !== v0;
    case 'GREATER_THAN':
      return actual !== undefined && compare(actual, v0) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return actual !== undefined && compare(actual, v0) >= 0;
    case 'LESS_THAN':
      return actual !== undefined && compare(actual, v0) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return actual !== undefined && compare(actual, v0) <= 0;
    case 'CONTAINS':
      return typeof actual === 'string' ? actual.includes(String(v0)) : Array.isArray(actual) && actual.includes(v0);
    case 'NOT_CONTAINS':
      return typeof actual === 'string'
        ? !actual.includes(String(v0))
        : !(Array.isArray(actual) && actual.includes(v0));
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    default:
      throw new KvsError(400, 'INVALID_FILTER_CONDITION', `The condition ${c.condition} is not supported`);
  }
}

/** Transaction conditions: `{ and: [...] }` or `{ or: [...] }` on the stored value's properties. */
export function conditionsHold(value: unknown, conditions: Json): boolean {
  const field = (property: string | undefined): unknown =>
    value !== null && typeof value === 'object' && property !== undefined ? (value as Json)[property] : undefined;
  const and = (conditions.and ?? []) as Condition[];
  const or = (conditions.or ?? []) as Condition[];
  if (and.length && !and.every((c) => matches(field(c.property), c))) return false;
  if (or.length && !or.some((c) => matches(field(c.property), c))) return false;
  return true;
}
