/** The FakeJira interface types (sandbox/README.md describes what they stand for). */
export type Actor = { kind: 'app' } | { kind: 'user'; accountId: string } | { kind: 'anonymous' };

export interface RestRequest {
  method: string;
  /** Without the query string. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  actor: Actor;
}

export interface RestResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A comment was created or edited: the host delivers `avi:jira:commented:issue` with `payload`, unless `causedByApp` and the trigger has ignoreSelf. */
export interface CommentEvent {
  payload: Record<string, unknown>;
  causedByApp: boolean;
  issueKey: string;
  commentId: string;
}

export type AccountType = 'customer' | 'unlicensed' | 'licensed' | 'app';

export interface SandboxUser {
  accountId: string;
  displayName: string;
  accountType: AccountType;
  emailAddress: string;
  groups: string[];
  locale: string;
  timezone: string;
}

export interface OutboxEmail {
  issueKey: string;
  to: { accountId: string; emailAddress: string }[];
  subject: string;
  textBody: string;
  htmlBody: string;
  at: string;
}

export interface RequestSummary {
  key: string;
  summary: string;
  status: string;
  statusCategory: string;
  reporter: string;
  requestType: string;
}

/** An issue as the fake stores it (one JSON row per issue). Times are epoch ms. */
export interface IssueRow {
  id: string;
  key: string;
  summary: string;
  /** Plain text; served as an ADF document on the platform API and as text on the JSM API. */
  description: string;
  requestTypeId: string;
  statusId: string;
  reporter: string;
  creator: string;
  assignee: string | null;
  participants: string[];
  watchers: string[];
  priorityId: string;
  /** Custom field values by field id: option ids for the select fields. */
  impactOptionId: string | null;
  urgencyOptionId: string | null;
  labels: string[];
  created: number;
  updated: number;
  statusDate: number;
  resolutionDate: number | null;
  /** JSM organizations the request is shared with (ids); absent on data stored before they existed. */
  organizationIds?: string[];
}

export interface CommentRow {
  id: string;
  issueKey: string;
  author: string;
  updateAuthor: string;
  /** ADF document. */
  body: AdfDoc;
  public: boolean;
  created: number;
  updated: number;
  properties: Record<string, unknown>;
}

export interface AdfDoc {
  type: 'doc';
  version: number;
  content: unknown[];
}
