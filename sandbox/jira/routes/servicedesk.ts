/**
 * /rest/servicedeskapi: requests (their comments, participants and SLA: request-parts.ts); service desks and request
 * types (service-desks.ts); organizations (organizations.ts).
 */
import { ok } from '../http';
import { isCustomerOf } from '../permissions';
import { statusOf } from '../representations';
import { BODY } from '../schemas';
import { type Route, onVisibleRequest } from './context';
import { createRequest } from './create-request';
import { requestPartRoutes } from './request-parts';
import { organizationRoutes } from './organizations';
import { serviceDeskListRoutes } from './service-desks';
import { expandOf, paged, requestJson, startLimit } from './servicedesk-json';

const requestRoutes: Route[] = [
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
    handle: onVisibleRequest((ctx, issue) => {
      return ok(requestJson(ctx, issue, expandOf(ctx)));
    }),
  },
];

export const serviceDeskRoutes: Route[] = [
  ...serviceDeskListRoutes,
  ...organizationRoutes,
  ...requestRoutes,
  ...requestPartRoutes,
];
