import {
  applyFollowUp,
  decideFollowUp,
  settingsForRequest,
  type Config,
  type FollowUpDecision,
  type FollowUpRecipients,
} from '../domain';
import type { CommentFacts, RequestFacts } from '../domain/facts';
import type { NotifyOutcome } from '../domain/record';
import { isOutcomeUnknown, isTransient, type Email } from '../ports';
import { syncIssueProperty } from './escalation-effects';
import { followUpEmail } from './messages';
import { withProjectLead } from './project-lead';
import { countFollowUp } from './stats/count-steps';
import type { Ports } from './ports-bundle';

/** Processed comment ids are kept a week: re-deliveries and edits come long before that. */
export const COMMENT_CLAIM_TTL_S = 7 * 24 * 60 * 60;
const commentClaim = (id: string) => `comment:${id}`;

export interface CommentEventInput {
  issueKey: string;
  commentId: string;
  /** The author's name from the event payload, for the email only (never for a decision). */
  authorName: string | null;
  /** What a previous attempt of this same delivery got done, from the platform's retryData. */
  resume: ResumeData | null;
}

/** Carried in the platform's retryData when the email went out but recording did not finish. */
export interface ResumeData {
  commentId: string;
  notify: NotifyOutcome;
}

export type FollowUpResult =
  | { kind: 'ignored'; reason: string }
  | { kind: 'recorded'; decision: FollowUpDecision['kind']; notify: NotifyOutcome | null }
  /** Ask the platform to deliver the event again later. */
  | { kind: 'retry'; retryAfterSeconds: number; rateLimited: boolean; resume: ResumeData | null };

function toRecipients(r: FollowUpRecipients): Email['to'] {
  return {
    ...(r.assignee ? { assignee: true } : {}),
    ...(r.accountIds.length > 0 ? { users: r.accountIds.map((accountId) => ({ accountId })) } : {}),
    ...(r.groups.length > 0 ? { groups: r.groups.map((name) => ({ name })) } : {}),
  };
}

function retryOf(e: unknown, resume: ResumeData | null): FollowUpResult {
  if (!isTransient(e)) throw e;
  return { kind: 'retry', retryAfterSeconds: e.retryAfterSeconds, rateLimited: e.status === 429, resume };
}

/** What the trigger reads before deciding: the comment and the request afresh, the config, the record. */
interface Reading {
  config: Config;
  comment: CommentFacts;
  request: RequestFacts;
  decision: FollowUpDecision;
}

/** Re-reads the comment and the request (never trusting the event) and decides; null when either is gone. */
async function readAndDecide(ports: Ports, key: string, commentId: string): Promise<Reading | null> {
  const { config: stored } = await ports.store.getConfig();
  const [comment, read] = await Promise.all([
    ports.jira.getComment(key, commentId),
    ports.jira.getRequest(key, stored),
  ]);
  if (!comment || !read) return null;
  // The settings of the support policy that applies to the request (docs/rules.md §12).
  const config = settingsForRequest(stored, read).config;
  const request = await withProjectLead(ports.jira, read, config);
  const decision = decideFollowUp(comment, request, await ports.store.getRecord(key), config, ports.clock.now());
  return { config, comment, request, decision };
}

/** Records the follow-up (once per comment id) and updates the issue property's count. */
async function record(ports: Ports, key: string, reading: Reading, notify: NotifyOutcome | null): Promise<void> {
  const { config, comment, decision, request } = reading;
  const now = ports.clock.now();
  const updated = await ports.store.updateRecord(key, (r) =>
    decision.kind === 'ignore' || r.followUps.some((f) => f.commentId === comment.id)
      ? r
      : applyFollowUp(r, comment, decision, notify, now),
  );
  await countFollowUp(ports, config, updated, comment.id);
  await syncIssueProperty(ports, config, request, updated);
}

/**
 * The follow-up email's outcome. Notify got no answer (a timeout): the email may be out, so it is `unknown`
 * ("delivery not confirmed"), never a failure to retry: the claim is kept and no retry emails again.
 */
async function notifyOnce(ports: Ports, key: string, email: Email): Promise<NotifyOutcome> {
  try {
    const result = await ports.jira.notify(key, email);
    return result.ok ? 'sent' : result.mailDisabled ? 'mailDisabled' : 'failed';
  } catch (e) {
    if (!isOutcomeUnknown(e)) throw e;
    console.warn(`[escalade] follow-up email on ${key}: no answer from notify, not sent again (${e.message})`);
    return 'unknown';
  }
}

/**
 * The comment trigger (docs/rules.md §2, §8): at most one email per comment id, ever.
 * The comment id is claimed first, so a re-delivery or an edit does nothing. If the work fails
 * before the email is attempted (or Jira answered that it was not sent: 429, 5xx), the claim is released
 * so the platform's retry can do it. Once notify may have gone out (sent, or no answer: `unknown`), the
 * claim is kept and a failure hands the outcome to the retry, which only records it.
 * Budget, cold or warm: comment, request, notify, property = 4 product calls (the request read finds the
 * field ids itself on a cold container).
 */
export async function recordFollowUp(ports: Ports, input: CommentEventInput): Promise<FollowUpResult> {
  const { store } = ports;
  const { issueKey: key, commentId } = input;
  const claimKey = commentClaim(commentId);

  if (!(await store.claim(claimKey, COMMENT_CLAIM_TTL_S))) {
    const resume = input.resume?.commentId === commentId ? input.resume : null;
    if (!resume) return { kind: 'ignored', reason: 'alreadySeen' };
    return finishAfterEmail(ports, key, commentId, resume);
  }

  let reading: Reading | null;
  let notify: NotifyOutcome | null = null;
  try {
    reading = await readAndDecide(ports, key, commentId);
    if (!reading) return { kind: 'ignored', reason: 'gone' };
    const { config, comment, request, decision } = reading;
    if (decision.kind === 'ignore') return { kind: 'ignored', reason: decision.reason };
    if (decision.kind === 'notify') {
      const email = followUpEmail({
        request,
        comment,
        // Forge event payloads carry account ids only; the re-read comment has the name.
        authorName: comment.authorName ?? input.authorName,
        count: decision.count,
        suppressed: decision.suppressed,
        config,
        lang: config.language,
      });
      notify = await notifyOnce(ports, key, { ...email, to: toRecipients(decision.recipients) });
    }
  } catch (e) {
    // Nothing was sent: let the retry start from scratch.
    await store.release(claimKey);
    return retryOf(e, null);
  }

  try {
    await record(ports, key, reading, notify);
  } catch (e) {
    return retryOf(e, { commentId, notify: notify ?? 'none' });
  }
  return { kind: 'recorded', decision: reading.decision.kind, notify };
}

/** A retry after the email went out: record it (idempotent) and set the property; never email again. */
async function finishAfterEmail(
  ports: Ports,
  key: string,
  commentId: string,
  resume: ResumeData,
): Promise<FollowUpResult> {
  try {
    const reading = await readAndDecide(ports, key, commentId);
    if (!reading) return { kind: 'ignored', reason: 'gone' };
    // Already recorded (the property failed last time): `record` leaves the record as it is and
    // only brings the property in line.
    await record(ports, key, reading, resume.notify);
    return { kind: 'recorded', decision: reading.decision.kind, notify: resume.notify };
  } catch (e) {
    return retryOf(e, resume);
  }
}
