import type { SlaMetricsResult } from '../contract';
import { ok, type Outcome } from './outcome';
import type { Ports } from './ports-bundle';

/**
 * Requests whose SLA metrics are read: the newest of up to two projects. With the admin check and the search,
 * that is at most four product calls.
 */
export const SLA_SAMPLE_REQUESTS = 2;

/**
 * The SLA metric names in use, for the admin's picker in "sla" timer mode. JSM offers no app-readable list of
 * a project's SLA metrics, so they are read off the newest requests of the active projects (any project when
 * none is listed). Names are distinct case-insensitively, as the timer matches them, and sorted.
 */
export async function listSlaMetrics(ports: Ports): Promise<Outcome<SlaMetricsResult>> {
  const { config } = await ports.store.getConfig();
  const keys = await ports.jira.recentRequestKeys(config.projects, SLA_SAMPLE_REQUESTS);
  const names = new Map<string, string>();
  for (const key of keys) {
    for (const name of await ports.jira.slaMetricNames(key)) {
      if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
    }
  }
  return ok({ names: [...names.values()].sort((a, b) => a.localeCompare(b, 'en')) });
}
