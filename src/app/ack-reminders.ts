import { currentEscalation, fallbackFor, isOpenUntaken, settingsForRequest, type Config } from '../domain';
import type { RequestFacts } from '../domain/facts';
import type { AckReminder, EscalationEntry, RequestRecord } from '../domain/record';
import { isOutcomeUnknown, isRefusal, isTransient, type Email } from '../ports';
import { ACK_DUE_PREFIX, parseAckDue, type AckDue } from './ack-due-list';
import { autoEscalate } from './auto-escalate';
import { markerOf, writeMarkedComment } from './comment-markers';
import { escalationRecipients, syncIssueProperty } from './escalation-effects';
import { reminderEmail, reminderInternalComment } from './messages/reminder-messages';
import type { Ports } from './ports-bundle';
import { withProjectLead } from './project-lead';

/** At most this many deadlines per run (the earliest first). */
export const REMINDER_BATCH = 50;
/** One reminder at a time per level: longer than a trigger's 55 s. */
const REMINDER_LOCK_TTL_S = 60;
const reminderLock = (key: string, level: number) => `ack-reminder:${key}:${level}`;

export interface ReminderReport {
  /** Deadlines found passed. */
  due: number;
  /** Reminders this run completed. */
  reminded: number;
  /** Taken off the list with nothing to do (acknowledged, closed, superseded, resolved, gone, deadline off). */
  cleared: number;
  /** Next levels raised by the app. */
  raised: number;
  busy: number;
  stoppedByJira: boolean;
}

/**
 * Who the reminder goes to: the level's recipients and the next level's; when there is no next level, or it
 * names nobody, the fallback (recipients, else the project lead).
 */
export async function reminderRecipients(
  ports: Ports,
  request: RequestFacts,
  config: Config,
  level: number,
): Promise<Email['to'] | null> {
  const withLead = await withProjectLead(ports.jira, request, config);
  const parts = [escalationRecipients(withLead, config, level)];
  const next = level < config.escalation.levels.length ? escalationRecipients(withLead, config, level + 1) : null;
  parts.push(next);
  if (!next) {
    const needsLead = withLead.projectLeadId === undefined && config.followUp.fallbackToProjectLead;
    const lead = needsLead ? await ports.jira.projectLead(request.projectKey) : withLead.projectLeadId;
    const fallback = fallbackFor({ ...withLead, projectLeadId: lead }, config);
    if (fallback)
      parts.push({
        users: fallback.accountIds.map((accountId) => ({ accountId })),
        groups: fallback.groups.map((name) => ({ name })),
      });
  }
  return mergeRecipients(parts);
}

function mergeRecipients(parts: (Email['to'] | null)[]): Email['to'] | null {
  const users = new Set<string>();
  const groups = new Set<string>();
  let assignee = false;
  for (const p of parts) {
    if (!p) continue;
    assignee ||= p.assignee === true;
    p.users?.forEach((u) => users.add(u.accountId));
    p.groups?.forEach((g) => groups.add(g.name));
  }
  if (!assignee && users.size === 0 && groups.size === 0) return null;
  return {
    ...(assignee ? { assignee: true } : {}),
    ...(users.size > 0 ? { users: [...users].map((accountId) => ({ accountId })) } : {}),
    ...(groups.size > 0 ? { groups: [...groups].map((name) => ({ name })) } : {}),
  };
}

/**
 * The acknowledgement deadlines (docs/rules.md §7b), run by the scheduled trigger: reads the earliest entries
 * of the deadline list and, for each level still waiting once its deadline passed, sends the one reminder.
 */
export async function sendDueReminders(ports: Ports, batch = REMINDER_BATCH): Promise<ReminderReport> {
  const report: ReminderReport = { due: 0, reminded: 0, cleared: 0, raised: 0, busy: 0, stoppedByJira: false };
  const markers = await ports.store.listClaims(ACK_DUE_PREFIX, batch);
  const now = ports.clock.now();
  const due: AckDue[] = [];
  for (const marker of markers) {
    const parsed = parseAckDue(marker);
    if (!parsed) await ports.store.release(marker);
    else if (parsed.dueAt.getTime() <= now.getTime()) due.push(parsed);
  }
  if (due.length === 0) return report;
  const { config } = await ports.store.getConfig();
  for (const d of due) {
    report.due++;
    try {
      const outcome = await remindOne(ports, config, d);
      if (outcome === 'raised') report.raised++;
      report[outcome === 'raised' ? 'reminded' : outcome]++;
    } catch (e) {
      if (!isTransient(e)) throw e;
      report.stoppedByJira = true;
      break;
    }
  }
  return report;
}

/** No deadline at all: none at the top level, and no support policy sets one. */
const noDeadlineAnywhere = (config: Config) =>
  config.escalation.acknowledgeWithinHours === null &&
  config.policies.every((p) => p.acknowledgeWithinHours === undefined || p.acknowledgeWithinHours === null);

/**
 * Is there nothing (left) to remind about for this level? With the stored configuration, before the request is
 * read; then with the settings of the request's support policy, whose deadline is the one that counts.
 */
function nothingToDo(record: RequestRecord, level: number, config: Config, forRequest: boolean): boolean {
  const entry = record.escalations.find((e) => e.level === level);
  const current = currentEscalation(record);
  const noDeadline = forRequest ? config.escalation.acknowledgeWithinHours === null : noDeadlineAnywhere(config);
  return !entry || !isOpenUntaken(entry) || current?.level !== level || noDeadline;
}

const reminderDone = (r: AckReminder | undefined) =>
  r !== undefined &&
  r.notify !== undefined &&
  r.comment !== undefined &&
  r.property !== undefined &&
  r.raise !== undefined;

async function remindOne(
  ports: Ports,
  config: Config,
  due: AckDue,
): Promise<'reminded' | 'raised' | 'cleared' | 'busy'> {
  const { store, jira } = ports;
  const { issueKey: key, level } = due;
  if (!(await store.claim(reminderLock(key, level), REMINDER_LOCK_TTL_S))) return 'busy';
  try {
    const record = await store.getRecord(key);
    const entry = record.escalations.find((e) => e.level === level);
    if (reminderDone(entry?.reminder) || nothingToDo(record, level, config, false)) {
      await store.release(due.marker);
      return 'cleared';
    }
    const request = await jira.getRequest(key, config);
    // The settings of the support policy that applies to the request: its deadline, levels and recipients.
    const settings = request && settingsForRequest(config, request).config;
    if (!request || !settings || request.statusCategory === 'done' || nothingToDo(record, level, settings, true)) {
      await store.release(due.marker);
      return 'cleared';
    }
    const raised = await runReminderSteps(ports, request, settings, level);
    await store.release(due.marker);
    return raised ? 'raised' : 'reminded';
  } finally {
    await store.release(reminderLock(key, level));
  }
}

type StepResult = Partial<AckReminder>;

/** Records one step's outcome (and the reminder's start) on the level's entry; returns the new record. */
function recordStep(ports: Ports, key: string, level: number, result: StepResult): Promise<RequestRecord> {
  const at = ports.clock.now().toISOString();
  return ports.store.updateRecord(key, (r) => ({
    ...r,
    escalations: r.escalations.map((e) =>
      e.level === level ? { ...e, reminder: { ...(e.reminder ?? { at }), ...result } } : e,
    ),
  }));
}

/** A refusal by Jira (4xx) is final for that step; anything else (busy Jira) stops the run for a retry. */
async function attempt(run: () => Promise<void>): Promise<'done' | 'failed'> {
  try {
    await run();
    return 'done';
  } catch (e) {
    if (isRefusal(e)) return 'failed';
    throw e;
  }
}

/** The reminder email's outcome; no answer from notify is `unknown`: it may be out, and is never sent again. */
async function remind(ports: Ports, key: string, email: Email): Promise<AckReminder['notify']> {
  try {
    const result = await ports.jira.notify(key, email);
    return result.ok ? 'sent' : result.mailDisabled ? 'mailDisabled' : 'failed';
  } catch (e) {
    if (!isOutcomeUnknown(e)) throw e;
    return 'unknown';
  }
}

/**
 * The reminder's steps, each done once and recorded at once: overdue from now, the email, the internal comment,
 * the property (overdue: true), then the optional automatic raise of the next level.
 */
async function runReminderSteps(ports: Ports, request: RequestFacts, config: Config, level: number): Promise<boolean> {
  const key = request.key;
  const now = ports.clock.now();
  let record = await recordStep(ports, key, level, {});
  const entryOf = (r: RequestRecord): EscalationEntry => r.escalations.find((e) => e.level === level)!;
  const message = () => ({ request, config, entry: entryOf(record), now });

  if (entryOf(record).reminder?.notify === undefined) {
    const to = config.escalation.effects.notify ? await reminderRecipients(ports, request, config, level) : null;
    let notify: AckReminder['notify'] = 'none';
    if (to) notify = await remind(ports, key, { ...reminderEmail(message()), to });
    record = await recordStep(ports, key, level, { notify });
  }
  if (entryOf(record).reminder?.comment === undefined) {
    // Looked for first: an earlier run may have written it and stopped (or got no answer) before recording it.
    const note = { body: reminderInternalComment(message()), visibility: 'internal' as const };
    const comment = await attempt(() =>
      writeMarkedComment(ports, key, { ...note, marker: markerOf(level, 'reminder') }, true),
    );
    record = await recordStep(ports, key, level, { comment });
  }
  if (entryOf(record).reminder?.property === undefined) {
    const current = record;
    const property = await attempt(() => syncIssueProperty(ports, config, request, current));
    record = await recordStep(ports, key, level, { property });
  }
  if (entryOf(record).reminder?.raise === undefined) {
    const canRaise = config.escalation.autoRaiseOnAcknowledgeTimeout && level < config.escalation.levels.length;
    const raised = canRaise ? await autoEscalate(ports, request, config, 'ackTimeout', level + 1) : null;
    await recordStep(ports, key, level, { raise: canRaise && raised ? 'done' : 'none' });
    return Boolean(canRaise && raised);
  }
  return false;
}
