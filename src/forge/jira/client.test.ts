import { route, type RequestInit } from '@forge/api';
import { createJiraClient, type Principal, type Send, type TransportResponse } from './client';
import {
  BadRequestError,
  ForbiddenError,
  isTransient,
  JiraError,
  NotFoundError,
  RateLimitedError,
  UnavailableError,
} from './errors';
import { invocationDeadline, runtimeRemainingMs, timeLeftMs } from './remaining-time';
import { backoffMs, parseRetryAfter, toRetryAfterSeconds } from './retry';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang' | Error;

function response(r: { status: number; body?: unknown; headers?: Record<string, string> }): TransportResponse {
  const headers = Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    status: r.status,
    headers: { get: (n) => headers[n.toLowerCase()] ?? null },
    text: async () => (r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body)),
  };
}

/** A scripted transport and a fake clock: sleeping only advances `t`, nothing really waits. */
function harness(
  replies: Reply[],
  opts: { timeLimit?: number; runtime?: () => number | null; maxAttempts?: number } = {},
) {
  let t = 0;
  const sleeps: number[] = [];
  const calls: { path: string; init: RequestInit; as: Principal; at: number }[] = [];
  const send: Send = async (path, init, as) => {
    calls.push({ path: path.value, init, as, at: t });
    const r = replies.shift();
    if (r === undefined) throw new Error('unexpected call');
    if (r === 'hang') return new Promise<TransportResponse>(() => {});
    if (r instanceof Error) throw r;
    return response(r);
  };
  const client = createJiraClient({
    send,
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    runtimeRemainingMs: opts.runtime ?? (() => null),
    timeLimitMs: opts.timeLimit ?? 25_000,
    random: () => 0.5,
    retry: { maxAttempts: opts.maxAttempts ?? 4, baseDelayMs: 400, maxDelayMs: 5_000 },
    callTimeoutMs: 50,
    safetyMarginMs: 1_000,
  });
  return { client, sleeps, calls, advance: (ms: number) => (t += ms) };
}

const path = route`/rest/api/3/issue/${'SUP-1'}`;

describe('retry arithmetic', () => {
  it('reads Retry-After as seconds, including 0, or as an HTTP date', () => {
    expect(parseRetryAfter('0', 0)).toBe(0);
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter(null, 0)).toBeNull();
    expect(parseRetryAfter('soon', 0)).toBeNull();
    const now = Date.parse('2026-01-05T10:00:00Z');
    expect(parseRetryAfter('Mon, 05 Jan 2026 10:00:07 GMT', now)).toBe(7000);
  });

  it('backs off exponentially with bounded jitter', () => {
    const policy = { maxAttempts: 5, baseDelayMs: 400, maxDelayMs: 1_000 };
    expect(backoffMs(1, policy, () => 0)).toBe(200);
    expect(backoffMs(1, policy, () => 1)).toBe(400);
    expect(backoffMs(2, policy, () => 1)).toBe(800);
    expect(backoffMs(3, policy, () => 1)).toBe(1_000);
  });

  it('suggests whole seconds between 1 and 900 to the platform', () => {
    expect(toRetryAfterSeconds(0)).toBe(1);
    expect(toRetryAfterSeconds(1_200)).toBe(2);
    expect(toRetryAfterSeconds(10_000_000)).toBe(900);
  });
});

describe('createJiraClient', () => {
  it('returns the parsed body of a 2xx and sends JSON as the chosen principal', async () => {
    const h = harness([{ status: 200, body: { key: 'SUP-1' } }]);
    const res = await h.client.request('PUT', path, { body: { a: 1 }, as: 'user' });
    expect(res).toEqual({ status: 200, body: { key: 'SUP-1' } });
    expect(h.calls[0].as).toBe('user');
    expect(h.calls[0].init.method).toBe('PUT');
    expect(h.calls[0].init.body).toBe('{"a":1}');
    expect(h.calls[0].init.headers).toMatchObject({ 'Content-Type': 'application/json', Accept: 'application/json' });
  });

  it('gives null for an empty 204', async () => {
    const h = harness([{ status: 204 }]);
    expect(await h.client.request('POST', path, { body: {} })).toEqual({ status: 204, body: null });
  });

  it('retries a 429 immediately when Retry-After is 0', async () => {
    const h = harness([
      { status: 429, headers: { 'Retry-After': '0' } },
      { status: 200, body: { ok: 1 } },
    ]);
    expect(await h.client.get(path)).toEqual({ ok: 1 });
    expect(h.calls).toHaveLength(2);
    expect(h.sleeps).toEqual([0]);
  });

  it('waits exactly the Retry-After of a 429', async () => {
    const h = harness([
      { status: 429, headers: { 'Retry-After': '2' } },
      { status: 200, body: {} },
    ]);
    await h.client.get(path);
    expect(h.sleeps).toEqual([2000]);
    expect(h.calls[1].at).toBe(2000);
  });

  it.each([500, 502, 503, 504])('retries %i with exponential backoff', async (status) => {
    const h = harness([{ status }, { status }, { status: 200, body: 'ok' }]);
    expect(await h.client.get(path)).toBe('ok');
    // random() = 0.5 → 3/4 of the ceiling: 400 → 300, 800 → 600.
    expect(h.sleeps).toEqual([300, 600]);
  });

  it('stops after maxAttempts with UnavailableError carrying a retry delay', async () => {
    const h = harness([{ status: 503 }, { status: 503 }, { status: 503 }], { maxAttempts: 3 });
    const err = await h.client.get(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnavailableError);
    expect(err).toMatchObject({ status: 503, retryAfterSeconds: 2 }); // next backoff 1.2 s, rounded up;
    expect(h.calls).toHaveLength(3);
    expect(isTransient(err)).toBe(true);
  });

  it('stops after maxAttempts of 429 with RateLimitedError', async () => {
    const h = harness(Array.from({ length: 4 }, () => ({ status: 429, headers: { 'Retry-After': '1' } })));
    const err = await h.client.get(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err).toMatchObject({ status: 429, retryAfterSeconds: 1 });
    expect(h.calls).toHaveLength(4);
  });

  it('never waits past the deadline: a long Retry-After is handed to the caller', async () => {
    const h = harness([{ status: 429, headers: { 'Retry-After': '30' } }]);
    const err = await h.client.get(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterSeconds).toBe(30);
    expect(h.sleeps).toEqual([]);
  });

  it('uses the runtime remaining time when it is shorter than the fallback deadline', async () => {
    const h = harness([{ status: 429, headers: { 'Retry-After': '3' } }], { runtime: () => 4_000 });
    await expect(h.client.get(path)).rejects.toBeInstanceOf(RateLimitedError);
    expect(h.sleeps).toEqual([]);
  });

  it('takes an epoch-ms deadline from the caller (invocationDeadline)', async () => {
    const client = createJiraClient({
      send: async () => {
        throw new Error('must not be called');
      },
      runtimeRemainingMs: () => null,
      deadline: invocationDeadline(Date.now() - 24_000, 'resolver'),
    });
    await expect(client.get(path)).rejects.toBeInstanceOf(UnavailableError);
    // A product event trigger has the general 25 s, not the 55 s of scheduled triggers (limits-invocation).
    expect(invocationDeadline(1_000, 'productTrigger')).toBe(26_000);
    expect(invocationDeadline(1_000, 'scheduledTrigger')).toBe(56_000);
    expect(timeLeftMs('resolver', 1_000, 6_000)).toBe(20_000);
  });

  it('does not start a call when the invocation is nearly over', async () => {
    const h = harness([], { timeLimit: 1_200 });
    await expect(h.client.get(path)).rejects.toBeInstanceOf(UnavailableError);
    expect(h.calls).toHaveLength(0);
  });

  it('retries a timed-out GET, bounded by the call timeout', async () => {
    const h = harness(['hang', { status: 200, body: 'late' }]);
    expect(await h.client.get(path)).toBe('late');
    expect(h.calls).toHaveLength(2);
    expect(h.calls[0].init.signal?.aborted).toBe(true);
  });

  it('does not resend a timed-out POST (it may have been applied)', async () => {
    const h = harness(['hang']);
    const err = await h.client.request('POST', path, { body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnavailableError);
    expect((err as UnavailableError).status).toBeNull();
    // Its outcome is unknown: the app never repeats it blindly (an email, a comment).
    expect((err as UnavailableError).outcomeUnknown).toBe(true);
    expect(h.calls).toHaveLength(1);
  });

  it('says a POST that got an answer (503 ×4) or was never sent (no time left) was not carried out', async () => {
    const busy = harness([{ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }]);
    const err = await busy.client.request('POST', path, { body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnavailableError);
    expect((err as UnavailableError).outcomeUnknown).toBe(false);
    const late = harness([], { timeLimit: 1_200 });
    const none = await late.client.request('POST', path, { body: {} }).catch((e: unknown) => e);
    expect((none as UnavailableError).outcomeUnknown).toBe(false);
  });

  it('types refusals without retrying them', async () => {
    const cases: [number, unknown, new (...a: never[]) => JiraError][] = [
      [404, { errorMessages: ['Issue does not exist'] }, NotFoundError],
      [401, {}, ForbiddenError],
      [403, {}, ForbiddenError],
      [400, { errorMessages: ['Bad'], errors: { labels: 'nope' } }, BadRequestError],
    ];
    for (const [status, body, type] of cases) {
      const h = harness([{ status, body }]);
      const err = await h.client.get(path).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(type);
      expect(err).toBeInstanceOf(JiraError);
      expect((err as JiraError).status).toBe(status);
      expect(h.calls).toHaveLength(1);
      expect(isTransient(err)).toBe(false);
    }
  });

  it("keeps Jira's messages on a 400", async () => {
    const h = harness([{ status: 400, body: { errorMessages: ['No recipients'], errors: { to: 'empty' } } }]);
    const err = (await h.client.get(path).catch((e: unknown) => e)) as BadRequestError;
    expect(err.errorMessages).toEqual(['No recipients']);
    expect(err.errors).toEqual({ to: 'empty' });
    expect(err.message).toContain('No recipients');
  });

  it('rethrows errors that are not transport failures', async () => {
    const boom = new Error('programming error');
    const h = harness([boom]);
    await expect(h.client.get(path)).rejects.toBe(boom);
    expect(h.calls).toHaveLength(1);
  });
});

describe('runtimeRemainingMs', () => {
  const g = globalThis as { __forge_runtime__?: unknown };
  afterEach(() => delete g.__forge_runtime__);

  it("reads the Forge runtime's lambda context, keeping `this` bound", () => {
    g.__forge_runtime__ = {
      lambdaContext: {
        left: 1234,
        getRemainingTimeInMillis() {
          return this.left;
        },
      },
    };
    expect(runtimeRemainingMs()).toBe(1234);
  });

  it('gives null outside a runtime', () => {
    expect(runtimeRemainingMs()).toBeNull();
  });
});
