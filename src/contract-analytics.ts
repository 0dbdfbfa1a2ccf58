/**
 * The analytics part of the resolver contract (gadget and CSV export): payloads and results of `getStats`,
 * `getGadgetOptions`, `rebuildStats` and `exportEscalations`. Re-exported by src/contract.ts, which maps them to
 * their functions; import them from there.
 */
import type { StatsFigures } from './domain/stats/summarize';

/** `getStats`: dates are local days (`YYYY-MM-DD`, inclusive) in the calendar's time zone. */
export interface StatsPayload {
  from: string;
  to: string;
  /** Default: every project the viewer can browse (among the app's active projects). */
  projectKeys?: string[];
  policyId?: string | null;
  locale?: string;
}

export interface StatsDurations {
  /** Calendar (wall-clock) minutes; null without data. */
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** Timer minutes (business hours of the calendar, or wall minutes in 24x7 mode). */
  timerMedianMinutes: number | null;
  timerP90Minutes: number | null;
}

export interface StatsRanked {
  id: string;
  label: string;
  count: number;
}

export interface StatsResult {
  from: string;
  to: string;
  /** The Mondays of the weeks counted: figures are kept per week, so the period is read as whole weeks. */
  weeks: string[];
  /** The projects counted: those asked for (or all) that the viewer can browse. */
  projectKeys: string[];
  policyId: string | null;
  totals: StatsFigures['totals'];
  byReason: { reasonId: string; label: string; count: number }[];
  byWeek: StatsFigures['byWeek'];
  timeToAcknowledge: StatsDurations;
  timeToClose: StatsDurations;
  acknowledgedInTime: { within: number; withDeadline: number; share: number | null };
  /** Escalated requests ÷ requests created in the same weeks and projects (approximate count). */
  rate: { escalatedRequests: number; createdRequests: number | null; rate: number | null };
  topRequestTypes: StatsRanked[];
  topOrganizations: StatsRanked[];
  followUpsPerEscalatedRequest: number | null;
}

/** `getGadgetOptions({ locale? })`: what the gadget's edit mode offers. */
export interface GadgetOptions {
  projects: string[];
  policies: { id: string; label: string }[];
  /** Jira admins may rebuild the analytics from the records (`rebuildStats`). */
  canRebuild: boolean;
}

/**
 * `rebuildStats({ restart?, resume?, locale? })` (Jira admins): one bounded run of the rebuild; call again until
 * `done`. `restart` starts over; `resume` goes on with an unfinished rebuild or starts a new one after a finished
 * one; neither goes on with an unfinished one and leaves a finished one as it is.
 */
export interface RebuildStatsResult {
  done: boolean;
  /** Requests and steps counted since the rebuild started. */
  records: number;
  steps: number;
  startedAt: string;
  updatedAt: string;
}

/** The gadget's saved configuration (`extension.gadgetConfiguration`, set by the edit mode's `view.submit`). */
export interface GadgetConfiguration {
  period: '4w' | '12w' | '12m' | 'custom';
  from?: string;
  to?: string;
  projectKeys?: string[];
  policyId?: string | null;
}

/**
 * `exportEscalations({ cursor?, locale? })`: one page of the CSV export (the header on the first page), rows of the
 * projects the viewer can browse. Call again with `cursor` until `done`; the UI joins the pages behind a UTF-8 BOM.
 */
export interface ExportPage {
  csv: string;
  rows: number;
  cursor: string | null;
  done: boolean;
}
