/** What a route handler gets: the request, the authenticated principal, path params and the site. */
import type { SandboxClock } from '../../clock';
import { issueNotFound, requestNotFound } from '../http';
import { canSee, type Principal } from '../permissions';
import type { PropertyIndex } from '../property-index';
import type { BodyCheck } from '../schemas';
import type { JiraStore } from '../store';
import type { CommentRow, IssueRow, RestRequest, RestResponse, SandboxUser } from '../types';
import type { CloudSchemaName, ServiceDeskSchemaName } from '../jira-js-schemas';

export interface Site {
  store: JiraStore;
  clock: SandboxClock;
  findUser(accountId: string): SandboxUser | undefined;
  users(): SandboxUser[];
  mailEnabled(): boolean;
  /** Emits `avi:jira:commented:issue` for a created or edited comment. */
  commentChanged(issue: IssueRow, comment: CommentRow, by: Principal): void;
  /** The manifest's indexed entity properties: search aliases and declared types (property-index.ts). */
  propertyIndex: PropertyIndex;
}

export interface Ctx {
  req: RestRequest;
  principal: Principal;
  params: Record<string, string>;
  site: Site;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path with `{param}` segments. */
  path: string;
  body?: BodyCheck;
  /** jira.js schema that a 2xx response body must satisfy. */
  response?:
    | { cloud: CloudSchemaName }
    | { serviceDesk: ServiceDeskSchemaName }
    | 'array:FieldDetailsSchema'
    | 'array:PrioritySchema'
    | 'array:DashboardUserSchema';
  handle(ctx: Ctx): RestResponse;
}

/** The issue if it exists and the caller may see it; otherwise the 404 that hides existence. */
export function visibleIssue(ctx: Ctx, keyParam = 'key'): IssueRow | RestResponse {
  const issue = ctx.site.store.issue(ctx.params[keyParam]);
  if (!issue || !canSee(ctx.principal, issue)) return issueNotFound();
  return issue;
}

export function visibleRequest(ctx: Ctx): IssueRow | RestResponse {
  const issue = ctx.site.store.issue(ctx.params.key);
  if (!issue || !canSee(ctx.principal, issue)) return requestNotFound();
  return issue;
}

/** Rows never have a numeric `status`; responses always do. */
export const isResponse = <T extends object>(x: T | RestResponse): x is RestResponse =>
  typeof (x as { status?: unknown }).status === 'number';

/** Marks the issue updated now and saves it. */
export function touch(ctx: Ctx, issue: IssueRow): void {
  issue.updated = ctx.site.clock.nowMs();
  ctx.site.store.putIssue(issue);
}

/**
 * A route whose handler needs one thing found first (an issue, a request, a comment…): `find` answers it, or the
 * error response (the 404 that hides existence, a 403), which the route then answers without running `handle`.
 */
export const withFound =
  <T extends object>(find: (ctx: Ctx) => T | RestResponse, handle: (ctx: Ctx, found: T) => RestResponse) =>
  (ctx: Ctx): RestResponse => {
    const found = find(ctx);
    return isResponse(found) ? found : handle(ctx, found);
  };
type OnIssue = (ctx: Ctx, issue: IssueRow) => RestResponse;
/** A platform route on one issue the caller may see. */
export const onVisibleIssue = (handle: OnIssue) => withFound((ctx) => visibleIssue(ctx), handle);
/** A JSM route on one request the caller may see. */
export const onVisibleRequest = (handle: OnIssue) => withFound(visibleRequest, handle);
