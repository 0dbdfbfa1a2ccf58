import type { GadgetOptions, StatsRanked, StatsResult } from '../../contract';
import {
  addDays,
  daysBetween,
  DEFAULT_POLICY_ID,
  isIsoDate,
  summarize,
  weeksCovering,
  type Config,
  type Ranked,
} from '../../domain';
import { translate, type Lang } from '../../i18n/translate';
import { ok, refuse, type FieldProblem, type Outcome } from '../outcome';
import type { Ports } from '../ports-bundle';
import { reasonLabel } from '../reason-label';

export interface StatsQuery {
  from: string;
  to: string;
  projectKeys?: string[];
  policyId?: string | null;
}

/** The longest period the gadget reads: a year and a day, so "the last 12 months" always fits. */
export const MAX_PERIOD_DAYS = 366;

function checkPeriod(q: StatsQuery): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isIsoDate(q.from)) problems.push({ path: 'from', key: 'errors.field.date' });
  if (!isIsoDate(q.to)) problems.push({ path: 'to', key: 'errors.field.date' });
  if (problems.length > 0) return problems;
  const days = daysBetween(q.from, q.to);
  if (days < 0 || days > MAX_PERIOD_DAYS)
    problems.push({ path: 'to', key: 'stats.errors.period', params: { max: MAX_PERIOD_DAYS } });
  return problems;
}

/** The policies a viewer may filter on: the default one (the top level), then the configured support policies. */
function policiesOf(config: Config, lang: Lang): GadgetOptions['policies'] {
  return [
    { id: DEFAULT_POLICY_ID, label: translate(lang, 'gadget.policy.default') },
    ...config.policies.map((p) => ({ id: p.id, label: p.name[lang] })),
  ];
}

/** The projects the gadget counts by default: those the viewer may browse, among the app's active ones. */
function activeProjects(config: Config, browsable: string[]): string[] {
  return config.projects.length > 0 ? browsable.filter((p) => config.projects.includes(p)) : browsable;
}

/** The gadget's edit mode: the viewer's projects, the policies, and whether they may rebuild. Two product calls. */
export async function getGadgetOptions(ports: Ports, lang: Lang): Promise<Outcome<GadgetOptions>> {
  const { config } = await ports.store.getConfig();
  const [browsable, canRebuild] = await Promise.all([ports.jira.browsableProjects(), ports.jira.isAdmin()]);
  const projects = activeProjects(config, browsable);
  if (projects.length === 0) return refuse('FORBIDDEN');
  return ok({ projects: [...projects].sort(), policies: policiesOf(config, lang), canRebuild });
}

const labelled = (items: Ranked[]): StatsRanked[] =>
  items.map((r) => ({ id: r.id, label: r.name ?? `#${r.id}`, count: r.count }));

/**
 * The analytics of a period (PRODUCT.md §8), from the project × week buckets: one bulk permission call as the
 * viewer, the buckets of the weeks × projects, and one approximate count of the requests created. The viewer
 * sees only projects they can browse; asking only for projects they cannot is FORBIDDEN.
 */
export async function getStats(ports: Ports, query: StatsQuery, lang: Lang): Promise<Outcome<StatsResult>> {
  const problems = checkPeriod(query);
  if (problems.length > 0) return refuse('INVALID_INPUT', problems);
  const { config } = await ports.store.getConfig();
  const policyId = query.policyId ?? null;
  if (policyId !== null && !policiesOf(config, lang).some((p) => p.id === policyId))
    return refuse('INVALID_INPUT', [{ path: 'policyId', key: 'errors.field.invalid' }]);

  const browsable = await ports.jira.browsableProjects();
  const projects = query.projectKeys
    ? [...new Set(query.projectKeys)].filter((p) => browsable.includes(p))
    : activeProjects(config, browsable);
  if (projects.length === 0) return refuse('FORBIDDEN');

  const weeks = weeksCovering(query.from, query.to);
  const refs = projects.flatMap((projectKey) => weeks.map((weekStart) => ({ projectKey, weekStart })));
  const [buckets, created] = await Promise.all([
    ports.stats.readBuckets(refs),
    ports.jira.countCreated(projects, weeks[0], addDays(weeks[weeks.length - 1], 7)),
  ]);
  const f = summarize(buckets, weeks, policyId ?? undefined);
  return ok({
    from: query.from,
    to: query.to,
    weeks,
    projectKeys: projects,
    policyId,
    totals: f.totals,
    byReason: f.byReason.map((r) => ({ ...r, label: reasonLabel(config, r.reasonId, lang) })),
    byWeek: f.byWeek,
    timeToAcknowledge: f.timeToAcknowledge,
    timeToClose: f.timeToClose,
    acknowledgedInTime: f.acknowledgedInTime,
    rate: {
      escalatedRequests: f.totals.escalatedRequests,
      createdRequests: created,
      rate: created > 0 ? f.totals.escalatedRequests / created : null,
    },
    topRequestTypes: labelled(f.topRequestTypes),
    topOrganizations: labelled(f.topOrganizations),
    followUpsPerEscalatedRequest: f.followUpsPerEscalatedRequest,
  });
}
