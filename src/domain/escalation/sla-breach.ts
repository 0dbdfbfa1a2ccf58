import type { Config } from '../config/schema';
import type { RequestFacts } from '../facts';
import type { RequestRecord } from '../record';
import { isActiveProject } from './portal-state';

/**
 * Automatic escalation on SLA breach (docs/rules.md §7c): the SLA the app watches, or null when the option is off
 * or names no SLA (the schema refuses that combination; a hand-edited store must not make the sweep search).
 */
export function slaBreachWatched(config: Config): string | null {
  const auto = config.escalation.autoOnSlaBreach;
  return auto.enabled && auto.slaName ? auto.slaName : null;
}

/** A JQL string literal: double quotes, with `"` and `\` escaped. */
const jqlString = (s: string) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/**
 * The candidates, found by the search index and never by reading every request: the named SLA breached (its last
 * cycle, JSM's `breached()`), never escalated (no `escalade` property, or one written by follow-ups only, state
 * "none"), not resolved, in the app's projects; the oldest first, so a long backlog is worked through in order.
 */
export function slaBreachJql(slaName: string, projects: string[]): string {
  const clauses = [
    `${jqlString(slaName)} = breached()`,
    'statusCategory != Done',
    '(issue.property[escalade].state IS EMPTY OR issue.property[escalade].state = "none")',
  ];
  if (projects.length > 0) clauses.unshift(`project in (${projects.map(jqlString).join(', ')})`);
  return `${clauses.join(' AND ')} ORDER BY created ASC`;
}

export type SlaBreachDecision = 'escalate' | 'off' | 'inactiveProject' | 'resolved' | 'alreadyEscalated';

/**
 * Re-checked on the request read afresh, whatever the search said (its index lags): the app escalates level 1 only
 * when the option is on, the project is active, the request is not resolved and has never been escalated.
 */
export function decideSlaBreach(config: Config, request: RequestFacts, record: RequestRecord): SlaBreachDecision {
  if (slaBreachWatched(config) === null) return 'off';
  if (!isActiveProject(request, config)) return 'inactiveProject';
  if (request.statusCategory === 'done') return 'resolved';
  if (record.escalations.length > 0) return 'alreadyEscalated';
  return 'escalate';
}
