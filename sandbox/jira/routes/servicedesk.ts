/** /rest/servicedeskapi: service desks, request types and requests (their comments, participants and SLA: request-parts.ts). */
import { ok, sdError } from '../http';
import { isCustomerOf } from '../permissions';
import { requestTypeJson, statusOf } from '../representations';
import { BODY } from '../schemas';
import { REQUEST_TYPES, SERVICE_DESK } from '../seed';
import { isResponse, visibleRequest, type Route } from './context';
import { createRequest } from './create-request';
import { requestPartRoutes } from './request-parts';
import { expandOf, paged, requestJson, serviceDeskJson, startLimit } from './servicedesk-json';

const requestRoutes: Route[] = [
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
    handle: createRequest,
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
];

export const serviceDeskRoutes: Route[] = [...requestRoutes, ...requestPartRoutes];
