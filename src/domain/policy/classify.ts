import type { ImpactLevel, UrgencyLevel } from '../config/levels';
import type { Config } from '../config/schema';
import type { RequestFacts } from '../facts';
import { normalizeLabel } from './normalize';
import { resolveImpact, resolveUrgency } from './resolve-level';

/**
 * Critical (phone only, no escalation link), with the rule that matched; or the escalation delay
 * in minutes of the configured timer. `usedDefault` says that impact or urgency was missing or
 * unknown, so `defaultDelayHours` applied.
 */
export type Classification =
  | { critical: true; reason: 'matrix' | 'requestType' | 'priority' }
  | {
      critical: false;
      delayMinutes: number;
      impact: ImpactLevel | null;
      urgency: UrgencyLevel | null;
      usedDefault: boolean;
    };

export type ClassifiableRequest = Pick<RequestFacts, 'impact' | 'urgency' | 'requestTypeId' | 'priority'>;

const toMinutes = (hours: number): number => Math.round(hours * 60);

/**
 * Applies the critical rule, then the delay matrix. The rules are checked in this order and the
 * first that matches is the reason: matrix cell "critical", always-critical request type,
 * always-critical priority (by id or name, case- and accent-insensitive).
 */
export function classify(request: ClassifiableRequest, config: Config): Classification {
  const impact = resolveImpact(request.impact, config);
  const urgency = resolveUrgency(request.urgency, config);
  const cell = impact && urgency ? config.matrix[impact][urgency] : null;

  if (cell === 'critical') return { critical: true, reason: 'matrix' };
  if (request.requestTypeId !== null && config.critical.requestTypeIds.includes(request.requestTypeId)) {
    return { critical: true, reason: 'requestType' };
  }
  if (request.priority) {
    const wanted = new Set(config.critical.priorities.map(normalizeLabel));
    if (wanted.has(normalizeLabel(request.priority.id)) || wanted.has(normalizeLabel(request.priority.name))) {
      return { critical: true, reason: 'priority' };
    }
  }

  if (cell === null) {
    return { critical: false, delayMinutes: toMinutes(config.defaultDelayHours), impact, urgency, usedDefault: true };
  }
  return { critical: false, delayMinutes: toMinutes(cell), impact, urgency, usedDefault: false };
}
