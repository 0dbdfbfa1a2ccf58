/** /rest/servicedeskapi: service desks, request types, requests, their comments, participants and SLA. */
import { adfText, adfToText } from '../adf';
import { error, ok, sdDate, sdError } from '../http';
import { isCustomerOf, isStaff } from '../permissions';
import {
  currentStatusJson,
  optionJson,
  requestTypeJson,
  requestTypeOf,
  sdCommentJson,
  sdUserJson,
  statusOf,
} from '../representations';
import { BODY } from '../schemas';
import { FIELD_IDS, REQUEST_TYPES, SELECT_FIELDS, SERVICE_DESK, SITE_URL, STATUS } from '../seed';
import { slaJson } from '../sla';
import type { CommentRow, IssueRow, SandboxUser } from '../types';
import { isResponse, touch, visibleRequest, type Ctx, type Route } from './context';

const SD = `${SITE_URL}/rest/servicedeskapi`;

function paged<T>(values: T[], start: number, limit: number, total = values.length) {
  return {
    size: values.length,
    start,
    limit,
    isLastPage: start + values.length >= total,
    values,
    _links: { base: SITE_URL, context: '', self: SD },
  };
}

const startLimit = (ctx: Ctx, defaultLimit = 50) => ({
  start: Math.max(0, Number(ctx.req.query.get('start') ?? 0) || 0),
  limit: Math.max(1, Math.min(100, Number(ctx.req.query.get('limit') ?? defaultLimit) || defaultLimit)),
});

function serviceDeskJson() {
  return {
    id: SERVICE_DESK.id,
    projectId: SERVICE_DESK.projectId,
    projectName: SERVICE_DESK.projectName,
    projectKey: SERVICE_DESK.projectKey,
    _links: { self: `${SD}/servicedesk/${SERVICE_DESK.id}` },
  };
}

const users = (ctx: Ctx, ids: string[]) => ids.map((id) => ctx.site.findUser(id)).filter((u): u is SandboxUser => !!u);

function requestJson(ctx: Ctx, issue: IssueRow, expand: string[]) {
  const reporter = ctx.site.findUser(issue.reporter);
  const fieldValues: { fieldId: string; label: string; value: unknown; renderedValue?: Record<string, unknown> }[] = [
    { fieldId: 'summary', label: 'Résumé', value: issue.summary },
    {
      fieldId: 'description',
      label: 'Description',
      value: issue.description,
      renderedValue: { html: `<p>${issue.description}</p>` },
    },
  ];
  for (const f of SELECT_FIELDS) {
    const v = optionJson(f.id, f.id === FIELD_IDS.impact ? issue.impactOptionId : issue.urgencyOptionId);
    if (v) fieldValues.push({ fieldId: f.id, label: f.name, value: v });
  }
  const out: Record<string, unknown> = {
    _expands: ['participant', 'status', 'sla', 'requestType', 'serviceDesk', 'attachment', 'action', 'comment'],
    issueId: issue.id,
    issueKey: issue.key,
    summary: issue.summary,
    requestTypeId: issue.requestTypeId,
    serviceDeskId: SERVICE_DESK.id,
    createdDate: sdDate(issue.created),
    reporter: reporter ? sdUserJson(reporter) : { accountId: issue.reporter },
    requestFieldValues: fieldValues,
    currentStatus: currentStatusJson(issue),
    _links: {
      jiraRest: `${SITE_URL}/rest/api/2/issue/${issue.id}`,
      web: `${SITE_URL}/servicedesk/customer/portal/${SERVICE_DESK.id}/${issue.key}`,
      agent: `${SITE_URL}/browse/${issue.key}`,
      self: `${SD}/request/${issue.id}`,
    },
  };
  if (expand.includes('participant')) out.participants = paged(users(ctx, issue.participants).map(sdUserJson), 0, 50);
  if (expand.includes('status')) {
    out.status = paged(
      [
        {
          status: statusOf(issue.statusId).name,
          statusCategory: statusOf(issue.statusId).category.toUpperCase(),
          statusDate: sdDate(issue.statusDate),
        },
      ],
      0,
      50,
    );
  }
  if (expand.includes('requestType')) out.requestType = requestTypeJson(requestTypeOf(issue));
  if (expand.includes('serviceDesk')) out.serviceDesk = serviceDeskJson();
  if (expand.includes('sla') && isStaff(ctx.principal))
    out.sla = paged([slaJson(issue, ctx.site.clock.nowMs())], 0, 50);
  return out;
}

const expandOf = (ctx: Ctx) =>
  ctx.req.query
    .getAll('expand')
    .flatMap((e) => e.split(','))
    .map((e) => e.trim());

function visibleSdComments(ctx: Ctx, issue: IssueRow): CommentRow[] {
  const staff = isStaff(ctx.principal);
  const q = ctx.req.query;
  const wantPublic = q.get('public') !== 'false';
  const wantInternal = staff && q.get('internal') !== 'false';
  return ctx.site.store.comments(issue.key).filter((c) => (c.public ? wantPublic : wantInternal));
}

export const serviceDeskRoutes: Route[] = [
  {
    method: 'GET',
    path: '/rest/servicedeskapi/servicedesk',
    response: { serviceDesk: 'PagedServiceDeskSchema' },
    handle: () => ok(paged([serviceDeskJson()], 0, 50)),
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/servicedesk/{id}',
    handle: (ctx) =>
      ctx.params.id === SERVICE_DESK.id || ctx.params.id === SERVICE_DESK.projectKey
        ? ok(serviceDeskJson())
        : sdError(404, 'Service desk does not exist.'),
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/servicedesk/{id}/requesttype',
    response: { serviceDesk: 'PagedRequestTypeSchema' },
    handle(ctx) {
      if (ctx.params.id !== SERVICE_DESK.id) return sdError(404, 'Service desk does not exist.');
      return ok(paged(REQUEST_TYPES.map(requestTypeJson), 0, 50));
    },
  },
  {
    method: 'POST',
    path: '/rest/servicedeskapi/request',
    body: BODY.createRequest,
    response: { serviceDesk: 'CustomerRequestSchema' },
    handle(ctx) {
      const b = ctx.req.body as {
        serviceDeskId: string;
        requestTypeId: string;
        requestFieldValues: Record<string, unknown>;
        requestParticipants?: string[];
        raiseOnBehalfOf?: string;
      };
      if (b.serviceDeskId !== SERVICE_DESK.id) return sdError(404, 'Service desk does not exist.');
      const rt = REQUEST_TYPES.find((r) => r.id === b.requestTypeId);
      if (!rt)
        return sdError(400, `The request type ${b.requestTypeId} does not exist in service desk ${b.serviceDeskId}.`);
      let reporter = ctx.principal.accountId;
      if (b.raiseOnBehalfOf) {
        if (!isStaff(ctx.principal))
          return sdError(403, 'You do not have permission to raise requests on behalf of customers.');
        if (!ctx.site.findUser(b.raiseOnBehalfOf)) return sdError(400, `User ${b.raiseOnBehalfOf} does not exist.`);
        reporter = b.raiseOnBehalfOf;
      }
      const v = b.requestFieldValues;
      const option = (fieldId: string): string | null | 'invalid' => {
        const raw = v[fieldId] as { id?: unknown; value?: unknown } | undefined | null;
        if (raw === undefined || raw === null) return null;
        const f = SELECT_FIELDS.find((x) => x.id === fieldId)!;
        const o = f.options.find((x) => (raw.id !== undefined ? x.id === String(raw.id) : x.value === raw.value));
        return o ? o.id : 'invalid';
      };
      const impact = option(FIELD_IDS.impact);
      const urgency = option(FIELD_IDS.urgency);
      if (impact === 'invalid' || urgency === 'invalid') {
        return error(400, [], {
          [impact === 'invalid' ? FIELD_IDS.impact : FIELD_IDS.urgency]: 'Specify a valid option id.',
        });
      }
      const unknownField = Object.keys(v).find(
        (k) => !['summary', 'description', FIELD_IDS.impact, FIELD_IDS.urgency].includes(k),
      );
      if (unknownField)
        return error(400, [], { [unknownField]: `Field '${unknownField}' is not on the request type's form.` });
      const participants = (b.requestParticipants ?? []).filter((id) => id !== reporter);
      if (participants.some((id) => !ctx.site.findUser(id)))
        return sdError(400, 'One or more participants do not exist.');
      const now = ctx.site.clock.nowMs();
      const num = ctx.site.store.nextId('nextIssueNumber', ctx.site.store.issues().length + 1);
      const description = v.description;
      const issue: IssueRow = {
        id: String(10000 + num),
        key: `${SERVICE_DESK.projectKey}-${num}`,
        summary: String(v.summary),
        description: typeof description === 'string' ? description : description ? adfToText(description) : '',
        requestTypeId: rt.id,
        statusId: STATUS.open,
        reporter,
        creator: ctx.principal.accountId,
        assignee: null,
        participants,
        watchers: [reporter],
        priorityId: '3',
        impactOptionId: impact,
        urgencyOptionId: urgency,
        labels: [],
        created: now,
        updated: now,
        statusDate: now,
        resolutionDate: null,
      };
      ctx.site.store.putIssue(issue);
      return ok(requestJson(ctx, issue, ['participant', 'status', 'requestType']), 201);
    },
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/request',
    response: { serviceDesk: 'PagedCustomerRequestSchema' },
    handle(ctx) {
      const { start, limit } = startLimit(ctx);
      const status = ctx.req.query.get('requestStatus') ?? 'ALL_REQUESTS';
      const ownership = ctx.req.query.get('requestOwnership') ?? 'ALL_REQUESTS';
      // "My requests": those the caller reports or takes part in (agents included), newest first.
      const mine = ctx.site.store
        .issues()
        .filter((i) =>
          ownership === 'OWNED_REQUESTS' ? i.reporter === ctx.principal.accountId : isCustomerOf(ctx.principal, i),
        )
        .filter((i) => {
          const done = statusOf(i.statusId).category === 'done';
          return status === 'OPEN_REQUESTS' ? !done : status === 'CLOSED_REQUESTS' ? done : true;
        })
        .sort((a, b) => b.created - a.created);
      const page = mine.slice(start, start + limit).map((i) => requestJson(ctx, i, expandOf(ctx)));
      return ok(paged(page, start, limit, mine.length));
    },
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/request/{key}',
    response: { serviceDesk: 'CustomerRequestSchema' },
    handle(ctx) {
      const issue = visibleRequest(ctx);
      if (isResponse(issue)) return issue;
      return ok(requestJson(ctx, issue, expandOf(ctx)));
    },
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/request/{key}/comment',
    response: { serviceDesk: 'PagedCommentSchema' },
    handle(ctx) {
      const issue = visibleRequest(ctx);
      if (isResponse(issue)) return issue;
      const { start, limit } = startLimit(ctx, 100);
      const all = visibleSdComments(ctx, issue);
      const page = all.slice(start, start + limit).map((c) => sdCommentJson(c, ctx.site.findUser, issue.id));
      return ok(paged(page, start, limit, all.length));
    },
  },
  {
    method: 'POST',
    path: '/rest/servicedeskapi/request/{key}/comment',
    body: BODY.requestComment,
    response: { serviceDesk: 'CommentSchema' },
    handle(ctx) {
      const issue = visibleRequest(ctx);
      if (isResponse(issue)) return issue;
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
    },
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/request/{key}/participant',
    response: { serviceDesk: 'PagedUserSchema' },
    handle(ctx) {
      const issue = visibleRequest(ctx);
      if (isResponse(issue)) return issue;
      const { start, limit } = startLimit(ctx);
      const all = users(ctx, issue.participants).map(sdUserJson);
      return ok(paged(all.slice(start, start + limit), start, limit, all.length));
    },
  },
  {
    method: 'POST',
    path: '/rest/servicedeskapi/request/{key}/participant',
    body: BODY.participants,
    response: { serviceDesk: 'PagedUserSchema' },
    handle(ctx) {
      const issue = visibleRequest(ctx);
      if (isResponse(issue)) return issue;
      const ids = (ctx.req.body as { accountIds: string[] }).accountIds;
      const unknown = ids.find((id) => {
        const u = ctx.site.findUser(id);
        return !u || u.accountType === 'app';
      });
      if (unknown) return sdError(400, `The user ${unknown} does not exist.`);
      for (const id of ids) if (id !== issue.reporter && !issue.participants.includes(id)) issue.participants.push(id);
      touch(ctx, issue);
      return ok(paged(users(ctx, issue.participants).map(sdUserJson), 0, 50));
    },
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/request/{key}/sla',
    response: { serviceDesk: 'PagedSlaInformationSchema' },
    handle(ctx) {
      const issue = visibleRequest(ctx);
      if (isResponse(issue)) return issue;
      // SLA data is for agents (and apps): a customer who sees the request is refused, others get the usual 404.
      if (!isStaff(ctx.principal))
        return sdError(403, 'You do not have permission to view the SLA information of this request.');
      return ok(paged([slaJson(issue, ctx.site.clock.nowMs())], 0, 50));
    },
  },
];
