/**
 * The fake site's state in SQLite (tables prefixed `jira_`, JSON columns), so that a demo survives a restart.
 * Only plain reads and writes live here; rules live in the routes.
 */
import type { Database } from 'better-sqlite3';
import type { CommentRow, IssueRow, OutboxEmail } from './types';

export class JiraStore {
  constructor(private readonly db: Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS jira_issues (key TEXT PRIMARY KEY, id TEXT NOT NULL UNIQUE, num INTEGER NOT NULL, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS jira_comments (id INTEGER PRIMARY KEY, issue_key TEXT NOT NULL, data TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS jira_comments_issue ON jira_comments (issue_key, id);
      CREATE TABLE IF NOT EXISTS jira_properties (issue_key TEXT NOT NULL, prop_key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (issue_key, prop_key));
      CREATE TABLE IF NOT EXISTS jira_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS jira_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  wipe(): void {
    this.db.exec(
      'DELETE FROM jira_issues; DELETE FROM jira_comments; DELETE FROM jira_properties; DELETE FROM jira_outbox; DELETE FROM jira_meta;',
    );
  }

  meta(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM jira_meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO jira_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }

  /** Next value of a named counter (comment ids, issue numbers); `start` is read only for a counter never used. */
  nextId(counter: string, start: number | (() => number)): number {
    const stored = this.meta(counter);
    const next = stored !== undefined ? Number(stored) : typeof start === 'function' ? start() : start;
    this.setMeta(counter, String(next + 1));
    return next;
  }

  /** By key (case-insensitive, as Jira) or by numeric id. */
  issue(keyOrId: string): IssueRow | undefined {
    const row = this.db
      .prepare('SELECT data FROM jira_issues WHERE key = ? OR id = ?')
      .get(keyOrId.toUpperCase(), keyOrId) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as IssueRow) : undefined;
  }

  issues(): IssueRow[] {
    const rows = this.db.prepare('SELECT data FROM jira_issues ORDER BY num').all() as { data: string }[];
    return rows.map((r) => JSON.parse(r.data) as IssueRow);
  }

  issueCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM jira_issues').get() as { n: number }).n;
  }

  putIssue(issue: IssueRow): void {
    const num = Number(issue.key.split('-')[1]);
    this.db
      .prepare(
        'INSERT INTO jira_issues (key, id, num, data) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET data = excluded.data',
      )
      .run(issue.key, issue.id, num, JSON.stringify(issue));
  }

  comments(issueKey: string): CommentRow[] {
    const rows = this.db.prepare('SELECT data FROM jira_comments WHERE issue_key = ? ORDER BY id').all(issueKey) as {
      data: string;
    }[];
    return rows.map((r) => JSON.parse(r.data) as CommentRow);
  }

  comment(id: string): CommentRow | undefined {
    if (!/^\d+$/.test(id)) return undefined;
    const row = this.db.prepare('SELECT data FROM jira_comments WHERE id = ?').get(Number(id)) as
      { data: string } | undefined;
    return row ? (JSON.parse(row.data) as CommentRow) : undefined;
  }

  putComment(c: CommentRow): void {
    this.db
      .prepare(
        'INSERT INTO jira_comments (id, issue_key, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data',
      )
      .run(Number(c.id), c.issueKey, JSON.stringify(c));
  }

  property(issueKey: string, propKey: string): { value: unknown } | undefined {
    const row = this.db
      .prepare('SELECT value FROM jira_properties WHERE issue_key = ? AND prop_key = ?')
      .get(issueKey, propKey) as { value: string } | undefined;
    return row ? { value: JSON.parse(row.value) as unknown } : undefined;
  }

  propertyKeys(issueKey: string): string[] {
    const rows = this.db
      .prepare('SELECT prop_key FROM jira_properties WHERE issue_key = ? ORDER BY prop_key')
      .all(issueKey) as {
      prop_key: string;
    }[];
    return rows.map((r) => r.prop_key);
  }

  setProperty(issueKey: string, propKey: string, value: unknown): 'created' | 'updated' {
    const existed = this.property(issueKey, propKey) !== undefined;
    this.db
      .prepare(
        'INSERT INTO jira_properties (issue_key, prop_key, value) VALUES (?, ?, ?) ON CONFLICT(issue_key, prop_key) DO UPDATE SET value = excluded.value',
      )
      .run(issueKey, propKey, JSON.stringify(value));
    return existed ? 'updated' : 'created';
  }

  deleteProperty(issueKey: string, propKey: string): boolean {
    return (
      this.db.prepare('DELETE FROM jira_properties WHERE issue_key = ? AND prop_key = ?').run(issueKey, propKey)
        .changes > 0
    );
  }

  appendOutbox(email: OutboxEmail): void {
    this.db.prepare('INSERT INTO jira_outbox (data) VALUES (?)').run(JSON.stringify(email));
  }

  outbox(): OutboxEmail[] {
    const rows = this.db.prepare('SELECT data FROM jira_outbox ORDER BY seq').all() as { data: string }[];
    return rows.map((r) => JSON.parse(r.data) as OutboxEmail);
  }
}
