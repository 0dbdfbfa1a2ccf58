/**
 * The small JQL subset the app and the pages use:
 *   clause (AND clause)* [ORDER BY sortKey [ASC|DESC], ...]
 * where a clause is `field op value` or `field [NOT] IN (v1, v2)`, op one of = != > >= < <=, and field one of
 * `issue.property[key].path` (or its manifest `searchAlias`; only indexed values count, see property-index.ts), project, key/issuekey, status, statusCategory,
 * assignee, reporter, labels, created, updated. Dates compare as epoch ms, ISO dates ("2026-11-01") or Jira's
 * relative dates ("-365d", "-2w", "-4h", "-15m", from the sandbox clock). Anything else is a 400, as Jira
 * answers a bad query; so is a query with no restriction at all ("ORDER BY created DESC" alone), which the
 * enhanced search refuses as unbounded.
 */
import { statusOf } from './representations';
import type { IssueRow } from './types';

export class JqlError extends Error {}

type Value = string | number | null;
interface Clause {
  field: string;
  op: string;
  values: Value[];
}
interface Sort {
  field: string;
  dir: 'ASC' | 'DESC';
}
export interface Query {
  clauses: Clause[];
  sort: Sort[];
}

/** Manifest `jira:entityProperty` search aliases → `issue.property[key].path`. */
export type Aliases = Record<string, string>;

function tokenize(jql: string): string[] {
  const tokens: string[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|!=|>=|<=|[=<>(),]|[^\s(),=!<>"']+)/gy;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(jql))) {
    tokens.push(m[1]);
    last = re.lastIndex;
  }
  if (jql.slice(last).trim())
    throw new JqlError(`Error in the JQL Query: unexpected text '${jql.slice(last).trim()}'.`);
  return tokens;
}

const unquote = (t: string): Value => {
  if (/^["']/.test(t)) return t.slice(1, -1).replace(/\\(.)/g, '$1');
  if (/^empty$|^null$/i.test(t)) return null;
  return t;
};

export const UNBOUNDED_JQL =
  'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

const RELATIVE_UNIT_MS: Record<string, number> = { w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

/** "-365d" → nowMs minus 365 days; anything else is left as it is. */
function relativeDate(v: Value, nowMs: number): Value {
  const m = typeof v === 'string' ? /^([-+]?)(\d+)([wdhm])$/.exec(v) : null;
  if (!m) return v;
  return nowMs + (m[1] === '-' ? -1 : 1) * Number(m[2]) * RELATIVE_UNIT_MS[m[3]];
}

const SYSTEM_FIELDS = [
  'project',
  'key',
  'issuekey',
  'status',
  'statuscategory',
  'assignee',
  'reporter',
  'labels',
  'created',
  'updated',
];

/** A cursor over the tokens, with the field names the query may use. */
class Tokens {
  private i = 0;
  constructor(
    private readonly tokens: string[],
    private readonly aliases: Aliases,
  ) {}
  peek = (): string | undefined => this.tokens[this.i];
  done = (): boolean => this.i >= this.tokens.length;
  next = (): string => {
    if (this.done()) throw new JqlError('Error in the JQL Query: the query ended unexpectedly.');
    return this.tokens[this.i++];
  };
  isWord = (w: string, t = this.peek()): boolean => t !== undefined && t.toUpperCase() === w;
  field = (): string => {
    const raw = this.next();
    const f = this.aliases[raw] ?? raw;
    if (/^issue\.property\[[^\]]+\]\.[\w.]+$/.test(f)) return f;
    const lower = f.toLowerCase();
    if (SYSTEM_FIELDS.includes(lower)) return lower === 'issuekey' ? 'key' : lower;
    throw new JqlError(`Field '${raw}' does not exist or you do not have permission to view it.`);
  };
}

/** One `field op value` or `field [NOT] IN (…)` clause. */
function parseClause(t: Tokens): Clause {
  const field = t.field();
  let op = t.next().toUpperCase();
  if (op === 'NOT' && t.isWord('IN')) {
    t.next();
    op = 'NOT IN';
  }
  if (op === 'IN' || op === 'NOT IN') {
    if (t.next() !== '(') throw new JqlError("Error in the JQL Query: expecting '(' after IN.");
    const values: Value[] = [];
    while (t.peek() !== ')') {
      values.push(unquote(t.next()));
      if (t.peek() === ',') t.next();
    }
    t.next();
    return { field, op, values };
  }
  if (!['=', '!=', '>', '>=', '<', '<=', 'IS'].includes(op))
    throw new JqlError(`Error in the JQL Query: the operator '${op}' is not supported.`);
  let v = t.next();
  if (op === 'IS' && t.isWord('NOT', v)) {
    op = 'IS NOT';
    v = t.next();
  }
  return { field, op, values: [unquote(v)] };
}

/** `ORDER BY field [ASC|DESC], …` (the ORDER token is the cursor's next one). */
function parseSort(t: Tokens): Sort[] {
  const sort: Sort[] = [];
  t.next();
  if (!t.isWord('BY', t.next())) throw new JqlError("Error in the JQL Query: expecting 'BY' after 'ORDER'.");
  while (!t.done()) {
    const field = t.field();
    let dir: 'ASC' | 'DESC' = 'ASC';
    if (t.isWord('ASC') || t.isWord('DESC')) dir = t.next().toUpperCase() as 'ASC' | 'DESC';
    sort.push({ field, dir });
    if (t.peek() === ',') t.next();
  }
  return sort;
}

/**
 * `nowMs` resolves relative dates on created/updated; `requireBound` refuses a query with no clause, as
 * /rest/api/3/search/jql does.
 */
export function parseJql(
  jql: string,
  aliases: Aliases = {},
  options: { nowMs?: number; requireBound?: boolean } = {},
): Query {
  const t = new Tokens(tokenize(jql), aliases);
  const clauses: Clause[] = [];
  while (!t.done() && !t.isWord('ORDER')) {
    if (clauses.length > 0 && !t.isWord('AND', t.next()))
      throw new JqlError('Error in the JQL Query: only AND is supported between clauses.');
    clauses.push(parseClause(t));
  }
  if (options.requireBound && clauses.length === 0) throw new JqlError(UNBOUNDED_JQL);
  if (options.nowMs !== undefined) {
    const now = options.nowMs;
    for (const c of clauses)
      if (c.field === 'created' || c.field === 'updated') c.values = c.values.map((v) => relativeDate(v, now));
  }
  const sort = t.isWord('ORDER') ? parseSort(t) : [];
  return { clauses, sort };
}

/**
 * The indexed values of `issue.property[propKey].path` for an issue: only what the manifest declares, each
 * value checked against its declared type (property-index.ts).
 */
export type PropertyReader = (issueKey: string, propKey: string, path: string) => Value[];

function fieldValues(issue: IssueRow, field: string, readProperty: PropertyReader): Value[] {
  const prop = /^issue\.property\[([^\]]+)\]\.([\w.]+)$/.exec(field);
  if (prop) return readProperty(issue.key, prop[1], prop[2]);
  switch (field) {
    case 'project':
      return [issue.key.split('-')[0], '10000'];
    case 'key':
      return [issue.key];
    case 'status':
      return [statusOf(issue.statusId).name, issue.statusId];
    case 'statuscategory': {
      const c = statusOf(issue.statusId).categoryDef;
      return [c.name, c.key, String(c.id)];
    }
    case 'assignee':
      return issue.assignee ? [issue.assignee] : [];
    case 'reporter':
      return [issue.reporter];
    case 'labels':
      return issue.labels;
    case 'created':
      return [issue.created];
    case 'updated':
      return [issue.updated];
    default:
      return [];
  }
}

function compare(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number' || typeof b === 'number') {
    const na = typeof a === 'number' ? a : Date.parse(String(a)) || Number(a);
    const nb = typeof b === 'number' ? b : Date.parse(String(b)) || Number(b);
    return na - nb;
  }
  return String(a).localeCompare(String(b));
}

const eq = (a: Value, b: Value) =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : compare(a, b) === 0;

export function matches(issue: IssueRow, q: Query, readProperty: PropertyReader): boolean {
  return q.clauses.every((c) => {
    const vals = fieldValues(issue, c.field, readProperty);
    switch (c.op) {
      case '=':
        return c.values[0] === null ? vals.length === 0 : vals.some((v) => eq(v, c.values[0]));
      case 'IS':
        return vals.length === 0;
      case 'IS NOT':
        return vals.length > 0;
      case '!=':
        return c.values[0] === null ? vals.length > 0 : !vals.some((v) => eq(v, c.values[0]));
      case 'IN':
        return vals.some((v) => c.values.some((w) => eq(v, w)));
      case 'NOT IN':
        return !vals.some((v) => c.values.some((w) => eq(v, w)));
      default:
        return vals.some((v) => {
          const d = compare(v, c.values[0]);
          return c.op === '>' ? d > 0 : c.op === '>=' ? d >= 0 : c.op === '<' ? d < 0 : d <= 0;
        });
    }
  });
}

/** Jira's default order is by creation, newest first; issues without the sort value come last. */
export function sortIssues(issues: IssueRow[], q: Query, readProperty: PropertyReader): IssueRow[] {
  const sort = q.sort.length ? q.sort : [{ field: 'created', dir: 'DESC' as const }];
  return [...issues].sort((a, b) => {
    for (const s of sort) {
      const va = fieldValues(a, s.field, readProperty)[0];
      const vb = fieldValues(b, s.field, readProperty)[0];
      if (va === undefined && vb === undefined) continue;
      if (va === undefined) return 1;
      if (vb === undefined) return -1;
      const d = compare(va, vb);
      if (d !== 0) return s.dir === 'ASC' ? d : -d;
    }
    return Number(a.id) - Number(b.id);
  });
}
