import { acknowledgeDueAt, type Config } from '../domain';
import type { EscalationEntry } from '../domain/record';
import type { Ports } from './ports-bundle';

/**
 * The acknowledgement deadlines to watch (docs/rules.md §7b), as KVS claims keyed by due time:
 * `ack-due:{dueAt ISO}:{issueKey}:{level}`. A KVS query returns keys in key order, so the background run reads
 * the earliest deadlines first and stops at the first one still in the future: its work grows with the
 * deadlines due, never with the number of requests.
 */
export const ACK_DUE_PREFIX = 'ack-due:';

/** The marker stays a month past its deadline (a year at most): long enough for any run to see it. */
const MARGIN_S = 30 * 24 * 60 * 60;
const MAX_TTL_S = 365 * 24 * 60 * 60;

export interface AckDue {
  marker: string;
  dueAt: Date;
  issueKey: string;
  level: number;
}

export const ackDueMarker = (dueAt: Date, issueKey: string, level: number) =>
  `${ACK_DUE_PREFIX}${dueAt.toISOString()}:${issueKey}:${level}`;

/** `ack-due:2025-12-01T13:00:00.000Z:SUP-3:1` → its parts; null for anything else. */
export function parseAckDue(marker: string): AckDue | null {
  const m = /^ack-due:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z):(.+):(\d+)$/.exec(marker);
  if (!m) return null;
  return { marker, dueAt: new Date(m[1]), issueKey: m[2], level: Number(m[3]) };
}

/** Puts a new escalation level on the deadline list (nothing when `escalation.acknowledgeWithinHours` is off). */
export async function scheduleAckReminder(
  ports: Pick<Ports, 'store' | 'clock'>,
  config: Config,
  issueKey: string,
  entry: EscalationEntry,
): Promise<void> {
  const dueAt = acknowledgeDueAt(entry, config);
  if (!dueAt) return;
  const untilDue = Math.max(0, Math.ceil((dueAt.getTime() - ports.clock.now().getTime()) / 1000));
  await ports.store.claim(ackDueMarker(dueAt, issueKey, entry.level), Math.min(MAX_TTL_S, untilDue + MARGIN_S));
}
