import type { QueuePage } from '../contract';
import { ok, type Outcome } from './outcome';
import type { Ports } from './ports-bundle';

/** The escalations queue: escalated requests (JQL on the indexed property), oldest first. */
export async function listEscalations(ports: Ports, startAt: number, pageSize: number): Promise<Outcome<QueuePage>> {
  const { items, total } = await ports.jira.searchEscalations(startAt, pageSize);
  const now = ports.clock.now().getTime();
  return ok({
    items: items
      .map((i) => ({ ...i, ageMinutes: Math.max(0, Math.floor((now - new Date(i.escalatedAt).getTime()) / 60_000)) }))
      .sort((a, b) => new Date(a.escalatedAt).getTime() - new Date(b.escalatedAt).getTime()),
    total,
    startAt,
    pageSize,
  });
}
