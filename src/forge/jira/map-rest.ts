import type { QueueItem } from '../../contract';
import type { CommentFacts, OptionValue, RequestFacts, SlaCycle, StatusCategory } from '../../domain/facts';
import type { FieldIds } from '../../ports';
import { adfToText } from './adf-text';

/** Mappings from real Jira/JSM REST JSON to the domain's facts. Defensive: fields may be null or absent. */

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

/** Jira writes offsets as "+0100"; make them ISO-8601 "+01:00" so every parser agrees. */
export function isoFromJira(s: unknown): string {
  const v = str(s) ?? '';
  return v.replace(/([+-])(\d{2})(\d{2})$/, '$1$2:$3');
}

function statusCategory(status: unknown): StatusCategory {
  const key = str(obj(obj(status).statusCategory).key);
  return key === 'new' || key === 'done' ? key : 'indeterminate';
}

/** A select value `{ id, value }`, a bare string, or null. */
export function optionValue(v: unknown): OptionValue | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return { id: null, value: v };
  const o = obj(v);
  const id = str(o.id);
  const value = str(o.value) ?? str(o.name);
  return id === null && value === null ? null : { id, value };
}

/**
 * The Organizations field's value: a list of JSM organizations (`{ id, name, … }`, the JSM API's
 * OrganizationDTO). Entries without an id are dropped; a missing name stays null.
 */
export function toOrganizations(v: unknown): { id: string; name: string | null }[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((o) => {
    const id = str(obj(o).id);
    return id === null ? [] : [{ id, name: str(obj(o).name) }];
  });
}

/** `https://site/browse/KEY` from the issue's REST `self` (the site's own URL, as Jira returns it). */
function browseUrl(self: unknown, key: string | null): string | undefined {
  const s = str(self);
  if (!s || !key) return undefined;
  try {
    return `${new URL(s).origin}/browse/${encodeURIComponent(key)}`;
  } catch {
    return undefined;
  }
}

/** GET /rest/api/3/issue/{key}?fields=… → RequestFacts. */
export function toRequestFacts(issue: unknown, ids: FieldIds): RequestFacts {
  const i = obj(issue);
  const f = obj(i.fields);
  const field = (id: string | null | undefined): unknown => (id ? f[id] : undefined);
  const priority = obj(f.priority);
  const participants = field(ids.participants);
  const issueUrl = browseUrl(i.self, str(i.key));
  const people = [f.reporter, f.assignee, ...(Array.isArray(participants) ? participants : [])].map(obj);
  const names = Object.fromEntries(
    people.flatMap((p) => (str(p.accountId) && str(p.displayName) ? [[str(p.accountId)!, str(p.displayName)!]] : [])),
  );
  return {
    key: str(i.key) ?? '',
    issueId: str(i.id) ?? '',
    projectKey: str(obj(f.project).key) ?? '',
    summary: str(f.summary) ?? '',
    createdAt: isoFromJira(f.created),
    reporterId: str(obj(f.reporter).accountId) ?? '',
    participantIds: Array.isArray(participants)
      ? participants.map((p) => str(obj(p).accountId)).filter((x): x is string => x !== null)
      : [],
    assigneeId: str(obj(f.assignee).accountId),
    statusCategory: statusCategory(f.status),
    requestTypeId: str(obj(obj(field(ids.requestType)).requestType).id),
    requestTypeName: str(obj(obj(field(ids.requestType)).requestType).name),
    priority: str(priority.id) !== null ? { id: str(priority.id)!, name: str(priority.name) ?? '' } : null,
    impact: optionValue(field(ids.impact)),
    urgency: optionValue(field(ids.urgency)),
    ...(ids.organizations ? { organizations: toOrganizations(field(ids.organizations)) } : {}),
    ...(issueUrl ? { issueUrl } : {}),
    names,
  };
}

/** GET /rest/api/3/issue/{key}/comment/{id} → CommentFacts. */
export function toCommentFacts(comment: unknown): CommentFacts {
  const c = obj(comment);
  const author = obj(c.author);
  return {
    id: str(c.id) ?? '',
    authorId: str(author.accountId) ?? '',
    // Outside JSM projects there is no jsdPublic: every comment is public there.
    isPublic: c.jsdPublic !== false,
    byApp: author.accountType === 'app',
    createdAt: isoFromJira(c.created),
    updatedAt: isoFromJira(c.updated ?? c.created),
    text: adfToText(c.body),
    ...(str(author.displayName) ? { authorName: str(author.displayName)! } : {}),
  };
}

/** GET /rest/servicedeskapi/request/{key}/sla → the ongoing cycle of the named metric. */
export function toSlaCycle(page: unknown, slaName: string): SlaCycle | null {
  const wanted = slaName.trim().toLowerCase();
  const values = Array.isArray(obj(page).values) ? (obj(page).values as unknown[]) : [];
  const sla = values.map(obj).find((s) => (str(s.name) ?? '').trim().toLowerCase() === wanted);
  if (!sla || sla.ongoingCycle === undefined || sla.ongoingCycle === null) return null;
  const cycle = obj(sla.ongoingCycle);
  const breach = obj(cycle.breachTime).epochMillis;
  return {
    breached: cycle.breached === true,
    breachTime: typeof breach === 'number' ? breach : null,
    paused: cycle.paused === true,
  };
}

/** GET /rest/servicedeskapi/request/{key}/sla → the names of its metrics, as JSM spells them. */
export function toSlaNames(page: unknown): string[] {
  const values = Array.isArray(obj(page).values) ? (obj(page).values as unknown[]) : [];
  return values.map((s) => (str(obj(s).name) ?? '').trim()).filter((n) => n.length > 0);
}

/** One issue of POST /rest/api/3/search/jql (fields project) → its key (or id) and project key. */
export function toRecentRequest(issue: unknown): { key: string; projectKey: string } {
  const i = obj(issue);
  const key = str(i.key) ?? str(i.id) ?? '';
  const projectKey =
    str(obj(obj(i.fields).project).key) ?? (key.includes('-') ? key.slice(0, key.lastIndexOf('-')) : key);
  return { key, projectKey };
}

/** One issue of POST /rest/api/3/search/jql (fields summary, properties escalade) → queue item. */
export function toQueueItem(issue: unknown): Omit<QueueItem, 'ageMinutes'> {
  const i = obj(issue);
  const prop = obj(obj(i.properties).escalade);
  const level = Number(prop.level);
  return {
    key: str(i.key) ?? '',
    summary: str(obj(i.fields).summary) ?? '',
    level: Number.isFinite(level) && level > 0 ? level : 1,
    escalatedAt: str(prop.escalatedAt) ?? '',
    acknowledged: prop.state === 'acknowledged',
    overdue: prop.overdue === true,
  };
}
