/**
 * The admin's pickers (issue 12): the site's service projects, their request types and its organizations, by name,
 * so that a policy is built from real ids. One product call per page of at most CATALOG_PAGE entries; the admin page
 * asks for the next page with `nextStart`.
 */
import type { CatalogPageResult } from '../contract';
import { ok, type Outcome } from './outcome';
import type { Ports } from './ports-bundle';

/** JSM's default page size, and the most a picker reads in one call. */
export const CATALOG_PAGE = 50;

export async function listProjects(ports: Ports, start: number): Promise<Outcome<CatalogPageResult>> {
  return ok(await ports.jira.serviceProjects(start, CATALOG_PAGE));
}

/** One service project's request types: by its service desk id (from `listProjects`) or its project key. */
export async function listRequestTypes(
  ports: Ports,
  serviceDesk: string,
  start: number,
): Promise<Outcome<CatalogPageResult>> {
  return ok(await ports.jira.requestTypes(serviceDesk, start, CATALOG_PAGE));
}

export async function listOrganizations(ports: Ports, start: number): Promise<Outcome<CatalogPageResult>> {
  return ok(await ports.jira.organizations(start, CATALOG_PAGE));
}
