import type { PortalState } from '../contract';
import type { Caller } from '../domain/facts';
import type { Lang } from '../i18n/translate';
import { ok, type Outcome } from './outcome';
import type { Ports } from './ports-bundle';
import { toPortalState } from './portal-view';
import { readAsParty, slaFor } from './request-access';

/**
 * The customer's panel. Budget: the request read, one product call cold or warm (SLA mode adds one);
 * config and record are app storage. FORBIDDEN for a stranger and for a missing request alike.
 */
export async function readPortalState(
  ports: Ports,
  key: string,
  caller: Caller,
  lang: Lang,
): Promise<Outcome<PortalState>> {
  const read = await readAsParty(ports, key, caller.accountId);
  if (!read.ok) return read;
  const { config, request } = read.value;
  const [record, sla] = await Promise.all([ports.store.getRecord(key), slaFor(ports.jira, config, key)]);
  return ok(toPortalState({ request, record, config, now: ports.clock.now(), sla }, lang));
}
