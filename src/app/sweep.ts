import { settingsForRequest } from '../domain';
import { isTransient } from '../ports';
import { completeAgentEffects } from './agent-effects';
import {
  completeMissingEffects,
  nothingLeft,
  PENDING_PREFIX,
  pendingMarker,
  releaseWhenDone,
} from './complete-effects';
import type { Ports } from './ports-bundle';

/** At most this many pending requests per run: one run stays far inside the 55 s of a scheduled trigger. */
export const SWEEP_BATCH = 50;

export interface SweepReport {
  /** Requests on the pending list that this run looked at. */
  examined: number;
  /** Whose missing effects this run completed. */
  completed: number;
  /** Taken off the list: nothing left to do (done, acknowledged, closed, or the request is gone). */
  cleared: number;
  /** Another invocation was completing them. */
  busy: number;
  /** Jira was busy: the run stopped, the rest waits for the next run. */
  stoppedByJira: boolean;
}

/**
 * The background completion (PRODUCT.md §2b, "nothing is left half-done"), run by the scheduled trigger
 * every 5 minutes with no customer action. It reads the list of escalations whose effects may be unfinished
 * (a KVS prefix, written when an escalation is recorded and cleared once its effects are done), so its cost
 * grows with that list, never with the site's size. Each request goes through `completeMissingEffects`,
 * the same path as the customer's retry: every effect exactly once.
 */
export async function completePendingEffects(ports: Ports, batch = SWEEP_BATCH): Promise<SweepReport> {
  const report: SweepReport = { examined: 0, completed: 0, cleared: 0, busy: 0, stoppedByJira: false };
  const keys = await ports.store.listClaims(PENDING_PREFIX, batch);
  if (keys.length === 0) return report;
  const { config } = await ports.store.getConfig();
  for (const marker of keys) {
    const issueKey = marker.slice(PENDING_PREFIX.length);
    report.examined++;
    try {
      const record = await ports.store.getRecord(issueKey);
      if (nothingLeft(record)) {
        await ports.store.release(pendingMarker(issueKey));
        report.cleared++;
        continue;
      }
      const request = await ports.jira.getRequest(issueKey, config);
      if (!request) {
        await ports.store.release(pendingMarker(issueKey));
        report.cleared++;
        continue;
      }
      // The settings of the support policy that applies to this request (docs/rules.md §12).
      const settings = settingsForRequest(config, request).config;
      const result = await completeMissingEffects(ports, request, settings, record);
      // The agents' acknowledgements and closings finish what they started the same way (issue 14).
      const after = await completeAgentEffects(ports, request, settings, result.record);
      await releaseWhenDone(ports, issueKey, after);
      if (result.kind === 'busy') report.busy++;
      else if (result.kind === 'completed' || after !== result.record) report.completed++;
      else report.cleared++;
    } catch (e) {
      if (!isTransient(e)) throw e;
      report.stoppedByJira = true;
      break;
    }
  }
  return report;
}
