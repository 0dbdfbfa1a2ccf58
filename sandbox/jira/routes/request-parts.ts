/** /rest/servicedeskapi/request/{key}/…: a request's comments, participants and SLA. */
import { adfText } from '../adf';
import { ok, sdError } from '../http';
import { isStaff } from '../permissions';
import { sdCommentJson, sdUserJson } from '../representations';
import { BODY } from '../schemas';
import { slaJson } from '../sla';
import type { CommentRow, IssueRow } from '../types';
import { touch, type Ctx, type Route, onVisibleRequest } from './context';
import { paged, startLimit, users } from './servicedesk-json';

function visibleSdComments(ctx: Ctx, issue: IssueRow): CommentRow[] {
  const staff = isStaff(ctx.principal);
  const q = ctx.req.query;
  const wantPublic = q.get('public') !== 'false';
  const wantInternal = staff && q.get('internal') !== 'false';
  return ctx.site.store.comments(issue.key).filter((c) => (c.public ? wantPublic : wantInternal));
}

export const requestPartRoutes: Route[] = [
  {
    method: 'GET',
    path: '/rest/servicedeskapi/request/{key}/comment',
    response: { serviceDesk: 'PagedCommentSchema' },
    handle: onVisibleRequest((ctx, issue) => {
      const { start, limit } = startLimit(ctx, 100);
      const all = visibleSdComments(ctx, issue);
      const page = all.slice(start, start + limit).map((c) => sdCommentJson(c, ctx.site.findUser, issue.id));
      return ok(paged(page, start, limit, all.length));
    }),
  },
  {
    method: 'POST',
    path: '/rest/servicedeskapi/request/{key}/comment',
    body: BODY.requestComment,
    response: { serviceDesk: 'CommentSchema' },
    handle: onVisibleRequest((ctx, issue) => {
      const b = ctx.req.body as { body: string; public?: boolean };
      const isPublic = b.public ?? true;
      if (!isPublic && !isStaff(ctx.principal))
        return sdError(403, 'You do not have permission to create internal comments.');
      const now = ctx.site.clock.nowMs();
      const c: CommentRow = {
        id: String(ctx.site.store.nextId('nextCommentId', 10000)),
        issueKey: issue.key,
        author: ctx.principal.accountId,
        updateAuthor: ctx.principal.accountId,
        body: adfText(b.body),
        public: isPublic,
        created: now,
        updated: now,
        properties: isPublic ? {} : { 'sd.public.comment': { internal: true } },
      };
      ctx.site.store.putComment(c);
      touch(ctx, issue);
      ctx.site.commentChanged(issue, c, ctx.principal);
      return ok(sdCommentJson(c, ctx.site.findUser, issue.id), 201);
    }),
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/request/{key}/participant',
    response: { serviceDesk: 'PagedUserSchema' },
    handle: onVisibleRequest((ctx, issue) => {
      const { start, limit } = startLimit(ctx);
      const all = users(ctx, issue.participants).map(sdUserJson);
      return ok(paged(all.slice(start, start + limit), start, limit, all.length));
    }),
  },
  {
    method: 'POST',
    path: '/rest/servicedeskapi/request/{key}/participant',
    body: BODY.participants,
    response: { serviceDesk: 'PagedUserSchema' },
    handle: onVisibleRequest((ctx, issue) => {
      const ids = (ctx.req.body as { accountIds: string[] }).accountIds;
      const unknown = ids.find((id) => {
        const u = ctx.site.findUser(id);
        return !u || u.accountType === 'app';
      });
      if (unknown) return sdError(400, `The user ${unknown} does not exist.`);
      for (const id of ids) if (id !== issue.reporter && !issue.participants.includes(id)) issue.participants.push(id);
      touch(ctx, issue);
      return ok(paged(users(ctx, issue.participants).map(sdUserJson), 0, 50));
    }),
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/request/{key}/sla',
    response: { serviceDesk: 'PagedSlaInformationSchema' },
    handle: onVisibleRequest((ctx, issue) => {
      // SLA data is for agents (and apps): a customer who sees the request is refused, others get the usual 404.
      if (!isStaff(ctx.principal))
        return sdError(403, 'You do not have permission to view the SLA information of this request.');
      return ok(paged([slaJson(issue, ctx.site.clock.nowMs())], 0, 50));
    }),
  },
];
