/**
 * Many open escalations at once, for the queue's paging proof and bench: requests stored in one transaction
 * (no REST call could create thousands fast), each with an `escalade` property as the app writes it (PUT by an agent: the REST route is the same).
 */
import type { Sandbox } from '../../sandbox';
import { STATUS } from '../../sandbox/jira/seed-site';
import type { IssueRow } from '../../sandbox/jira/types';

/** A request in progress, Alice's, assigned to Dave, as the fake Jira stores it (for bulk seeding). */
export function inProgressRow(
  key: string,
  id: string,
  created: number,
  summary: string,
  description: string,
): IssueRow {
  return {
    id,
    key,
    summary,
    description,
    requestTypeId: '10',
    statusId: STATUS.inProgress,
    reporter: 'customer-alice',
    creator: 'customer-alice',
    assignee: 'agent-dave',
    participants: [],
    watchers: [],
    priorityId: '3',
    impactOptionId: null,
    urgencyOptionId: null,
    labels: [],
    created,
    updated: created,
    statusDate: created,
    resolutionDate: null,
  };
}

/** Keys SUP-10001… (far above the seed's), escalated one minute apart, oldest first. */
export async function seedEscalations(sb: Sandbox, count: number, first = 10_001): Promise<string[]> {
  const created = sb.clock.now().getTime() - 30 * 24 * 3_600_000;
  const keys = Array.from({ length: count }, (_, i) => `SUP-${first + i}`);
  const rows = keys.map((key, i) =>
    inProgressRow(key, String(500_000 + first + i), created, `Demande ${key}`, 'Données de test.'),
  );
  sb.jira.putIssues(rows);
  for (const [i, key] of keys.entries()) {
    const escalatedAt = new Date(created + (i + 1) * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const res = await sb.rest('agent-dave', 'PUT', `/rest/api/3/issue/${key}/properties/escalade`, {
      state: 'escalated',
      level: 1,
      escalatedAt,
      overdue: false,
    });
    if (res.status !== 200 && res.status !== 201) throw new Error(`property refused on ${key}: ${res.status}`);
  }
  return keys;
}
