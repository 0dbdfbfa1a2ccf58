/** Evaluation of a parsed query (jql.ts) on the fake site's issues: which match, in which order. */
import type { Clause, Query, Value } from './jql';
import { isSlaField, slaMatches } from './jql-sla';
import { statusOf } from './representations';
import { projectOfKey } from './seed';
import type { IssueRow } from './types';

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
      return [issue.key.split('-')[0], projectOfKey(issue.key).id];
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
  return q.clauses.every((c) =>
    'any' in c ? c.any.some((a) => clauseMatches(issue, a, q, readProperty)) : clauseMatches(issue, c, q, readProperty),
  );
}

function clauseMatches(issue: IssueRow, c: Clause, q: Query, readProperty: PropertyReader): boolean {
  if (isSlaField(c.field)) return slaMatches(issue, c.op, q.nowMs as number);
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
