/** Matches a request to a route, authenticates, checks the body, runs the handler and checks the response shape. */
import { z, type ZodType } from 'zod';
import { error, unauthorized } from '../http';
import { jiraJsSchemas } from '../jira-js-schemas';
import { principalOf } from '../permissions';
import { checkBody, jiraJsSchema } from '../schemas';
import type { RestRequest, RestResponse } from '../types';
import { bulkFetchRoutes } from './bulkfetch';
import { commentPropertyRoutes } from './comment-properties';
import { commentRoutes } from './comments';
import type { Route, Site } from './context';
import { issueRoutes } from './issue';
import { notifyRoutes } from './notify';
import { permissionRoutes } from './permissions';
import { platformRoutes } from './platform';
import { projectRoutes } from './project';
import { serviceDeskRoutes } from './servicedesk';

export const ROUTES: Route[] = [
  ...platformRoutes,
  ...issueRoutes,
  ...commentRoutes,
  ...commentPropertyRoutes,
  ...notifyRoutes,
  ...permissionRoutes,
  ...bulkFetchRoutes,
  ...serviceDeskRoutes,
  ...projectRoutes,
];

const compiled = ROUTES.map((route) => {
  const names: string[] = [];
  const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, names, re: new RegExp(`^${source}/?$`) };
});

function responseSchema(ref: NonNullable<Route['response']>): ZodType {
  if (typeof ref === 'string') {
    const name = ref.slice('array:'.length) as 'FieldDetailsSchema' | 'PrioritySchema' | 'DashboardUserSchema';
    return z.array(jiraJsSchemas().cloud[name]);
  }
  return jiraJsSchema(ref);
}

export function route(site: Site, req: RestRequest): RestResponse {
  const method = req.method.toUpperCase();
  let pathMatched = false;
  for (const { route: r, names, re } of compiled) {
    const m = re.exec(req.path);
    if (!m) continue;
    pathMatched = true;
    if (r.method !== method) continue;
    const principal = principalOf(req.actor, site.findUser);
    if (!principal) return unauthorized();
    const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
    if (r.body) {
      const bad = checkBody(r.body, req.body);
      if (bad) return { status: 400, body: bad };
    }
    const res = r.handle({ req, principal, params, site });
    if (r.response && res.status >= 200 && res.status < 300) {
      const parsed = responseSchema(r.response).safeParse(res.body);
      if (!parsed.success) {
        // A bug of the fake, not of the caller: fail loudly so that tests catch the drift.
        return error(500, [
          `sandbox: ${method} ${r.path} answered a body that does not match jira.js: ${parsed.error.message}`,
        ]);
      }
    }
    return res;
  }
  if (pathMatched)
    return { status: 405, body: { errorMessages: [`Method ${method} is not allowed on ${req.path}.`], errors: {} } };
  return error(404, [`No route for ${method} ${req.path} in the sandbox's fake Jira.`]);
}
