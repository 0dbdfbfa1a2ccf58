/**
 * POST /rest/api/3/permissions/project ("Get permitted projects"): the projects where the caller holds every
 * listed project permission, as `{ projects: [{ id, key }] }`. The app's analytics use it as their one bulk
 * permission call (BROWSE_PROJECTS), made as the user.
 *
 * As in real JSM, the "Service project customer - portal access" grant gives BROWSE_PROJECTS to the service
 * project's customers too: a customer gets the project back here. This is the stricter choice for the app, which
 * must refuse customers itself (by account type) rather than rely on this answer.
 */
import { error, ok } from '../http';
import { isCustomerOf, isStaff, type Principal } from '../permissions';
import { BODY } from '../schemas';
import { SERVICE_PROJECTS } from '../seed';
import type { Route, Site } from './context';

const serviceProjects = SERVICE_PROJECTS.map((p) => ({ id: p.id, key: p.key as string }));
const isServiceProject = (key: string) => serviceProjects.some((p) => p.key === key);

/** Extra projects a test or a bench gives the site (`jira_meta` `projects`), beside the seeded service projects. */
export function siteProjects(site: Site): { id: string; key: string }[] {
  const extra = JSON.parse(site.store.meta('projects') ?? '[]') as { id: string; key: string }[];
  return [...serviceProjects, ...extra];
}

export function addSiteProjects(site: Pick<Site, 'store'>, keys: string[]): void {
  const extra = JSON.parse(site.store.meta('projects') ?? '[]') as { id: string; key: string }[];
  const known = new Set([...serviceProjects.map((p) => p.key), ...extra.map((p) => p.key)]);
  for (const key of keys) {
    if (known.has(key)) continue;
    extra.push({ id: String(20000 + extra.length), key });
    known.add(key);
  }
  site.store.setMeta('projects', JSON.stringify(extra));
}

const PROJECT_PERMISSIONS = new Set(['BROWSE_PROJECTS', 'ADD_COMMENTS', 'EDIT_ISSUES', 'TRANSITION_ISSUES']);

function holds(site: Site, p: Principal, permission: string, projectKey: string): boolean {
  if (isStaff(p)) return true;
  // Portal customers browse (and comment on) a service project where they have requests, through the portal-access grant.
  const customer = site.store.issues().some((i) => i.key.startsWith(`${projectKey}-`) && isCustomerOf(p, i));
  return customer && (permission === 'BROWSE_PROJECTS' || permission === 'ADD_COMMENTS');
}

export const permissionRoutes: Route[] = [
  {
    method: 'POST',
    path: '/rest/api/3/permissions/project',
    body: BODY.permittedProjects,
    response: { cloud: 'PermittedProjectsSchema' },
    handle(ctx) {
      const wanted = (ctx.req.body as { permissions: string[] }).permissions;
      const unknown = wanted.find((k) => !PROJECT_PERMISSIONS.has(k));
      if (unknown) return error(400, [`Invalid permission key: ${unknown}`]);
      const p = ctx.principal;
      // Extra projects are agent-only (no portal): customers hold nothing there.
      const projects = siteProjects(ctx.site).filter((project) =>
        isServiceProject(project.key) ? wanted.every((w) => holds(ctx.site, p, w, project.key)) : isStaff(p),
      );
      return ok({ projects: projects.map((project) => ({ id: Number(project.id), key: project.key })) });
    },
  },
];
