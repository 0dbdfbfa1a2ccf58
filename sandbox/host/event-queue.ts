import { randomUUID } from 'node:crypto';
import type { CommentEvent, EventRecord } from './types';

export const COMMENTED_EVENT = 'avi:jira:commented:issue';
/** The platform retries an event at most 4 times after the first attempt. */
export const MAX_RETRIES = 4;
/**
 * The platform waits `retryAfter` seconds (≥ 1) before a retry; the sandbox shortens that wait to
 * at most 0.2 real seconds, so that tests and demos do not stall. The order of attempts is kept.
 */
export const MAX_RETRY_WAIT_MS = 200;

/** What a delivery attempt returned: done, or a retry request (InvocationError or a throw). */
export type AttemptOutcome =
  { kind: 'done' } | { kind: 'retry'; retryAfterSeconds: number; reason: string; retryData?: unknown };

interface Entry {
  record: EventRecord;
  payload: Record<string, unknown>;
  retryReason?: string;
  retryData?: unknown;
  /** Dropped by clear(): a pending retry timer must not deliver it. */
  cancelled?: boolean;
}

/**
 * Delivers comment events to the app's trigger, asynchronously and one at a time (at-least-once,
 * like the platform; strict ordering is not promised by the platform either).
 */
export class EventQueue {
  private entries: Entry[] = [];
  private pending: Entry[] = [];
  private working = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly deliver: (
      payload: Record<string, unknown>,
      attempt: number,
      retry?: { reason?: string; data?: unknown },
    ) => Promise<AttemptOutcome>,
    private readonly ignoreSelf: () => boolean | undefined,
  ) {}

  /** Called by the fake Jira when a comment is created or edited. */
  onCommentEvent(e: CommentEvent): void {
    const ignore = this.ignoreSelf();
    const record: EventRecord = {
      id: randomUUID(),
      type: COMMENTED_EVENT,
      status: ignore === undefined || (e.causedByApp && ignore) ? 'skipped' : 'queued',
      attempts: 0,
      issueKey: e.issueKey,
      commentId: e.commentId,
    };
    if (ignore === undefined) record.lastError = 'the app has no trigger for this event';
    const entry: Entry = { record, payload: e.payload };
    this.entries.push(entry);
    if (record.status === 'queued') this.enqueue(entry);
  }

  list(): EventRecord[] {
    return this.entries.map((e) => ({ ...e.record }));
  }

  clear(): void {
    // Queued deliveries are dropped; one that is running finishes on its own.
    for (const e of this.entries) if (e.record.status !== 'running') e.cancelled = true;
    this.entries = this.entries.filter((e) => !e.cancelled);
    this.pending = [];
    this.notifyIfIdle();
  }

  /** Delivers the last `count` delivered (not skipped) events again, as new entries. */
  replay(count: number): EventRecord[] {
    if (!Number.isInteger(count) || count < 1) throw new TypeError('count must be an integer ≥ 1');
    const delivered = this.entries.filter((e) => e.record.status !== 'skipped' && !e.record.replayOf);
    const chosen = delivered.slice(-count);
    return chosen.map((orig) => {
      const entry: Entry = {
        record: {
          ...orig.record,
          id: randomUUID(),
          status: 'queued',
          attempts: 0,
          replayOf: orig.record.id,
          lastError: undefined,
        },
        payload: orig.payload,
      };
      this.entries.push(entry);
      this.enqueue(entry);
      return { ...entry.record };
    });
  }

  isIdle(): boolean {
    return (
      !this.working &&
      this.pending.length === 0 &&
      !this.entries.some((e) => e.record.status === 'retrying' && !e.cancelled)
    );
  }

  waitForIdle(timeoutMs: number): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.idleWaiters = this.idleWaiters.filter((w) => w !== done);
        reject(
          new Error(
            `events still pending after ${timeoutMs} ms: ${JSON.stringify(this.list().filter((e) => !['done', 'failed', 'skipped'].includes(e.status)))}`,
          ),
        );
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.idleWaiters.push(done);
    });
  }

  private enqueue(entry: Entry): void {
    if (entry.cancelled) return;
    entry.record.status = entry.record.attempts === 0 ? 'queued' : 'retrying';
    this.pending.push(entry);
    if (!this.working) setImmediate(() => void this.work());
  }

  private async work(): Promise<void> {
    if (this.working) return;
    this.working = true;
    try {
      for (let entry = this.pending.shift(); entry; entry = this.pending.shift()) {
        await this.attempt(entry);
      }
    } finally {
      this.working = false;
    }
    this.notifyIfIdle();
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private async attempt(entry: Entry): Promise<void> {
    const { record } = entry;
    record.status = 'running';
    record.attempts += 1;
    const retry = record.attempts > 1 ? { reason: entry.retryReason, data: entry.retryData } : undefined;
    const outcome = await this.deliver(entry.payload, record.attempts, retry).catch((e: unknown): AttemptOutcome => ({
      kind: 'retry',
      retryAfterSeconds: 1,
      reason: `threw: ${(e as Error)?.message ?? String(e)}`,
    }));
    if (outcome.kind === 'done') {
      record.status = 'done';
      return;
    }
    record.lastError = outcome.reason;
    if (record.attempts > MAX_RETRIES) {
      record.status = 'failed';
      return;
    }
    entry.retryReason = outcome.reason;
    entry.retryData = outcome.retryData;
    record.status = 'retrying';
    const waitMs = Math.min(Math.max(outcome.retryAfterSeconds, 0) * 1000, MAX_RETRY_WAIT_MS);
    setTimeout(() => this.enqueue(entry), waitMs);
  }
}
