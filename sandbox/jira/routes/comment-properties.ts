/**
 * Comment properties, as Jira Cloud documents them (REST v3):
 * - "Issue comment properties" (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comment-properties/):
 *   GET /rest/api/3/comment/{commentId}/properties (the keys), GET/PUT/DELETE …/properties/{propertyKey}
 *   (PUT answers 201 when it creates the property, 200 when it updates it);
 * - "Issue comments", Get comments by IDs (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-comment-list-post):
 *   POST /rest/api/3/comment/list `{ ids }` (at most 1,000) answers a page of the comments the caller may see,
 *   with their properties under `expand=properties`. It is the documented way to read properties with comments:
 *   the issue's comment endpoints document `expand=renderedBody` only, so the sandbox returns no properties
 *   there (the stricter reading; comments.ts).
 * A comment is created with `properties: [{ key, value }]` in its body ("Add comment"; comments.ts).
 * Visibility follows the comment's issue: a customer sees only the public comments of their requests; ids the
 * caller cannot see are left out of the list. Writing a property takes the right to edit the comment (staff).
 */
import { error, noContent, ok } from '../http';
import { canSee, isStaff } from '../permissions';
import { commentJson } from '../representations';
import type { CommentRow, RestResponse } from '../types';
import { isResponse, type Ctx, type Route } from './context';

const API = '/rest/api/3';
const MAX_IDS = 1000;

function visibleComment(ctx: Ctx, id: string): CommentRow | RestResponse {
  const c = ctx.site.store.comment(id);
  const issue = c ? ctx.site.store.issue(c.issueKey) : undefined;
  if (!c || !issue || !canSee(ctx.principal, issue) || (!c.public && !isStaff(ctx.principal)))
    return error(404, [`Can not find a comment for the id: ${id}.`]);
  return c;
}

const noProperty = (key: string) => error(404, [`The property with key '${key}' does not exist.`]);
const cannotEdit = () => error(403, ['You do not have the permission to edit this comment.']);

function listComments(ctx: Ctx): RestResponse {
  const ids = (ctx.req.body as { ids?: unknown } | null)?.ids;
  if (!Array.isArray(ids) || ids.length > MAX_IDS || !ids.every((i) => Number.isInteger(Number(i))))
    return error(400, [`ids must be a list of at most ${MAX_IDS} comment ids.`]);
  const expand = (ctx.req.query.get('expand') ?? '').split(',');
  const values = ids
    .map((id) => visibleComment(ctx, String(id)))
    .filter((c): c is CommentRow => !isResponse(c))
    .map((c) => commentJson(c, ctx.site.findUser, expand.includes('properties')));
  return ok({ isLast: true, maxResults: MAX_IDS, startAt: 0, total: values.length, values });
}

function putProperty(ctx: Ctx): RestResponse {
  const c = visibleComment(ctx, ctx.params.id);
  if (isResponse(c)) return c;
  if (!isStaff(ctx.principal)) return cannotEdit();
  if (ctx.params.prop.length > 255) return error(400, ['The property key can not be longer than 255 characters.']);
  if (ctx.req.body === undefined || ctx.req.body === null) return error(400, ['The property value is required.']);
  const created = !(ctx.params.prop in c.properties);
  c.properties[ctx.params.prop] = ctx.req.body;
  ctx.site.store.putComment(c);
  return { status: created ? 201 : 200, body: {} };
}

export const commentPropertyRoutes: Route[] = [
  { method: 'POST', path: `${API}/comment/list`, handle: listComments },
  {
    method: 'GET',
    path: `${API}/comment/{id}/properties`,
    handle(ctx) {
      const c = visibleComment(ctx, ctx.params.id);
      if (isResponse(c)) return c;
      const keys = Object.keys(c.properties).map((key) => ({ self: `${API}/comment/${c.id}/properties/${key}`, key }));
      return ok({ keys });
    },
  },
  {
    method: 'GET',
    path: `${API}/comment/{id}/properties/{prop}`,
    response: { cloud: 'EntityPropertySchema' },
    handle(ctx) {
      const c = visibleComment(ctx, ctx.params.id);
      if (isResponse(c)) return c;
      if (!(ctx.params.prop in c.properties)) return noProperty(ctx.params.prop);
      return ok({ key: ctx.params.prop, value: c.properties[ctx.params.prop] });
    },
  },
  { method: 'PUT', path: `${API}/comment/{id}/properties/{prop}`, handle: putProperty },
  {
    method: 'DELETE',
    path: `${API}/comment/{id}/properties/{prop}`,
    handle(ctx) {
      const c = visibleComment(ctx, ctx.params.id);
      if (isResponse(c)) return c;
      if (!isStaff(ctx.principal)) return cannotEdit();
      if (!(ctx.params.prop in c.properties)) return noProperty(ctx.params.prop);
      delete c.properties[ctx.params.prop];
      ctx.site.store.putComment(c);
      return noContent();
    },
  },
];
