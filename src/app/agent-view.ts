import type { AgentState, AppliedPolicyView, TimelineEntry } from '../contract';
import {
  APP_ACTOR,
  currentEscalation,
  ESCALATION_JQL,
  portalState,
  settingsForRequest,
  type Config,
  type RequestFacts,
} from '../domain';
import type { EscalationEntry, RequestRecord } from '../domain/record';
import { translate, type Lang } from '../i18n/translate';
import type { JiraPort } from '../ports';
import { closeReasonLabel, reasonLabel } from './reason-label';
import type { RequestView } from './request-view';

/** The JQL of an "Escalated" queue, over the indexed `escalade` issue property. */
export const ESCALATED_JQL = ESCALATION_JQL.untaken;

function accountIdsOf(record: RequestRecord): string[] {
  const ids = new Set<string>();
  for (const f of record.followUps) ids.add(f.authorId);
  for (const e of record.escalations) {
    if (e.byAccountId !== APP_ACTOR) ids.add(e.byAccountId);
    if (e.acknowledgedBy) ids.add(e.acknowledgedBy);
    if (e.closedBy) ids.add(e.closedBy);
  }
  return [...ids];
}

/** The escalation email's outcome, and in words why there was none (settings off, nobody to email). */
function escalationNotify(
  e: EscalationEntry,
): Pick<Extract<TimelineEntry, { type: 'escalation' }>, 'notify' | 'reason'> {
  if (e.effects.notify === 'skipped') return { notify: { outcome: 'none' }, reason: 'notifyOff' };
  if (e.notify === 'none') return { notify: { outcome: 'none' }, reason: 'noRecipient' };
  return e.notify ? { notify: { outcome: e.notify } } : {};
}

type Who = (accountId: string) => { accountId: string; displayName: string };

/** One escalation's entries: raised, then its reminder, acknowledgement and end (withdrawn or closed) when known. */
function escalationEntries(e: EscalationEntry, config: Config, lang: Lang, who: Who): TimelineEntry[] {
  const level = e.level;
  const entries: TimelineEntry[] = [
    {
      type: 'escalation',
      at: e.at,
      by: who(e.byAccountId),
      level,
      reasonId: e.reasonId,
      reasonLabel: reasonLabel(config, e.reasonId, lang),
      details: e.details,
      ...escalationNotify(e),
      effects: e.effects,
    },
  ];
  if (e.reminder) {
    const notify = e.reminder.notify ? { notify: { outcome: e.reminder.notify } } : {};
    entries.push({ type: 'overdue', at: e.reminder.at, by: who(APP_ACTOR), level, ...notify });
  }
  if (e.acknowledgedAt && e.acknowledgedBy) {
    const note = e.acknowledgeNote ? { note: e.acknowledgeNote } : {};
    entries.push({ type: 'acknowledged', at: e.acknowledgedAt, by: who(e.acknowledgedBy), level, ...note });
  }
  if (e.closedAt && e.closedBy && e.withdrawn) {
    const note = e.closeNote ? { note: e.closeNote } : {};
    entries.push({ type: 'withdrawn', at: e.closedAt, by: who(e.closedBy), level, ...note });
  } else if (e.closedAt && e.closedBy) {
    entries.push({
      type: 'closed',
      at: e.closedAt,
      by: who(e.closedBy),
      level,
      note: e.closeNote ?? '',
      ...(e.closeReasonId ? { reasonLabel: closeReasonLabel(config, e.closeReasonId, lang) } : {}),
      ...(e.closeNotePublic ? { notePublic: true } : {}),
    });
  }
  return entries;
}

function timelineOf(record: RequestRecord, config: Config, lang: Lang, names: Map<string, string>): TimelineEntry[] {
  const app = translate(lang, 'agent.timeline.app');
  const who: Who = (accountId) => ({
    accountId,
    displayName: accountId === APP_ACTOR ? app : (names.get(accountId) ?? accountId),
  });
  const followUps: TimelineEntry[] = record.followUps.map((f) => ({
    type: 'followUp',
    at: f.at,
    by: who(f.authorId),
    commentId: f.commentId,
    notify: { outcome: f.notify },
    ...(f.reason ? { reason: f.reason } : {}),
  }));
  const escalations = record.escalations.flatMap((e) => escalationEntries(e, config, lang, who));
  return [...followUps, ...escalations].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
}

/** Which support policy applies to the request and why: the values its match found, named from the same read. */
export function policyView(config: Config, request: RequestFacts, lang: Lang): AppliedPolicyView {
  const applied = settingsForRequest(config, request).policy;
  if (applied.name === null) return { id: applied.id, name: null, matchedOn: null };
  const m = applied.matchedOn;
  const organization = request.organizations?.find((o) => o.id === m.organizationId);
  return {
    id: applied.id,
    name: applied.name[lang],
    matchedOn: {
      ...(m.project ? { project: m.project } : {}),
      ...(m.requestTypeId ? { requestType: { id: m.requestTypeId, name: request.requestTypeName ?? null } } : {}),
      ...(m.organizationId ? { organization: { id: m.organizationId, name: organization?.name ?? null } } : {}),
    },
  };
}

/** The agents' panel: state, timeline with display names (one call), timing, and the queue JQL. */
export async function toAgentState(jira: JiraPort, view: RequestView, lang: Lang): Promise<AgentState> {
  const { request, record, config, now, sla } = view;
  const d = portalState(request, record, config, now, sla);
  const ids = accountIdsOf(record);
  const names = ids.length > 0 ? await jira.displayNames(ids) : new Map<string, string>();
  const current = currentEscalation(record);
  return {
    requestKey: request.key,
    kind: d.kind,
    critical: d.classification.critical,
    ...(d.eligibleAt ? { eligibleAt: d.eligibleAt.toISOString() } : {}),
    ...(d.nextLevelAt ? { nextLevelAt: d.nextLevelAt.toISOString() } : {}),
    level: d.level,
    maxLevel: d.maxLevel,
    acknowledged: Boolean(current?.acknowledgedAt) && !current?.closedAt,
    closed: Boolean(current?.closedAt),
    followUps: d.followUps,
    timeline: timelineOf(record, config, lang, names),
    jql: ESCALATED_JQL,
    closeReasons: config.escalation.closeReasons.map((r) => ({
      id: r.id,
      label: r.label[lang],
      noteRequired: r.noteRequired,
    })),
    policy: policyView(config, request, lang),
  };
}
