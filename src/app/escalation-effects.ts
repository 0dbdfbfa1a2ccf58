import { EFFECT_NAMES, fallbackFor, propertyFor, settingsForRequest, type Config } from '../domain';
import type { RequestFacts } from '../domain/facts';
import type { EffectName, EffectStatus, EscalationEntry, NotifyOutcome, RequestRecord } from '../domain/record';
import { isOutcomeUnknown, isRefusal, type Email } from '../ports';
import { markerOf, writeMarkedComment } from './comment-markers';
import {
  escalationEmail,
  escalationInternalComment,
  escalationPublicComment,
  type EscalationMessageInput,
} from './messages';
import type { Ports } from './ports-bundle';
import { withProjectLead } from './project-lead';

/** KVS key of the property the app keeps on each issue (indexed for JQL by the manifest). */
export const PROPERTY_KEY = 'escalade';

/** How many times a writer re-writes the property when the record moved during its write (then the next writer does). */
const PROPERTY_RESYNCS = 3;

/**
 * Brings the `escalade` issue property in line with the record, when the admin keeps that effect on.
 * Every writer of the property goes through here: escalations, follow-ups, agents' actions, reminders.
 * The property never goes back in time (docs/rules.md §8): it is written from the record as it stands at write
 * time (a fresh read, never the caller's snapshot), and read again once Jira answered: when the record moved
 * meanwhile (another writer's PUT may have landed before this slower one), it is written again.
 * `_snapshot` is the caller's record, kept for the call sites; it is not what gets written.
 */
export async function syncIssueProperty(
  ports: Ports,
  config: Config,
  request: RequestFacts,
  _snapshot?: RequestRecord,
): Promise<void> {
  if (!config.escalation.effects.issueProperty) return;
  const key = request.key;
  const policy = settingsForRequest(config, request).policy.id;
  const current = async () => JSON.stringify(propertyFor(await ports.store.getRecord(key), policy));
  let written = await current();
  for (let round = 0; ; round++) {
    await ports.jira.setIssueProperty(key, PROPERTY_KEY, JSON.parse(written));
    const now = await current();
    if (now === written || round >= PROPERTY_RESYNCS) return;
    written = now;
  }
}

/**
 * Is there something left to do for this entry? A notify that got an answer (400/403) is final, and so is one
 * of unknown outcome (Jira's notify has no idempotency key: an email that may be out is never sent again).
 * Other effects of unknown outcome are completed: a comment after a look for its marker, the rest are
 * idempotent writes (a transition already made is refused by Jira).
 */
export function needsWork(entry: EscalationEntry, name: EffectName): boolean {
  const status = entry.effects[name];
  if (status === 'pending') return true;
  if (name === 'notify') return status === 'failed' && entry.notify === undefined;
  return status === 'failed' || status === 'unknown';
}

export function hasUnfinishedEffects(entry: EscalationEntry): boolean {
  return EFFECT_NAMES.some((n) => needsWork(entry, n));
}

function entryAt(record: RequestRecord, level: number): EscalationEntry | undefined {
  return record.escalations.find((e) => e.level === level);
}

/**
 * Who gets the escalation email: the level's settings, with the fallback (recipients, else the project
 * lead when `request.projectLeadId` was read) when unassigned.
 */
export function escalationRecipients(request: RequestFacts, config: Config, level: number): Email['to'] | null {
  const settings = config.escalation.levels[level - 1] ?? config.escalation.levels[config.escalation.levels.length - 1];
  const groups = new Set(settings.recipients.groups);
  const users = new Set(settings.recipients.accountIds);
  const toAssignee = settings.notifyAssignee && request.assigneeId !== null;
  const fallback = settings.notifyAssignee && request.assigneeId === null ? fallbackFor(request, config) : null;
  fallback?.groups.forEach((g) => groups.add(g));
  fallback?.accountIds.forEach((a) => users.add(a));
  if (!toAssignee && groups.size === 0 && users.size === 0) return null;
  return {
    ...(toAssignee ? { assignee: true } : {}),
    ...(users.size > 0 ? { users: [...users].map((accountId) => ({ accountId })) } : {}),
    ...(groups.size > 0 ? { groups: [...groups].map((name) => ({ name })) } : {}),
  };
}

type EffectResult = { status: EffectStatus; notify?: NotifyOutcome };
type EscalationMessage = EscalationMessageInput & { entry: EscalationEntry };

/** The escalation's internal or public comment, written once: a retry looks for its marker first. */
async function escalationComment(
  ports: Ports,
  message: EscalationMessage,
  visibility: 'internal' | 'public',
  lookFirst: boolean,
): Promise<EffectResult> {
  const body = visibility === 'internal' ? escalationInternalComment(message) : escalationPublicComment(message);
  const marker = markerOf(message.entry.level, visibility);
  await writeMarkedComment(ports, message.request.key, { body, visibility, marker }, lookFirst);
  return { status: 'done' };
}

async function applyOne(
  ports: Ports,
  name: EffectName,
  request: RequestFacts,
  record: RequestRecord,
  config: Config,
  entry: EscalationEntry,
  /** The effect may have been carried out already (a retry, a completion): comments look for their marker. */
  lookFirst: boolean,
): Promise<EffectResult> {
  const { jira } = ports;
  const key = request.key;
  const message = { request, config, entry, lang: config.language, byName: request.names?.[entry.byAccountId] ?? null };
  switch (name) {
    case 'issueProperty':
      await syncIssueProperty(ports, config, request, record);
      return { status: 'done' };
    case 'label':
      await jira.addLabel(key, config.escalation.effects.labelName);
      return { status: 'done' };
    case 'internalComment':
      return escalationComment(ports, message, 'internal', lookFirst);
    case 'notify': {
      const to = escalationRecipients(await withProjectLead(jira, request, config), config, entry.level);
      if (!to) return { status: 'done', notify: 'none' };
      const result = await jira.notify(key, { ...escalationEmail(message), to });
      if (result.ok) return { status: 'done', notify: 'sent' };
      return { status: 'failed', notify: result.mailDisabled ? 'mailDisabled' : 'failed' };
    }
    case 'raisePriority':
      await jira.raisePriority(key, request.priority?.id ?? null);
      return { status: 'done' };
    case 'transition':
      if (!config.escalation.effects.transitionId) return { status: 'skipped' };
      await jira.transition(key, config.escalation.effects.transitionId);
      return { status: 'done' };
    case 'publicComment':
      return escalationComment(ports, message, 'public', lookFirst);
  }
}

/** How a failed effect is recorded: a write that got no answer is `unknown` (maybe carried out), not failed. */
function failureOf(name: EffectName, e: unknown): EffectResult {
  if (!isOutcomeUnknown(e)) return { status: 'failed' };
  return name === 'notify' ? { status: 'unknown', notify: 'unknown' } : { status: 'unknown' };
}

/**
 * Applies the entry's effects that are not done yet, in a fixed order, and records each outcome
 * as soon as it is known, so that a crash or a retry never repeats a done effect (one email).
 * Jira being busy stops the run and is rethrown (the caller answers UNAVAILABLE; the next call
 * completes the rest). A refusal by Jira (400/403/404) marks that effect failed and moves on; so does
 * a write that got no answer, marked `unknown` (its email is never resent, its comment is looked for).
 * `resumed`: an earlier invocation recorded the entry, so its comments may exist already.
 */
export async function runEscalationEffects(
  ports: Ports,
  request: RequestFacts,
  config: Config,
  level: number,
  resumed = false,
): Promise<RequestRecord> {
  let record = await ports.store.getRecord(request.key);
  for (const name of EFFECT_NAMES) {
    const entry = entryAt(record, level);
    if (!entry) break;
    if (!needsWork(entry, name)) continue;
    let result: EffectResult;
    let stop: unknown = null;
    try {
      const lookFirst = resumed || entry.effects[name] !== 'pending';
      result = await applyOne(ports, name, request, record, config, entry, lookFirst);
    } catch (e) {
      result = failureOf(name, e);
      if (isRefusal(e)) console.warn(`[escalade] effect ${name} on ${request.key} refused by Jira: ${e.message}`);
      else if (isOutcomeUnknown(e))
        console.warn(`[escalade] effect ${name} on ${request.key}: no answer (${e.message})`);
      else stop = e;
    }
    record = await ports.store.updateRecord(request.key, (r) => ({
      ...r,
      escalations: r.escalations.map((e) =>
        e.level === level
          ? {
              ...e,
              effects: { ...e.effects, [name]: result.status },
              ...(result.notify ? { notify: result.notify } : {}),
            }
          : e,
      ),
    }));
    if (stop) throw stop;
  }
  return record;
}
