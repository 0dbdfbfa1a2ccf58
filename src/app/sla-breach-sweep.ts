import { decideSlaBreach, settingsForRequest, slaBreachWatched, type Config } from '../domain';
import { isRefusal, isTransient } from '../ports';
import { autoEscalate } from './auto-escalate';
import type { Ports } from './ports-bundle';

/** At most this many candidates per run (one search page): the cost of a run follows the breaches, not the site. */
export const SLA_BREACH_BATCH = 50;

export interface SlaBreachReport {
  /** Requests the search returned. */
  found: number;
  /** Escalated at level 1 by this run. */
  escalated: number;
  /** Left alone after a fresh read: already escalated, resolved, outside the app's projects, gone, or raced. */
  skipped: number;
  /** Jira was busy: the run stopped, the rest waits for the next run. */
  stoppedByJira: boolean;
  /** Jira refused the search (e.g. no SLA by that name on the site): nothing to do until the admin fixes it. */
  refusedByJira: boolean;
}

/**
 * Automatic escalation on SLA breach (docs/rules.md §7c), run by the scheduled trigger: when
 * `escalation.autoOnSlaBreach` is on, one JQL search finds the requests whose SLA breached and that were never
 * escalated, and the app escalates each at level 1 with the reason "SLA breached", by the same path as the
 * acknowledgement timeout's raise (`autoEscalate`: the level claim makes it exactly once). Off: no call at all
 * beyond the configuration read.
 */
export async function escalateSlaBreaches(ports: Ports, batch = SLA_BREACH_BATCH): Promise<SlaBreachReport> {
  const report: SlaBreachReport = { found: 0, escalated: 0, skipped: 0, stoppedByJira: false, refusedByJira: false };
  const { config } = await ports.store.getConfig();
  const slaName = slaBreachWatched(config);
  if (slaName === null) return report;
  try {
    const keys = await ports.jira.slaBreachedKeys(slaName, config.projects, batch);
    report.found = keys.length;
    for (const key of keys) report[(await escalateOne(ports, config, key)) ? 'escalated' : 'skipped']++;
  } catch (e) {
    if (isTransient(e)) report.stoppedByJira = true;
    else if (isRefusal(e)) report.refusedByJira = true;
    else throw e;
  }
  return report;
}

/**
 * One request the search found: escalated (true), or left alone (false). Jira refusing this one request (a 403 or
 * 404 as the app) skips it, so that one request the app may not read never blocks the others at every run; Jira
 * busy stops the run (thrown).
 */
async function escalateOne(ports: Ports, config: Config, key: string): Promise<boolean> {
  try {
    const record = await ports.store.getRecord(key);
    // The record first: a request the app already escalated costs no product call (its property may lag).
    if (record.escalations.length > 0) return false;
    const request = await ports.jira.getRequest(key, config);
    if (request === null) return false;
    // The escalation follows the support policy that applies to the request (its levels, recipients, deadline).
    const settings = settingsForRequest(config, request).config;
    return (
      decideSlaBreach(settings, request, record) === 'escalate' &&
      (await autoEscalate(ports, request, settings, 'slaBreach', 1)) !== null
    );
  } catch (e) {
    if (isRefusal(e)) return false;
    throw e;
  }
}
