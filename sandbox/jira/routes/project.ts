/**
 * GET /rest/api/3/project/{projectIdOrKey} (Jira platform REST, "Get project"; classic scope read:jira-work).
 * Answers the project with its `lead`, which the app emails when nobody else can be (followUp.fallbackToProjectLead).
 * Who may read it: agents, admins and the app (Browse projects); customers get the 404 that hides the project.
 */
import { error, ok } from '../http';
import { isStaff } from '../permissions';
import { userJson } from '../representations';
import { PROJECT_LEADS, SERVICE_PROJECTS, SITE_URL } from '../seed';
import type { Route } from './context';

/**
 * Each sandbox service project has a lead (`PROJECT_LEADS` in the seed): Frank, the Jira admin, for SUP (not in any
 * fallback group); Dave, an agent, for INF.
 */
const PROJECTS = SERVICE_PROJECTS;

export const projectRoutes: Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/project/{projectIdOrKey}',
    response: { cloud: 'ProjectSchema' },
    handle(ctx) {
      const id = ctx.params.projectIdOrKey;
      const project = PROJECTS.find((p) => p.key === id || p.id === id);
      if (!project || !isStaff(ctx.principal)) return error(404, ['No project could be found.']);
      const lead = ctx.site.findUser(PROJECT_LEADS[project.key] ?? '');
      return ok({
        self: `${SITE_URL}/rest/api/3/project/${project.id}`,
        id: project.id,
        key: project.key,
        name: project.name,
        projectTypeKey: project.projectTypeKey,
        simplified: false,
        style: 'classic',
        ...(lead ? { lead: userJson(lead) } : {}),
      });
    },
  },
];
