import { hooks, InvocationError } from '../test-fixtures/app';
import { makeHost, START } from '../test-fixtures/harness';
import { RealDate } from './date-patch';
import { InvokeRequestError } from './forge-host';

type Json = Record<string, unknown>;

describe('ForgeHost', () => {
  let h: ReturnType<typeof makeHost>;
  beforeEach(() => {
    h = makeHost();
    hooks.received.length = 0;
    hooks.onEvent = undefined;
  });
  afterEach(() => h.close());

  const invoke = (functionKey: string, payload?: unknown, accountId = 'customer-alice', moduleKey = 'portal-panel') =>
    h.host.invoke({ moduleKey, functionKey, accountId, payload, extension: { request: { key: 'SUP-1', typeId: 10 } } });

  describe('invoke', () => {
    it('calls the resolver with exactly the documented context: no locale, timezone, moduleKey or siteUrl', async () => {
      const { body } = await invoke('whoami', { a: 1, locale: 'en-US' });
      const b = body as { payload: Json; context: Json };
      // The locale reaches the function only through the payload.
      expect(b.payload).toEqual({ a: 1, locale: 'en-US' });
      // custom-ui-resolver's `Context` type: accountId?, accountType?, cloudId?, workspaceId?, localId,
      // installContext, environmentId, environmentType, extension, installation?, license? (plus @forge/resolver's jobId).
      expect(b.context).toEqual({
        accountId: 'customer-alice',
        accountType: 'customer',
        extension: { request: { key: 'SUP-1', typeId: 10 } },
        cloudId: expect.any(String),
        localId: expect.stringContaining('portal-panel'),
        installContext: expect.stringMatching(/^ari:cloud:jira::site\//),
        environmentId: expect.any(String),
        environmentType: 'DEVELOPMENT',
      });
      const bob = (await invoke('whoami', undefined, 'customer-bob')).body as { context: Json; payload: Json };
      expect(bob.context).toMatchObject({ accountId: 'customer-bob', accountType: 'customer' });
      expect(bob.context).not.toHaveProperty('locale');
      expect(bob.payload).toEqual({});
      const dave = (await invoke('whoami', undefined, 'agent-dave', 'agent-panel')).body as { context: Json };
      expect(dave.context).toMatchObject({ accountType: 'licensed', localId: expect.stringContaining('agent-panel') });
    });

    it('rejects unknown modules, functions and accounts with an InvokeRequestError, and passes resolver errors through', async () => {
      await expect(
        h.host.invoke({ moduleKey: 'nope', functionKey: 'whoami', accountId: 'customer-alice' }),
      ).rejects.toBeInstanceOf(InvokeRequestError);
      await expect(
        h.host.invoke({ moduleKey: 'portal-panel', functionKey: 'whoami', accountId: 'ghost' }),
      ).rejects.toThrow(/unknown accountId/);
      // The fixture does not export queueResolver.
      await expect(
        h.host.invoke({ moduleKey: 'escalations-queue', functionKey: 'x', accountId: 'agent-dave' }),
      ).rejects.toThrow(/does not export "queueResolver"/);
      await expect(invoke('boom')).rejects.toThrow('resolver failed on purpose');
    });

    it('gives each invocation its own remaining time (25 s for a resolver) and id', async () => {
      const a = (await invoke('remaining')).body as { remaining: number; invocationId: string; moduleKey: string };
      const b = (await invoke('remaining')).body as { invocationId: string };
      expect(a.remaining).toBeGreaterThan(24_000);
      expect(a.remaining).toBeLessThanOrEqual(25_000);
      expect(a.moduleKey).toBe('portal-panel');
      expect(a.invocationId).not.toBe(b.invocationId);
    });

    it('binds asUser() to the invocation: two concurrent invocations keep their own users', async () => {
      const [alice, bob] = await Promise.all([
        invoke('myself', { delay: 40 }, 'customer-alice'),
        invoke('myself', { delay: 5 }, 'customer-bob'),
      ]);
      expect((alice.body as { body: Json }).body).toEqual({ accountId: 'customer-alice' });
      expect((bob.body as { body: Json }).body).toEqual({ accountId: 'customer-bob' });
      const userCalls = h.host.calls().filter((c) => c.kind === 'product');
      expect(userCalls.map((c) => [c.as, c.accountId]).sort()).toEqual([
        ['user', 'customer-alice'],
        ['user', 'customer-bob'],
      ]);
      expect(new Set(userCalls.map((c) => c.invocationId)).size).toBe(2);
    });
  });

  describe('product calls', () => {
    it('sends asApp calls to Jira as the app, with method, query and body, and logs them', async () => {
      const { body } = await invoke('product', {
        as: 'app',
        method: 'PUT',
        path: '/rest/api/3/issue/SUP-1?notifyUsers=false',
        body: { fields: { labels: ['x'] } },
      });
      expect(body).toMatchObject({
        status: 200,
        body: {
          method: 'PUT',
          path: '/rest/api/3/issue/SUP-1',
          query: 'notifyUsers=false',
          actor: { kind: 'app' },
          body: { fields: { labels: ['x'] } },
        },
      });
      expect(h.host.calls()).toEqual([
        {
          method: 'PUT',
          path: '/rest/api/3/issue/SUP-1?notifyUsers=false',
          as: 'app',
          status: 200,
          at: expect.any(String),
          kind: 'product',
          invocationId: expect.any(String),
        },
      ]);
      h.host.clearCalls();
      expect(h.host.calls()).toEqual([]);
    });

    it('injects a 429 with Retry-After for the next matching calls only, then answers normally', async () => {
      h.host.faults.add({ pathPattern: '/issue/SUP-1', status: 429, count: 2, retryAfterSeconds: 0 });
      const r1 = (await invoke('product', { as: 'app', path: '/rest/api/3/issue/SUP-1' })).body as Json;
      const other = (await invoke('product', { as: 'app', path: '/rest/api/3/issue/SUP-2' })).body as Json;
      const r2 = (await invoke('product', { as: 'app', path: '/rest/api/3/issue/SUP-1' })).body as Json;
      const r3 = (await invoke('product', { as: 'app', path: '/rest/api/3/issue/SUP-1' })).body as Json;
      expect([r1.status, r1.retryAfter, other.status, r2.status, r2.retryAfter, r3.status]).toEqual([
        429,
        '0',
        200,
        429,
        '0',
        200,
      ]);
      expect(h.host.calls().map((c) => c.status)).toEqual([429, 200, 429, 200]);
    });

    it('matches /regex/ patterns and the method, injects 500s, and delays before answering', async () => {
      h.host.faults.add({ pathPattern: '/comment$/', method: 'POST', status: 500, count: 1 });
      h.host.faults.add({ pathPattern: 'myself', status: 200, count: 1, delayMs: 120 });
      const get = (await invoke('product', { as: 'app', path: '/rest/api/3/issue/SUP-1/comment' })).body as Json;
      const post = (
        await invoke('product', {
          as: 'app',
          method: 'POST',
          path: '/rest/api/3/issue/SUP-1/comment',
          body: { body: 'x' },
        })
      ).body as Json;
      expect([get.status, post.status]).toEqual([200, 500]);
      const started = RealDate.now();
      const slow = (await invoke('product', { as: 'app', path: '/rest/api/3/myself' })).body as Json;
      expect(slow.status).toBe(200);
      expect(RealDate.now() - started).toBeGreaterThanOrEqual(100);
      h.host.faults.add({ pathPattern: 'x', status: 503, count: 5 });
      h.host.faults.clear();
      expect(h.host.faults.list()).toEqual([]);
      expect(() => h.host.faults.add({ pathPattern: '', status: 500, count: 1 })).toThrow(/pathPattern/);
      expect(() => h.host.faults.add({ pathPattern: 'x', status: 500, count: 0 })).toThrow(/count/);
    });
  });

  describe('the clock', () => {
    it("makes the app's Date follow the sandbox clock, while dates with arguments stay real", async () => {
      const first = (await invoke('whoami')).body as { dateNow: number; newDate: string };
      expect(Math.abs(first.dateNow - START.getTime())).toBeLessThan(2_000);
      expect(Math.abs(Date.parse(first.newDate) - START.getTime())).toBeLessThan(2_000);
      h.clock.advanceMinutes(7 * 24 * 60);
      const later = (await invoke('whoami')).body as { dateNow: number };
      expect(Math.abs(later.dateNow - (START.getTime() + 7 * 86_400_000))).toBeLessThan(2_000);
      expect(new Date('2020-01-01T00:00:00Z').toISOString()).toBe('2020-01-01T00:00:00.000Z');
      expect(new Date() instanceof RealDate).toBe(true);
      expect(Math.abs(RealDate.now() - Date.now())).toBeGreaterThan(1_000); // START is not real time
    });
  });

  describe('events', () => {
    const comment = (as: 'app' | 'user', issue = 'SUP-1') =>
      invoke('product', { as, method: 'POST', path: `/rest/api/3/issue/${issue}/comment`, body: { body: 'hello' } });

    it('delivers a comment event asynchronously to the trigger, with eventType and the payload', async () => {
      await comment('user');
      expect(h.host.events.list()).toEqual([
        {
          id: expect.any(String),
          type: 'avi:jira:commented:issue',
          status: 'queued',
          attempts: 0,
          issueKey: 'SUP-1',
          commentId: '100',
        },
      ]);
      await h.host.events.waitForIdle(2_000);
      expect(h.host.events.list()[0]).toMatchObject({ status: 'done', attempts: 1 });
      expect(hooks.received).toHaveLength(1);
      expect(hooks.received[0]?.event).toMatchObject({
        eventType: 'avi:jira:commented:issue',
        issue: { key: 'SUP-1' },
        comment: { id: '100' },
      });
      expect(hooks.received[0]?.context).toMatchObject({ installContext: expect.any(String) });
      // A product event trigger has the general 25 s (limits-invocation), not the 55 s of scheduled triggers.
      expect(hooks.received[0]?.remainingMs).toBeLessThanOrEqual(25_000);
      expect(hooks.received[0]?.remainingMs).toBeGreaterThan(20_000);
    });

    it('skips the events the app caused itself (ignoreSelf)', async () => {
      await comment('app');
      await h.host.events.waitForIdle(2_000);
      expect(h.host.events.list()).toMatchObject([{ status: 'skipped', attempts: 0 }]);
      expect(hooks.received).toHaveLength(0);
    });

    it('retries after an InvocationError, up to 4 times, passing retryContext', async () => {
      let calls = 0;
      hooks.onEvent = () =>
        ++calls < 3
          ? new InvocationError({ retryAfter: 30, retryReason: 'RATE_LIMITED' as never, retryData: { n: calls } })
          : undefined;
      await comment('user');
      await h.host.events.waitForIdle(5_000);
      expect(h.host.events.list()[0]).toMatchObject({ status: 'done', attempts: 3 });
      expect(hooks.received[1]?.event.retryContext).toEqual({
        retryCount: 1,
        retryReason: expect.stringContaining('RATE_LIMITED'),
        retryData: { n: 1 },
      });
      expect(new Set(hooks.received.map((r) => r.invocationId)).size).toBe(3);
    });

    it('gives up after the first attempt and 4 retries when the trigger keeps throwing', async () => {
      hooks.onEvent = () => {
        throw new Error('always broken');
      };
      await comment('user');
      await h.host.events.waitForIdle(5_000);
      expect(h.host.events.list()[0]).toMatchObject({
        status: 'failed',
        attempts: 5,
        lastError: expect.stringContaining('always broken'),
      });
    });

    it('replays the last N delivered events as new deliveries (at least once)', async () => {
      await comment('user', 'SUP-1');
      await comment('user', 'SUP-2');
      await comment('app', 'SUP-3');
      await h.host.events.waitForIdle(2_000);
      const replayed = h.host.events.replay(1);
      expect(replayed).toMatchObject([{ issueKey: 'SUP-2', status: 'queued' }]);
      await h.host.events.waitForIdle(2_000);
      const list = h.host.events.list();
      expect(list).toHaveLength(4);
      expect(list[3]).toMatchObject({ issueKey: 'SUP-2', status: 'done', attempts: 1, replayOf: list[1]?.id });
      expect(hooks.received.map((r) => (r.event.issue as Json).key)).toEqual(['SUP-1', 'SUP-2', 'SUP-2']);
      expect(() => h.host.events.replay(0)).toThrow(/count/);
    });
  });
});
