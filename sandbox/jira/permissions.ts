/**
 * Who may do what, as in real JSM:
 * - anonymous (or an unknown account) → 401 everywhere;
 * - customers (`customer`, `unlicensed`, and licensed users without a JSM role) see only the requests they report
 *   or take part in; an invisible request answers 404, exactly like a missing one, so existence never leaks;
 * - agents (group jira-servicemanagement-users) and admins see and edit everything; ADMINISTER is for
 *   jira-administrators only;
 * - the app (asApp) can do everything, and its comments are authored by `app-escalade`.
 */
import { ADMIN_GROUP, AGENT_GROUP, APP_ACCOUNT_ID } from './seed';
import type { Actor, IssueRow, SandboxUser } from './types';

export type Principal = { kind: 'app'; accountId: string } | { kind: 'user'; accountId: string; user: SandboxUser };

export function principalOf(actor: Actor, findUser: (id: string) => SandboxUser | undefined): Principal | null {
  if (actor.kind === 'app') return { kind: 'app', accountId: APP_ACCOUNT_ID };
  if (actor.kind === 'anonymous') return null;
  const user = findUser(actor.accountId);
  if (!user || user.accountType === 'app') return null;
  return { kind: 'user', accountId: user.accountId, user };
}

/** Agents, admins and the app: full access to the service project. */
export function isStaff(p: Principal): boolean {
  if (p.kind === 'app') return true;
  return (
    p.user.accountType === 'licensed' && (p.user.groups.includes(AGENT_GROUP) || p.user.groups.includes(ADMIN_GROUP))
  );
}

export function isAdmin(p: Principal): boolean {
  return p.kind === 'app' || p.user.groups.includes(ADMIN_GROUP);
}

export function isCustomerOf(p: Principal, issue: IssueRow): boolean {
  return issue.reporter === p.accountId || issue.participants.includes(p.accountId);
}

export function canSee(p: Principal, issue: IssueRow): boolean {
  return isStaff(p) || isCustomerOf(p, issue);
}
