/**
 * The small JQL subset the app and the pages use:
 *   condition (AND condition)* [ORDER BY sortKey [ASC|DESC], ...]
 * where a condition is a clause or `(clause OR clause …)`, a clause is `field op value`, `field [NOT] IN (v1, v2)`
 * or `"<SLA name>" = breached()` (jql-sla.ts), op one of = != > >= < <=, and field one of
 * `issue.property[key].path` (or its manifest `searchAlias`; only indexed values count, see property-index.ts), project, key/issuekey, status, statusCategory,
 * assignee, reporter, labels, created, updated. Dates compare as epoch ms, ISO dates ("2026-11-01") or Jira's
 * relative dates ("-365d", "-2w", "-4h", "-15m", from the sandbox clock). Anything else is a 400, as Jira
 * answers a bad query; so is a query with no restriction at all ("ORDER BY created DESC" alone), which the
 * enhanced search refuses as unbounded.
 */
import { checkSlaClause, isSlaField, slaField, SlaJqlError } from './jql-sla';

export { matches, sortIssues, type PropertyReader } from './jql-match';

export class JqlError extends Error {}

export type Value = string | number | null;
export interface Clause {
  field: string;
  op: string;
  values: Value[];
}
/** A clause, or clauses joined by OR inside parentheses. */
export type Condition = Clause | { any: Clause[] };
interface Sort {
  field: string;
  dir: 'ASC' | 'DESC';
}
export interface Query {
  clauses: Condition[];
  sort: Sort[];
  /** The sandbox clock, for relative dates and SLA functions. */
  nowMs?: number;
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
    const sla = slaField(String(unquote(raw)));
    if (sla) return sla;
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
  if (isSlaField(field)) return parseSlaClause(t, field);
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
  if (t.peek() === '(') throw new JqlError(`The sandbox supports no function '${v}()' on the field '${field}'.`);
  return { field, op, values: [unquote(v)] };
}

/** `"<SLA name>" (=|!=) breached()`. */
function parseSlaClause(t: Tokens, field: string): Clause {
  const op = t.next();
  const fn = t.next();
  const args: string[] = [];
  if (t.next() !== '(') throw new JqlError(`Error in the JQL Query: expecting a function after '${op}'.`);
  while (t.peek() !== ')') args.push(t.next());
  t.next();
  try {
    checkSlaClause(field, op, fn, args);
  } catch (e) {
    throw e instanceof SlaJqlError ? new JqlError(e.message) : e;
  }
  return { field, op, values: ['breached()'] };
}

/** A clause, or `(clause OR clause …)`. */
function parseCondition(t: Tokens): Condition {
  if (t.peek() !== '(') return parseClause(t);
  t.next();
  const any = [parseClause(t)];
  while (t.peek() !== ')') {
    if (!t.isWord('OR', t.next())) throw new JqlError('Error in the JQL Query: only OR is supported in parentheses.');
    any.push(parseClause(t));
  }
  t.next();
  return { any };
}

const clausesOf = (conditions: Condition[]): Clause[] => conditions.flatMap((c) => ('any' in c ? c.any : [c]));

/** `ORDER BY field [ASC|DESC], …` (the ORDER token is the cursor's next one). */
function parseSort(t: Tokens): Sort[] {
  const sort: Sort[] = [];
  t.next();
  if (!t.isWord('BY', t.next())) throw new JqlError("Error in the JQL Query: expecting 'BY' after 'ORDER'.");
  while (!t.done()) {
    const field = t.field();
    if (isSlaField(field)) throw new JqlError('The sandbox does not order by an SLA.');
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
  const clauses: Condition[] = [];
  while (!t.done() && !t.isWord('ORDER')) {
    if (clauses.length > 0 && !t.isWord('AND', t.next()))
      throw new JqlError('Error in the JQL Query: only AND is supported between clauses (OR in parentheses).');
    clauses.push(parseCondition(t));
  }
  if (options.requireBound && clauses.length === 0) throw new JqlError(UNBOUNDED_JQL);
  const now = options.nowMs;
  if (now === undefined && clausesOf(clauses).some((c) => isSlaField(c.field)))
    throw new JqlError('The sandbox needs its clock for SLA functions.');
  if (now !== undefined)
    for (const c of clausesOf(clauses))
      if (c.field === 'created' || c.field === 'updated') c.values = c.values.map((v) => relativeDate(v, now));
  const sort = t.isWord('ORDER') ? parseSort(t) : [];
  return { clauses, sort, nowMs: now };
}
