/**
 * The notify API's recipient resolution: `to.assignee|reporter|watchers|voters|users[accountId]|groups[name]` become
 * users with an email address, filtered by `restrict` (groups, BROWSE permission). Errors are Jira's 400 cases.
 */
import { canSee, type Principal } from './permissions';
import { GROUPS } from './seed';
import type { IssueRow, SandboxUser } from './types';

export interface NotifyBody {
  subject?: string;
  textBody?: string;
  htmlBody?: string;
  to?: {
    assignee?: boolean;
    reporter?: boolean;
    watchers?: boolean;
    voters?: boolean;
    users?: { accountId: string }[];
    groups?: { name: string }[];
    groupIds?: string[];
  };
  restrict?: { groups?: { name?: string }[]; groupIds?: string[]; permissions?: { key?: string; id?: string }[] };
}

export type Resolution =
  { ok: true; recipients: SandboxUser[] } | { ok: false; errors: Record<string, string>; messages: string[] };

export function resolveRecipients(
  issue: IssueRow,
  body: NotifyBody,
  caller: Principal,
  users: SandboxUser[],
): Resolution {
  const to = body.to ?? {};
  const byId = (id: string) => users.find((u) => u.accountId === id);
  const ids = new Set<string>();
  if (to.assignee) {
    if (!issue.assignee) return { ok: false, errors: { to: 'The issue has no assignee to notify.' }, messages: [] };
    ids.add(issue.assignee);
  }
  if (to.reporter) ids.add(issue.reporter);
  if (to.watchers) issue.watchers.forEach((w) => ids.add(w));
  // Voters: the sandbox has no votes, so this adds nobody.
  for (const u of to.users ?? []) {
    if (!byId(u.accountId)) return { ok: false, errors: { to: `User '${u.accountId}' does not exist.` }, messages: [] };
    ids.add(u.accountId);
  }
  for (const name of [...(to.groups ?? []).map((g) => g.name), ...(to.groupIds ?? [])]) {
    if (!GROUPS.includes(name)) {
      return { ok: false, errors: { to: `Group '${name}' does not exist.` }, messages: [] };
    }
    users.filter((u) => u.groups.includes(name)).forEach((m) => ids.add(m.accountId));
  }
  let recipients = [...ids].map(byId).filter((u): u is SandboxUser => !!u && !!u.emailAddress);
  const restrictGroups = [
    ...(body.restrict?.groups ?? []).map((g) => g.name ?? ''),
    ...(body.restrict?.groupIds ?? []),
  ];
  if (restrictGroups.length) recipients = recipients.filter((u) => u.groups.some((g) => restrictGroups.includes(g)));
  if (
    (body.restrict?.permissions ?? []).some((p) => p.key === 'BROWSE' || p.key === 'BROWSE_PROJECTS' || p.id === '10')
  ) {
    recipients = recipients.filter((u) => canSee({ kind: 'user', accountId: u.accountId, user: u }, issue));
  }
  if (caller.kind === 'user' && recipients.some((u) => u.accountId === caller.accountId)) {
    return { ok: false, errors: {}, messages: ['You cannot send a notification to yourself.'] };
  }
  if (recipients.length === 0)
    return { ok: false, errors: {}, messages: ['No recipients were defined for notification.'] };
  return { ok: true, recipients };
}
