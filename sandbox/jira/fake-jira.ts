/**
 * The fake Jira Cloud + JSM site the sandbox serves: real REST paths and shapes, JSM's permission rules, comment
 * events, an email outbox. State lives in the given SQLite database; times come from the sandbox clock.
 * Its routes and the platform behaviours it follows are described in sandbox/README.md.
 */
import type { Database } from 'better-sqlite3';
import type { SandboxClock } from '../clock';
import { bulkRequestRows, type BulkRequests } from './bulk-requests';
import { commentEventPayload } from './events';
import { type Principal } from './permissions';
import { manifestPropertyIndex } from './property-index';
import { statusOf, requestTypeOf } from './representations';
import type { Site } from './routes/context';
import { addSiteProjects } from './routes/permissions';
import { route } from './routes/router';
import { seedData, USERS } from './seed';
import { JiraStore } from './store';
import type {
  CommentEvent,
  IssueRow,
  OutboxEmail,
  RequestSummary,
  RestRequest,
  RestResponse,
  SandboxUser,
} from './types';

export type { Actor, CommentEvent, RestRequest, RestResponse } from './types';

const FIRST_COMMENT_ID = 10000;

export class FakeJira {
  private readonly store: JiraStore;
  private readonly site: Site;
  /** Comment events of the request being handled, emitted once its transaction has committed. */
  private pending: CommentEvent[] = [];

  constructor(
    private readonly opts: {
      db: Database;
      clock: SandboxClock;
      onCommentEvent: (e: CommentEvent) => void;
      /** The manifest whose `jira:entityProperty` modules say what is indexed (default: the repository's). */
      manifestPath?: string;
    },
  ) {
    this.store = new JiraStore(opts.db);
    this.site = {
      store: this.store,
      clock: opts.clock,
      findUser: (id) => USERS.find((u) => u.accountId === id),
      users: () => USERS,
      mailEnabled: () => this.store.meta('mailEnabled') !== 'false',
      commentChanged: (issue, comment, by: Principal) =>
        this.pending.push({
          payload: commentEventPayload(issue, comment, by.accountId, this.site.findUser),
          causedByApp: by.kind === 'app',
          issueKey: issue.key,
          commentId: comment.id,
        }),
      propertyIndex: manifestPropertyIndex(opts.manifestPath),
    };
    // A fresh database gets the seed; an existing one keeps its demo state across restarts.
    if (this.store.meta('seededAt') === undefined) this.reset();
  }

  /** Synchronous, like a request that never waits on I/O: better-sqlite3 is synchronous too. */
  handle(req: RestRequest): RestResponse {
    this.pending = [];
    const res = this.store.transaction(() => route(this.site, req));
    // After the commit, so that a trigger that reads the comment back always finds it.
    const events = this.pending;
    this.pending = [];
    for (const e of events) this.opts.onCommentEvent(e);
    return res;
  }

  /** Wipes the site and restores the seed, dated from the clock's now. The app's KVS is the host's business. */
  reset(): void {
    this.store.transaction(() => {
      this.store.wipe();
      const now = this.opts.clock.nowMs();
      const { issues, comments } = seedData(now, FIRST_COMMENT_ID);
      issues.forEach((i) => this.store.putIssue(i));
      comments.forEach((c) => this.store.putComment(c));
      this.store.setMeta('nextCommentId', String(FIRST_COMMENT_ID + comments.length));
      this.store.setMeta('nextIssueNumber', String(issues.length + 1));
      this.store.setMeta('seededAt', String(now));
    });
  }

  users(): SandboxUser[] {
    return USERS.map((u) => ({ ...u, groups: [...u.groups] }));
  }

  outbox(): OutboxEmail[] {
    return this.store.outbox();
  }

  /** More agent-only projects on the site, beside the seeded service project (benches, tests). */
  addSiteProjects(keys: string[]): void {
    addSiteProjects(this.site, keys);
  }

  /** Requests stored as given, in one transaction: bulk data for the bench, which no REST call could create fast. */
  putIssues(rows: IssueRow[]): void {
    this.store.transaction(() => rows.forEach((r) => this.store.putIssue(r)));
  }

  /**
   * `spec.count` open requests of the service project in one transaction, numbered after the last request (a
   * request created afterwards gets the next number); returns their keys. For benches: thousands in a second.
   */
  seedRequests(spec: BulkRequests): string[] {
    return this.store.transaction(() => {
      const first = this.store.nextId('nextIssueNumber', () => this.store.issueCount() + 1);
      const rows = bulkRequestRows(first, spec);
      rows.forEach((r) => this.store.putIssue(r));
      this.store.setMeta('nextIssueNumber', String(first + rows.length));
      return rows.map((r) => r.key);
    });
  }

  setMailEnabled(enabled: boolean): void {
    this.store.setMeta('mailEnabled', String(enabled));
  }

  requests(): RequestSummary[] {
    return this.store.issues().map((i) => {
      const s = statusOf(i.statusId);
      return {
        key: i.key,
        summary: i.summary,
        status: s.name,
        statusCategory: s.category,
        reporter: i.reporter,
        requestType: requestTypeOf(i).name,
      };
    });
  }
}
