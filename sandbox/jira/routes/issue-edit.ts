/** Field edits, assignment and transitions of an issue, with Jira's error messages. */
import { adfToText } from '../adf';
import { error, forbidden } from '../http';
import { isStaff } from '../permissions';
import { FIELD_IDS, PRIORITIES, SELECT_FIELDS, STATUSES, TRANSITIONS } from '../seed';
import type { IssueRow, RestResponse } from '../types';
import { isResponse, visibleIssue, type Ctx } from './context';

/** Agents and the app may edit; a customer who can see the issue gets 403, others 404. */
export function editableIssue(ctx: Ctx): IssueRow | RestResponse {
  const issue = visibleIssue(ctx);
  if (isResponse(issue)) return issue;
  if (!isStaff(ctx.principal)) return forbidden('You do not have permission to edit this issue.');
  return issue;
}

/** The option id a select field's value `{ id }` or `{ value }` names, or 'invalid'. */
export function selectOption(fieldId: string, v: unknown): string | null | 'invalid' {
  if (v === null) return null;
  const field = SELECT_FIELDS.find((f) => f.id === fieldId)!;
  const o = v as { id?: unknown; value?: unknown };
  const opt = field.options.find((x) => (o.id !== undefined ? x.id === String(o.id) : x.value === o.value));
  return opt ? opt.id : 'invalid';
}

/** Sets one field from `fields` or an `update` `set`; returns an error message for `errors`, or null. */
export function setField(ctx: Ctx, issue: IssueRow, field: string, value: unknown): string | null {
  switch (field) {
    case 'summary':
      if (typeof value !== 'string' || !value.trim()) return 'You must specify a summary of the issue.';
      issue.summary = value;
      return null;
    case 'description':
      issue.description = typeof value === 'string' ? value : value === null ? '' : adfToText(value);
      return null;
    case 'labels':
      if (!Array.isArray(value) || value.some((l) => typeof l !== 'string' || /\s/.test(l)))
        return 'The label must not contain spaces.';
      issue.labels = [...new Set(value as string[])];
      return null;
    case 'priority': {
      const p = value as { id?: string; name?: string } | null;
      const found = PRIORITIES.find((x) => (p?.id !== undefined ? x.id === String(p.id) : x.name === p?.name));
      if (!found) return `Specify a valid 'id' or 'name' for Priority`;
      issue.priorityId = found.id;
      return null;
    }
    case 'assignee': {
      const a = value as { accountId?: string | null } | null;
      return assign(ctx, issue, a?.accountId ?? null);
    }
    case FIELD_IDS.impact:
    case FIELD_IDS.urgency: {
      const opt = selectOption(field, value);
      if (opt === 'invalid') return `Option value '${JSON.stringify(value)}' is not valid`;
      if (field === FIELD_IDS.impact) issue.impactOptionId = opt;
      else issue.urgencyOptionId = opt;
      return null;
    }
    case FIELD_IDS.participants: {
      const ids = Array.isArray(value) ? value.map((x) => (x as { accountId?: string }).accountId) : null;
      if (!ids || ids.some((id) => !id || !ctx.site.findUser(id)))
        return 'Specify valid users for Request participants.';
      issue.participants = [...new Set(ids as string[])];
      return null;
    }
    default:
      return `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;
  }
}

export function assign(ctx: Ctx, issue: IssueRow, accountId: string | null): string | null {
  if (accountId === null || accountId === '-1') {
    issue.assignee = null;
    return null;
  }
  const user = ctx.site.findUser(accountId);
  if (!user || !isStaff({ kind: 'user', accountId, user })) return `User '${accountId}' cannot be assigned issues.`;
  issue.assignee = accountId;
  if (!issue.watchers.includes(accountId)) issue.watchers.push(accountId);
  return null;
}

/** The current value of a field for `update` operations (labels and participants are lists). */
function currentValue(issue: IssueRow, field: string): unknown {
  if (field === 'labels') return issue.labels;
  if (field === FIELD_IDS.participants) return issue.participants.map((accountId) => ({ accountId }));
  return undefined;
}

export function applyUpdate(ctx: Ctx, issue: IssueRow, field: string, ops: Record<string, unknown>[]): string | null {
  for (const op of ops) {
    const [verb, arg] = Object.entries(op)[0] ?? [];
    if (verb === 'set') {
      const err = setField(ctx, issue, field, arg);
      if (err) return err;
    } else if ((verb === 'add' || verb === 'remove') && (field === 'labels' || field === FIELD_IDS.participants)) {
      const list = currentValue(issue, field) as unknown[];
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      const nextList =
        verb === 'add' ? (list.some((x) => same(x, arg)) ? list : [...list, arg]) : list.filter((x) => !same(x, arg));
      const err = setField(ctx, issue, field, nextList);
      if (err) return err;
    } else {
      return `Operation '${verb}' is not supported on field '${field}'.`;
    }
  }
  return null;
}

export function doTransition(ctx: Ctx, issue: IssueRow, transitionId: string): RestResponse | null {
  const t = TRANSITIONS.find((x) => x.id === transitionId && x.from.includes(issue.statusId));
  if (!t) return error(400, [`Transition id '${transitionId}' is not valid for this issue.`]);
  const now = ctx.site.clock.nowMs();
  issue.statusId = t.to;
  issue.statusDate = now;
  const done = STATUSES.find((s) => s.id === t.to)?.category === 'done';
  issue.resolutionDate = done ? now : null;
  return null;
}
