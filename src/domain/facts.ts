/**
 * Plain facts the domain decides from. Adapters build them from Jira/JSM REST responses;
 * the domain never sees a raw API shape, a clock or a user's personal data beyond account ids.
 * Times are ISO-8601 strings with an offset (as Jira returns them) or epoch milliseconds.
 */

/** A select-field value as JSM may return it: option id, option name, or both. */
export interface OptionValue {
  id?: string | null;
  value?: string | null;
}

export type StatusCategory = 'new' | 'indeterminate' | 'done';

export interface RequestFacts {
  key: string;
  issueId: string;
  projectKey: string;
  summary: string;
  createdAt: string;
  reporterId: string;
  participantIds: string[];
  assigneeId: string | null;
  statusCategory: StatusCategory;
  requestTypeId: string | null;
  /** The request type's name, from the same read (for the analytics' labels); absent when unknown. */
  requestTypeName?: string | null;
  /** The request's JSM organizations, when the adapter reads them; absent = not read. */
  organizations?: { id: string; name: string | null }[];
  priority: { id: string; name: string } | null;
  impact: OptionValue | null;
  urgency: OptionValue | null;
  /**
   * Display names of the reporter, assignee and participants, from the same read, so that emails
   * and comments can say who escalated without another call. Never used for a decision.
   */
  names?: Record<string, string>;
  /**
   * The service project's lead, read only when nobody else could be emailed (see domain/fallback.ts):
   * undefined = not read, null = the project has none (or it could not be read).
   */
  projectLeadId?: string | null;
  /** Agent view of the issue (`{site}/browse/{key}`, from the REST `self`), for email links; absent when unknown. */
  issueUrl?: string;
}

/** A comment, re-read through REST (the event payload is not trusted for visibility). */
export interface CommentFacts {
  id: string;
  authorId: string;
  /** `jsdPublic`: false for internal notes. */
  isPublic: boolean;
  /** True when the app wrote it (author is the app's account). */
  byApp: boolean;
  createdAt: string;
  updatedAt: string;
  /** Plain text of the body, for the email excerpt. */
  text: string;
  /** The author's display name, for the email only (never for a decision). */
  authorName?: string;
}

/** The ongoing cycle of the configured JSM SLA metric, or null when there is none. */
export interface SlaCycle {
  breached: boolean;
  /** Epoch ms when the SLA breaches (or breached). */
  breachTime: number | null;
  paused: boolean;
}

/** Who asks. Server-side only: taken from the invocation context, never from a payload. */
export interface Caller {
  accountId: string;
  accountType: 'licensed' | 'unlicensed' | 'customer' | 'anonymous';
}
