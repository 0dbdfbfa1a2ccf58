/**
 * Bulk seeding of the fake site for benches and load tests: thousands of open requests of the service project,
 * stored in one transaction instead of one REST create each. They are ordinary requests (same rows as the
 * create-request route writes), numbered after the site's last request.
 */
import { REQUEST_TYPES, SERVICE_DESK, STATUS } from './seed';
import type { IssueRow } from './types';

export interface BulkRequests {
  count: number;
  /** Creation time (epoch ms, sandbox clock), for every request. */
  createdMs: number;
  /** Priority id: '1' Highest … '5' Lowest (the sandbox SLA's goal follows it, sla.ts). Default '3'. */
  priorityId?: string;
  reporter?: string;
  assignee?: string | null;
}

/** The rows of `spec.count` open requests numbered from `first`. */
export function bulkRequestRows(first: number, spec: BulkRequests): IssueRow[] {
  const reporter = spec.reporter ?? 'customer-alice';
  return Array.from({ length: spec.count }, (_, i) => {
    const num = first + i;
    return {
      id: String(10000 + num),
      key: `${SERVICE_DESK.projectKey}-${num}`,
      summary: `Demande n° ${num} : l’export des factures est vide`,
      description: 'Données de charge.',
      requestTypeId: REQUEST_TYPES[0].id,
      statusId: STATUS.open,
      reporter,
      creator: reporter,
      assignee: spec.assignee === undefined ? 'agent-dave' : spec.assignee,
      participants: [],
      watchers: [reporter],
      priorityId: spec.priorityId ?? '3',
      impactOptionId: null,
      urgencyOptionId: null,
      labels: [],
      created: spec.createdMs,
      updated: spec.createdMs,
      statusDate: spec.createdMs,
      resolutionDate: null,
    };
  });
}
