import { InvocationError, InvocationErrorCode } from '@forge/events';
import { recordFollowUp, type ResumeData } from '../../app/record-follow-up';
import type { NotifyOutcome } from '../../domain/record';
import { createPorts } from '../platform';
import { invocationId } from './guard';

/** Forge waits at most 900 s before a retry; it refuses less than 1 s. */
const MAX_RETRY_AFTER_S = 900;

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

function resumeOf(event: Record<string, unknown>): ResumeData | null {
  const data = asRecord(asRecord(event.retryContext).retryData);
  const notify = data.notify;
  if (typeof data.commentId !== 'string') return null;
  const outcomes: unknown[] = ['sent', 'none', 'failed', 'mailDisabled', 'unknown'] satisfies NotifyOutcome[];
  if (!outcomes.includes(notify)) return null;
  return { commentId: data.commentId, notify: notify as NotifyOutcome };
}

/**
 * `avi:jira:commented:issue` (created or edited comments). Only the issue key and comment id are
 * taken from the event; everything the decision needs is read again through REST. Jira being
 * busy turns into an InvocationError so the platform retries later, with what was already done.
 */
export async function followUpTrigger(event: unknown): Promise<unknown> {
  const e = asRecord(event);
  const issueKey = asRecord(e.issue).key;
  const comment = asRecord(e.comment);
  const commentId = comment.id;
  if (typeof issueKey !== 'string' || (typeof commentId !== 'string' && typeof commentId !== 'number')) {
    console.warn(`[escalade] follow-up: event without issue key or comment id, invocation=${invocationId()}`);
    return undefined;
  }
  const author = asRecord(comment.author);
  try {
    const result = await recordFollowUp(createPorts('productTrigger'), {
      issueKey,
      commentId: String(commentId),
      authorName: typeof author.displayName === 'string' ? author.displayName : null,
      resume: resumeOf(e),
    });
    if (result.kind !== 'retry') return undefined;
    console.warn(
      `[escalade] follow-up on ${issueKey}: Jira busy, retry in ${result.retryAfterSeconds}s, invocation=${invocationId()}`,
    );
    return new InvocationError({
      retryAfter: Math.min(MAX_RETRY_AFTER_S, Math.max(1, Math.ceil(result.retryAfterSeconds))),
      retryReason: result.rateLimited
        ? InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED
        : InvocationErrorCode.FUNCTION_RETRY_REQUEST,
      ...(result.resume ? { retryData: result.resume } : {}),
    });
  } catch (err) {
    console.error(`[escalade] follow-up on ${issueKey} failed, invocation=${invocationId()}`, err);
    throw err;
  }
}
