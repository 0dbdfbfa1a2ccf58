/**
 * Who may use which service desk and see which organization, as JSM's REST reference documents it
 * (developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/ and api-group-organization/; sandbox/README.md):
 * - agents, admins and the app: every service desk and organization;
 * - a customer: SUP's portal (open to every customer, as the seed's requests show), and a portal whose project has
 *   one of the customer's organizations added (INF: Durand Conseil, so Bob); only the organizations they belong to.
 */
import { isStaff, type Principal } from './permissions';
import { ORGANIZATIONS, SERVICE_DESK, SERVICE_DESKS, type ServiceDeskDef } from './seed';

export type SeedOrganization = (typeof ORGANIZATIONS)[number];

export const isMember = (p: Principal, org: SeedOrganization): boolean =>
  (org.members as readonly string[]).includes(p.accountId);

/** The organizations the caller may see: all for staff, their own for a customer ("Response limitations"). */
export const visibleOrganizations = (p: Principal): SeedOrganization[] =>
  ORGANIZATIONS.filter((o) => isStaff(p) || isMember(p, o));

export function canUseDesk(p: Principal, desk: ServiceDeskDef): boolean {
  if (isStaff(p) || desk.id === SERVICE_DESK.id) return true;
  return ORGANIZATIONS.some((o) => isMember(p, o) && (o.serviceDeskIds as readonly string[]).includes(desk.id));
}

/** A service desk by id or project key (the JSM paths take either), if the caller may use it. */
export function visibleDesk(p: Principal, idOrKey: string): ServiceDeskDef | undefined {
  const desk = SERVICE_DESKS.find((d) => d.id === idOrKey || d.projectKey === idOrKey);
  return desk && canUseDesk(p, desk) ? desk : undefined;
}
