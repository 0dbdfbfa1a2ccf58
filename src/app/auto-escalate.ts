import { APP_ACTOR, initialEffects, type AutomaticCause, type Config, type RequestRecord } from '../domain';
import type { RequestFacts } from '../domain/facts';
import type { Ports } from './ports-bundle';
import { AUTOMATIC_REASONS } from './reason-label';
import { recordEscalation } from './record-escalation';

/**
 * The app escalates by itself (docs/rules.md §7b, §7c), with no customer action: the same recording and
 * effects as a customer's escalation, by APP_ACTOR, with the app's own reason ("not acknowledged in time",
 * "SLA breached") and no details. Null when that level was already taken (exactly once per level).
 */
export function autoEscalate(
  ports: Ports,
  request: RequestFacts,
  config: Config,
  cause: AutomaticCause,
  level: number,
): Promise<RequestRecord | null> {
  return recordEscalation(ports, request, config, {
    level,
    at: ports.clock.now().toISOString(),
    byAccountId: APP_ACTOR,
    reasonId: AUTOMATIC_REASONS[cause],
    details: '',
    effects: initialEffects(config.escalation.effects),
    automatic: cause,
  });
}
