import { fallbackFor } from '../fallback';
import type { Config } from '../config';
import type { CommentFacts, RequestFacts } from '../facts';
import { isParty } from '../party';
import type { RequestRecord } from '../record';
import type { FollowUpDecision, FollowUpRecipients } from './types';

/**
 * Is this comment a follow-up, and who gets an email (docs/rules.md §2)? Ignore reasons are checked in
 * this order: app (our own comment), alreadySeen (an edit or a re-delivered event of a recorded
 * comment), edited (a late edit), internal, resolved, notParty (not the reporter or a participant: an agent's comment),
 * assignee. Then a follow-up is recorded without email when it is unassigned with no fallback
 * recipient, or within `cooldownMinutes` of the last follow-up email; otherwise it is emailed.
 * alreadySeen looks at the kept entries (the newest 200); `edited` catches the edits that come after the
 * entry was trimmed and the comment claim expired (see isLateEdit).
 */
export function decideFollowUp(
  comment: CommentFacts,
  request: RequestFacts,
  record: RequestRecord,
  config: Config,
  now: Date,
): FollowUpDecision {
  if (comment.byApp) return { kind: 'ignore', reason: 'app' };
  if (record.followUps.some((f) => f.commentId === comment.id)) return { kind: 'ignore', reason: 'alreadySeen' };
  if (isLateEdit(comment, now)) return { kind: 'ignore', reason: 'edited' };
  if (!comment.isPublic) return { kind: 'ignore', reason: 'internal' };
  if (request.statusCategory === 'done') return { kind: 'ignore', reason: 'resolved' };
  if (!isParty(request, comment.authorId)) return { kind: 'ignore', reason: 'notParty' };
  // An author is always an account id, so an unassigned request (null) never matches.
  if (comment.authorId === request.assigneeId) return { kind: 'ignore', reason: 'assignee' };

  const count = record.followUpCount + 1;
  const recipients = recipientsFor(request, config);
  if (!recipients) return { kind: 'record', reason: 'unassignedNoRecipient', count };
  if (inCooldown(record, config, now)) return { kind: 'record', reason: 'cooldown', count };
  return { kind: 'notify', count, suppressed: record.suppressedSinceEmail, recipients };
}

/**
 * A comment's first event comes within minutes of its creation (within hours with the platform's retries,
 * which stop after a few attempts of at most 15 minutes each). An event for a comment created longer ago
 * than this is not its first one.
 */
export const FIRST_DELIVERY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * An edit, decided by facts that never expire (unlike the 7-day comment claim and the newest 200 entries):
 * the comment was edited (Jira's `updated` is after its `created`) and it was created more than
 * FIRST_DELIVERY_WINDOW_MS ago. An unedited comment is never taken for an edit, however late its event.
 */
export function isLateEdit(comment: CommentFacts, now: Date): boolean {
  const created = Date.parse(comment.createdAt);
  const edited = Date.parse(comment.updatedAt) > created;
  return edited && now.getTime() - created > FIRST_DELIVERY_WINDOW_MS;
}

/** The assignee, or when unassigned the fallback (recipients, else the project lead); null when nobody. */
function recipientsFor(request: RequestFacts, config: Config): FollowUpRecipients | null {
  if (request.assigneeId) return { assignee: request.assigneeId, groups: [], accountIds: [] };
  const fallback = fallbackFor(request, config);
  return fallback ? { assignee: null, ...fallback } : null;
}

function inCooldown(record: RequestRecord, config: Config, now: Date): boolean {
  if (!record.lastEmailAt) return false;
  return now.getTime() - new Date(record.lastEmailAt).getTime() < config.followUp.cooldownMinutes * 60_000;
}
