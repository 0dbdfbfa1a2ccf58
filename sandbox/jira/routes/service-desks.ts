/**
 * /rest/servicedeskapi/servicedesk: the service desks (SUP and INF), their request types and their organizations.
 * Lists are paged (`start`, `limit`: default 50, `isLastPage`). A desk the caller may not use answers the same 404 as
 * a missing one (desk-access.ts). Its organizations are for the desk's agents only ("Permissions required: Service
 * desk's agent"): a customer gets 403.
 */
import { ok, sdError } from '../http';
import { canUseDesk, visibleDesk } from '../desk-access';
import { isStaff } from '../permissions';
import { orgJson, requestTypeJson } from '../representations';
import { ORGANIZATIONS, REQUEST_TYPES, SERVICE_DESKS } from '../seed';
import type { Ctx, Route } from './context';
import { paged, serviceDeskJson, startLimit } from './servicedesk-json';

const deskNotFound = () => sdError(404, 'Service desk does not exist.');

/** One page of `all`, from the query's `start` and `limit`. */
export function pageOf<T>(ctx: Ctx, all: T[]) {
  const { start, limit } = startLimit(ctx);
  return paged(all.slice(start, start + limit), start, limit, all.length);
}

export const serviceDeskListRoutes: Route[] = [
  {
    method: 'GET',
    path: '/rest/servicedeskapi/servicedesk',
    response: { serviceDesk: 'PagedServiceDeskSchema' },
    handle: (ctx) => ok(pageOf(ctx, SERVICE_DESKS.filter((d) => canUseDesk(ctx.principal, d)).map(serviceDeskJson))),
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/servicedesk/{id}',
    handle(ctx) {
      const desk = visibleDesk(ctx.principal, ctx.params.id);
      return desk ? ok(serviceDeskJson(desk)) : deskNotFound();
    },
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/servicedesk/{id}/requesttype',
    response: { serviceDesk: 'PagedRequestTypeSchema' },
    handle(ctx) {
      const desk = visibleDesk(ctx.principal, ctx.params.id);
      if (!desk) return deskNotFound();
      return ok(pageOf(ctx, REQUEST_TYPES.filter((r) => r.serviceDeskId === desk.id).map(requestTypeJson)));
    },
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/servicedesk/{id}/organization',
    response: { serviceDesk: 'PagedOrganizationSchema' },
    handle(ctx) {
      const desk = visibleDesk(ctx.principal, ctx.params.id);
      if (!desk) return deskNotFound();
      if (!isStaff(ctx.principal))
        return sdError(403, 'You do not have permission to view this service desk’s organizations.');
      const orgs = ORGANIZATIONS.filter((o) => (o.serviceDeskIds as readonly string[]).includes(desk.id));
      return ok(pageOf(ctx, orgs.map(orgJson)));
    },
  },
];
