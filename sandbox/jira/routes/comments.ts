/** /rest/api/3/issue/{key}/comment: list, create (ADF, `sd.public.comment` internal property), read, edit. */
import { error, forbidden, ok } from '../http';
import { isStaff } from '../permissions';
import { commentJson } from '../representations';
import { BODY } from '../schemas';
import type { AdfDoc, CommentRow, IssueRow, RestResponse } from '../types';
import { isResponse, touch, visibleIssue, type Ctx, type Route, onVisibleIssue, withFound } from './context';
import { visibleComments } from './issue-json';

const INTERNAL_PROP = 'sd.public.comment';

interface CommentBody {
  body: AdfDoc;
  properties?: { key?: string; value?: unknown }[];
  visibility?: unknown;
}

/** JSM keeps a comment internal when `sd.public.comment` says `{ internal: true }` (or a visibility is set). */
function isInternal(body: CommentBody, current?: CommentRow): boolean {
  const prop = body.properties?.find((p) => p.key === INTERNAL_PROP);
  if (prop) return (prop.value as { internal?: unknown } | undefined)?.internal === true;
  if (body.visibility) return true;
  return current ? !current.public : false;
}

function comment(ctx: Ctx, issue: IssueRow): CommentRow | RestResponse {
  const c = ctx.site.store.comment(ctx.params.id);
  if (!c || c.issueKey !== issue.key || (!c.public && !isStaff(ctx.principal))) {
    return error(404, ['Can not find a comment for the id: ' + ctx.params.id + '.']);
  }
  return c;
}

/** The caller's view of issue `{key}` and its comment `{id}` (404 for either, as Jira answers). */
function visibleComment(ctx: Ctx): { issue: IssueRow; c: CommentRow } | RestResponse {
  const issue = visibleIssue(ctx);
  if (isResponse(issue)) return issue;
  const c = comment(ctx, issue);
  return isResponse(c) ? c : { issue, c };
}

/**
 * The issue's comment endpoints document `expand=renderedBody` only: properties are read through
 * POST /rest/api/3/comment/list?expand=properties or the comment property API (comment-properties.ts),
 * so they are never returned here (the stricter reading).
 */
const withProps = (_ctx: Ctx) => false;

export const commentRoutes: Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/issue/{key}/comment',
    response: { cloud: 'PageOfCommentsSchema' },
    handle: onVisibleIssue((ctx, issue) => {
      let list = visibleComments(ctx, issue);
      if (ctx.req.query.get('orderBy') === '-created') list = list.reverse();
      const startAt = Math.max(0, Number(ctx.req.query.get('startAt') ?? 0) || 0);
      const maxResults = Math.min(5000, Math.max(0, Number(ctx.req.query.get('maxResults') ?? 5000) || 0));
      const page = list.slice(startAt, startAt + maxResults);
      return ok({
        comments: page.map((c) => commentJson(c, ctx.site.findUser, withProps(ctx))),
        maxResults,
        total: list.length,
        startAt,
      });
    }),
  },
  {
    method: 'POST',
    path: '/rest/api/3/issue/{key}/comment',
    body: BODY.comment,
    response: { cloud: 'CommentSchema' },
    handle: onVisibleIssue((ctx, issue) => {
      // Customers comment through the JSM API (public only); the platform API is for agents and apps.
      if (!isStaff(ctx.principal)) return forbidden('You do not have permission to add comments to this issue.');
      const body = ctx.req.body as CommentBody;
      const now = ctx.site.clock.nowMs();
      const internal = isInternal(body);
      const properties: Record<string, unknown> = {};
      for (const p of body.properties ?? []) if (p.key) properties[p.key] = p.value;
      const c: CommentRow = {
        id: String(ctx.site.store.nextId('nextCommentId', 10000)),
        issueKey: issue.key,
        author: ctx.principal.accountId,
        updateAuthor: ctx.principal.accountId,
        body: body.body,
        public: !internal,
        created: now,
        updated: now,
        properties,
      };
      ctx.site.store.putComment(c);
      touch(ctx, issue);
      ctx.site.commentChanged(issue, c, ctx.principal);
      return ok(commentJson(c, ctx.site.findUser, withProps(ctx)), 201);
    }),
  },
  {
    method: 'GET',
    path: '/rest/api/3/issue/{key}/comment/{id}',
    response: { cloud: 'CommentSchema' },
    handle: withFound(visibleComment, (ctx, found) => {
      const { c } = found;
      return ok(commentJson(c, ctx.site.findUser, withProps(ctx)));
    }),
  },
  {
    method: 'PUT',
    path: '/rest/api/3/issue/{key}/comment/{id}',
    body: BODY.comment,
    response: { cloud: 'CommentSchema' },
    handle: withFound(visibleComment, (ctx, found) => {
      const { issue, c } = found;
      // Agents and the app hold "Edit all comments"; customers edit nothing through the platform API.
      if (!isStaff(ctx.principal)) return forbidden('You do not have the permission to edit this comment.');
      const body = ctx.req.body as CommentBody;
      c.body = body.body;
      c.public = !isInternal(body, c);
      for (const p of body.properties ?? []) if (p.key) c.properties[p.key] = p.value;
      c.updated = ctx.site.clock.nowMs();
      c.updateAuthor = ctx.principal.accountId;
      ctx.site.store.putComment(c);
      touch(ctx, issue);
      ctx.site.commentChanged(issue, c, ctx.principal);
      return ok(commentJson(c, ctx.site.findUser, withProps(ctx)));
    }),
  },
];
