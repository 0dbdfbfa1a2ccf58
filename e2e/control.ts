/** The sandbox's `/sandbox/*` control API, as the tests use it. */
import { DateTime } from 'luxon';
import type { OutboxEmail } from '../sandbox/jira/types';

/** An email in the sandbox's outbox (the fake Jira's record of a notify call). */
export type OutboxMail = OutboxEmail;

export interface SandboxEvent {
  id: string;
  type: string;
  status: string;
  attempts: number;
  issueKey?: string;
  commentId?: string;
  replayOf?: string;
}

export class Control {
  constructor(readonly url: string) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  reset(): Promise<unknown> {
    return this.call('POST', '/sandbox/reset');
  }

  async now(): Promise<Date> {
    return new Date((await this.call<{ now: string }>('GET', '/sandbox/clock')).now);
  }

  setClock(now: Date): Promise<unknown> {
    return this.call('POST', '/sandbox/clock', { now: now.toISOString() });
  }

  /**
   * Moves the clock to the next Monday 09:00 in Paris (the default calendar's zone), so that business-hour
   * delays counted from a reset do not depend on when the tests run. The clock only moves forward.
   */
  async toNextMondayMorning(): Promise<void> {
    const now = DateTime.fromJSDate(await this.now()).setZone('Europe/Paris');
    let target = now.set({ weekday: 1, hour: 9, minute: 0, second: 0, millisecond: 0 });
    while (target <= now) target = target.plus({ weeks: 1 });
    await this.setClock(target.toJSDate());
  }

  outbox(): Promise<OutboxMail[]> {
    return this.call('GET', '/sandbox/outbox');
  }

  /** Resolves once no event is queued, running or retrying. */
  waitForEvents(): Promise<SandboxEvent[]> {
    return this.call('POST', '/sandbox/events/wait', { timeoutMs: 15_000 });
  }

  replay(count: number): Promise<{ replayed: unknown[] }> {
    return this.call('POST', '/sandbox/events/replay', { count });
  }

  async extension(moduleKey: string, issueKey?: string): Promise<Record<string, unknown>> {
    const q = new URLSearchParams({ moduleKey, ...(issueKey ? { issueKey } : {}) });
    return this.call('GET', `/sandbox/extension?${q.toString()}`);
  }

  /** A resolver call as a persona, the same path as the bridge; answers what the resolver returned. */
  async invoke<T>(
    moduleKey: string,
    functionKey: string,
    accountId: string,
    opts: { issueKey?: string; payload?: unknown } = {},
  ): Promise<T> {
    const extension = await this.extension(moduleKey, opts.issueKey);
    const { body } = await this.call<{ body: T }>('POST', '/sandbox/invoke', {
      moduleKey,
      functionKey,
      accountId,
      extension,
      payload: opts.payload,
    });
    return body;
  }
}
