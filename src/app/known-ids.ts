/**
 * The site's ids that saveConfig compares a configuration's policies with (issue 12): a project, request type or
 * organization id the site does not list is a warning, never an error (it may belong to a project the admin cannot
 * see). Read as the admin, through the pickers' calls, only for the lists some policy uses, within a budget of
 * product calls; a list that could not be read whole (budget spent, JSM busy or refusing) is left undefined, and
 * nothing is said about its ids.
 */
import { isRefusal, isTransient } from '../ports';
import { CATALOG_PAGE } from './site-catalog';
import type { Ports } from './ports-bundle';

export interface KnownIdLists {
  projects?: string[];
  requestTypeIds?: string[];
  organizationIds?: string[];
}

/** The most product calls one save spends reading the site's lists. */
export const KNOWN_IDS_CALLS = 6;

type Json = Record<string, unknown>;
const listsOf = (p: unknown): Json => {
  const match = typeof p === 'object' && p !== null ? (p as Json).match : undefined;
  return typeof match === 'object' && match !== null ? (match as Json) : {};
};
const uses = (policies: unknown[], list: string) =>
  policies.some((p) => {
    const ids = listsOf(p)[list];
    return Array.isArray(ids) && ids.length > 0;
  });

/** Which lists the (not yet parsed) configuration's policies use. */
export function listsUsed(config: unknown): { projects: boolean; requestTypes: boolean; organizations: boolean } {
  const raw = typeof config === 'object' && config !== null ? (config as Json).policies : undefined;
  const policies = Array.isArray(raw) ? raw : [];
  return {
    projects: uses(policies, 'projects'),
    requestTypes: uses(policies, 'requestTypeIds'),
    organizations: uses(policies, 'organizationIds'),
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

export async function knownIds(ports: Ports, config: unknown, maxCalls = KNOWN_IDS_CALLS): Promise<KnownIdLists> {
  const used = listsUsed(config);
  const budget = { calls: maxCalls };
  const known: KnownIdLists = {};
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
