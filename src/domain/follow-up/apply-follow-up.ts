import type { CommentFacts } from '../facts';
import type { FollowUpEntry, NotifyOutcome, RequestRecord } from '../record';
import type { FollowUpDecision } from './types';

/** Follow-up entries kept per request; `followUpCount` stays exact beyond it. */
export const MAX_FOLLOW_UP_ENTRIES = 200;

/**
 * The record after a follow-up decision. `notifyOutcome` is what the email attempt gave (only read
 * for 'notify'). A sent email sets `lastEmailAt` (the cooldown's start) and resets the suppressed
 * count; any follow-up without a sent email (cooldown, no recipient, failure) adds one to it, so
 * the next email tells how many came in between. Ignored comments leave the record unchanged.
 */
export function applyFollowUp(
  record: RequestRecord,
  comment: CommentFacts,
  decision: FollowUpDecision,
  notifyOutcome: NotifyOutcome | null,
  now: Date,
): RequestRecord {
  if (decision.kind === 'ignore') return record;
  const entry: FollowUpEntry =
    decision.kind === 'record'
      ? {
          commentId: comment.id,
          authorId: comment.authorId,
          at: comment.createdAt,
          notify: 'none',
          reason: decision.reason,
        }
      : {
          commentId: comment.id,
          authorId: comment.authorId,
          at: comment.createdAt,
          notify: notifyOutcome ?? 'none',
          ...(decision.suppressed > 0 ? { suppressedBefore: decision.suppressed } : {}),
        };
  // An email of unknown outcome may be out: it starts the cooldown like a sent one.
  const sent = entry.notify === 'sent' || entry.notify === 'unknown';
  return {
    ...record,
    followUps: [...record.followUps, entry].slice(-MAX_FOLLOW_UP_ENTRIES),
    followUpCount: record.followUpCount + 1,
    ...(sent ? { lastEmailAt: now.toISOString() } : {}),
    suppressedSinceEmail: sent ? 0 : record.suppressedSinceEmail + 1,
  };
}
