/**
 * The site's ids that saveConfig compares a configuration's policies with (issue 12): a project, request type or
 * organization id the site does not list is a warning, never an error (it may belong to a project the admin cannot
 * see). Read as the admin, once the configuration is valid and saved, through the pickers' calls, only for the
 * lists some policy uses, within a budget of product calls; a list that could not be read whole (budget spent, JSM
 * busy or refusing) is left undefined, and nothing is said about its ids.
 */
import type { Config, KnownIds, Policy } from '../domain';
import { isRefusal, isTransient } from '../ports';
import { CATALOG_PAGE } from './site-catalog';
import type { Ports } from './ports-bundle';

/** The most product calls one save spends reading the site's lists. */
export const KNOWN_IDS_CALLS = 6;

const uses = (config: Config, list: keyof Policy['match']) => config.policies.some((p) => p.match[list].length > 0);

/** Which lists the configuration's policies use. */
export function listsUsed(config: Config): { projects: boolean; requestTypes: boolean; organizations: boolean } {
  return {
    projects: uses(config, 'projects'),
    requestTypes: uses(config, 'requestTypeIds'),
    organizations: uses(config, 'organizationIds'),
  };
}

type Page = { values: { id: string }[]; nextStart: number | null };

/** Every page of one list, or null when the budget runs out first. */
async function readAll(budget: { calls: number }, read: (start: number) => Promise<Page>): Promise<string[] | null> {
  const ids: string[] = [];
  let start: number | null = 0;
  while (start !== null) {
    if (budget.calls <= 0) return null;
    budget.calls--;
    const page: Page = await read(start);
    ids.push(...page.values.map((v) => v.id));
    start = page.nextStart;
  }
  return ids;
}

/** A failed read (busy, refused) is a list not read: the save goes on without its warnings. */
async function orNull<T>(run: () => Promise<T | null>): Promise<T | null> {
  try {
    return await run();
  } catch (e) {
    if (isTransient(e) || isRefusal(e)) return null;
    throw e;
  }
}

async function requestTypeIds(ports: Ports, budget: { calls: number }, desks: string[]): Promise<string[] | null> {
  const ids: string[] = [];
  for (const desk of desks) {
    const some = await readAll(budget, (s) => ports.jira.requestTypes(desk, s, CATALOG_PAGE));
    if (!some) return null;
    ids.push(...some);
  }
  return ids;
}

export async function knownIds(ports: Ports, config: Config, maxCalls = KNOWN_IDS_CALLS): Promise<KnownIds> {
  const used = listsUsed(config);
  const budget = { calls: maxCalls };
  const known: KnownIds = {};
  if (used.organizations) {
    const orgs = await orNull(() => readAll(budget, (s) => ports.jira.organizations(s, CATALOG_PAGE)));
    if (orgs) known.organizationIds = orgs;
  }
  if (!used.projects && !used.requestTypes) return known;
  const projects = await orNull(async () => {
    const desks: { key: string; desk: string }[] = [];
    const keys = await readAll(budget, async (s) => {
      const page = await ports.jira.serviceProjects(s, CATALOG_PAGE);
      for (const p of page.values) desks.push({ key: p.id, desk: p.serviceDeskId ?? p.id });
      return page;
    });
    return keys ? desks : null;
  });
  if (!projects) return known;
  if (used.projects) known.projects = projects.map((p) => p.key);
  if (used.requestTypes) {
    const types = await orNull(() =>
      requestTypeIds(
        ports,
        budget,
        projects.map((p) => p.desk),
      ),
    );
    if (types) known.requestTypeIds = types;
  }
  return known;
}
