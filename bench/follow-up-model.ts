/**
 * An independent model of the follow-up rules (docs/rules.md §2), written from the spec and not from
 * the domain code, to predict how many follow-ups and emails a burst of comment events must give.
 *
 * - A follow-up is a public comment by the request's reporter or a participant who is not the
 *   assignee, on an unresolved request. Internal comments, agents' comments, the app's comments,
 *   edits of a comment already seen, and re-deliveries are not.
 * - Each follow-up is counted. It emails the assignee (or, when unassigned, the fallback recipients,
 *   else the project's lead by default) unless an email went out for the same request less than the cooldown ago.
 */
export interface ModelRequest {
  key: string;
  reporter: string;
  participants: string[];
  assignee: string | null;
  resolved: boolean;
}

export interface ModelEvent {
  key: string;
  commentId: string;
  author: string;
  isPublic: boolean;
  /** Created (false) or edited (true). */
  edit: boolean;
  /** Sandbox time (ms) when the app handles it. */
  at: number;
}

export interface ModelResult {
  followUps: Map<string, number>;
  emails: Map<string, number>;
}

export function predictFollowUps(
  requests: ModelRequest[],
  events: ModelEvent[],
  cooldownMinutes: number,
  hasFallbackRecipients: boolean,
): ModelResult {
  const byKey = new Map(requests.map((r) => [r.key, r]));
  const seen = new Set<string>();
  const lastEmail = new Map<string, number>();
  const followUps = new Map<string, number>();
  const emails = new Map<string, number>();
  for (const e of [...events].sort((a, b) => a.at - b.at)) {
    const firstSight = !seen.has(e.commentId);
    seen.add(e.commentId);
    if (!firstSight || e.edit) continue;
    const r = byKey.get(e.key);
    if (!r || r.resolved || !e.isPublic) continue;
    const isCustomer = e.author === r.reporter || r.participants.includes(e.author);
    if (!isCustomer || e.author === r.assignee) continue;
    followUps.set(e.key, (followUps.get(e.key) ?? 0) + 1);
    const last = lastEmail.get(e.key);
    const cooledDown = last === undefined || e.at - last >= cooldownMinutes * 60_000;
    const recipients = r.assignee !== null || hasFallbackRecipients;
    if (cooledDown && recipients) {
      emails.set(e.key, (emails.get(e.key) ?? 0) + 1);
      lastEmail.set(e.key, e.at);
    }
  }
  return { followUps, emails };
}
