/**
 * The escalations export (CSV, RFC 4180): one row per escalation. Fields with a comma, a quote or a line break
 * are quoted, quotes doubled; lines end with CRLF. A field starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is prefixed with `'` so that a spreadsheet never runs it as a formula (CSV injection).
 */
import type { EscalationEntry, RequestRecord } from '../record';
import { DEFAULT_POLICY_ID, projectOfKey } from './steps';

export const CSV_COLUMNS = [
  'key',
  'summary',
  'project',
  'requestType',
  'organizations',
  'level',
  'reason',
  'escalatedAt',
  'acknowledgedAt',
  'closedAt',
  'closeReason',
  'policy',
] as const;

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** ISO 8601 in UTC (`2026-12-01T09:00:00.000Z`), or empty. */
const iso = (at: string | undefined) => (at ? new Date(at).toISOString() : '');

export interface ExportLabels {
  summary: string;
  reason: (reasonId: string) => string;
  policy: (policyId: string) => string;
  /** The label of a close reason (default: its id). */
  closeReason?: (closeReasonId: string) => string;
}

/** The export's rows for one request: one per escalation level, in level order. */
export function exportRows(record: RequestRecord, labels: ExportLabels): string[][] {
  const row = (e: EscalationEntry): string[] => [
    record.issueKey,
    labels.summary,
    projectOfKey(record.issueKey),
    e.facets?.requestType?.name ?? e.facets?.requestType?.id ?? '',
    e.facets?.organizations.map((o) => o.name ?? o.id).join('; ') ?? '',
    String(e.level),
    labels.reason(e.reasonId),
    iso(e.at),
    iso(e.acknowledgedAt),
    iso(e.closedAt),
    e.closeReasonId ? (labels.closeReason ?? ((id: string) => id))(e.closeReasonId) : '',
    labels.policy(e.facets?.policyId ?? DEFAULT_POLICY_ID),
  ];
  return [...record.escalations].sort((a, b) => a.level - b.level).map(row);
}
