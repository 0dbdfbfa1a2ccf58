import { applyFollowUp, decideFollowUp, propertyFor, type FollowUpDecision, type FollowUpRecipients } from '../domain';
import type { CommentFacts, RequestFacts } from '../domain/facts';
import type { NotifyOutcome, RequestRecord } from '../domain/record';
import { isTransient } from '../forge/jira/errors';
import type { Email } from '../ports';
import { PROPERTY_KEY } from './escalation-effects';
import { followUpEmail } from './messages';
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

/** Records the follow-up (once per comment id) and updates the issue property's count. */
async function record(
  ports: Ports,
  key: string,
  comment: CommentFacts,
  decision: FollowUpDecision,
  notify: NotifyOutcome | null,
): Promise<RequestRecord> {
  const now = ports.clock.now();
  const updated = await ports.store.updateRecord(key, (r) =>
    r.followUps.some((f) => f.commentId === comment.id) ? r : applyFollowUp(r, comment, decision, notify, now),
  );
  await ports.jira.setIssueProperty(key, PROPERTY_KEY, propertyFor(updated));
  return updated;
}

/**
 * The comment trigger (PRODUCT.md §1): at most one email per comment id, ever.
 * The comment id is claimed first, so a re-delivery or an edit does nothing. If the work fails
 * before the email, the claim is released so the platform's retry can do it; once the email is
 * out, a failure keeps the claim and hands the outcome to the retry, which only records it.
 * Budget, cold or warm: comment, request, notify, property = 4 product calls (the request read finds the
 * field ids itself on a cold container).
 */
export async function recordFollowUp(ports: Ports, input: CommentEventInput): Promise<FollowUpResult> {
  const { store, jira, clock } = ports;
  const { issueKey: key, commentId } = input;
  const claimKey = commentClaim(commentId);

  if (!(await store.claim(claimKey, COMMENT_CLAIM_TTL_S))) {
    const resume = input.resume?.commentId === commentId ? input.resume : null;
    if (!resume) return { kind: 'ignored', reason: 'alreadySeen' };
    return finishAfterEmail(ports, key, commentId, resume);
  }

  let comment: CommentFacts | null;
  let request: RequestFacts | null;
  let decision: FollowUpDecision;
  let notify: NotifyOutcome | null = null;
  try {
    const { config } = await store.getConfig();
    [comment, request] = await Promise.all([jira.getComment(key, commentId), jira.getRequest(key, config)]);
    if (!comment || !request) return { kind: 'ignored', reason: 'gone' };
    decision = decideFollowUp(comment, request, await store.getRecord(key), config, clock.now());
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
      const result = await jira.notify(key, { ...email, to: toRecipients(decision.recipients) });
      notify = result.ok ? 'sent' : result.mailDisabled ? 'mailDisabled' : 'failed';
    }
  } catch (e) {
    // Nothing was sent: let the retry start from scratch.
    await store.release(claimKey);
    return retryOf(e, null);
  }

  try {
    await record(ports, key, comment, decision, notify);
  } catch (e) {
    return retryOf(e, { commentId, notify: notify ?? 'none' });
  }
  return { kind: 'recorded', decision: decision.kind, notify };
}

/** A retry after the email went out: record it (idempotent) and set the property; never email again. */
async function finishAfterEmail(
  ports: Ports,
  key: string,
  commentId: string,
  resume: ResumeData,
): Promise<FollowUpResult> {
  try {
    const { config } = await ports.store.getConfig();
    const [comment, request] = await Promise.all([
      ports.jira.getComment(key, commentId),
      ports.jira.getRequest(key, config),
    ]);
    if (!comment || !request) return { kind: 'ignored', reason: 'gone' };
    const current = await ports.store.getRecord(key);
    const decision = decideFollowUp(comment, request, current, config, ports.clock.now());
    // Already recorded (the property failed last time): the record's own state stands.
    if (decision.kind === 'ignore') {
      await ports.jira.setIssueProperty(key, PROPERTY_KEY, propertyFor(current));
      return { kind: 'recorded', decision: 'ignore', notify: resume.notify };
    }
    await record(ports, key, comment, decision, resume.notify);
    return { kind: 'recorded', decision: decision.kind, notify: resume.notify };
  } catch (e) {
    return retryOf(e, resume);
  }
}
