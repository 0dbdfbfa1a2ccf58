import { kvs, WhereConditions, ForgeKvsAPIError } from '@forge/kvs';
import { makeHost } from '../test-fixtures/harness';

/** The real @forge/kvs package, inside invocations of the fixture app, against the SQLite emulator. */
describe('KVS emulator through the real @forge/kvs', () => {
  let h: ReturnType<typeof makeHost>;
  beforeEach(() => {
    // Keys vanish at their expiry here; the lingering the sandbox emulates by default has its own test below.
    h = makeHost({ kvsLingerMs: 0 });
  });
  afterEach(() => h.close());

  it('gets, sets, overrides and deletes; a missing key reads as undefined', async () => {
    const out = await h.inInvocation(async () => {
      const before = await kvs.get('config');
      await kvs.set('config', { version: 1, name: 'a' });
      const first = await kvs.get('config');
      await kvs.set('config', { version: 2 });
      const second = await kvs.get('config');
      await kvs.delete('config');
      const after = await kvs.get('config');
      await kvs.delete('never-there'); // deleting a missing key is not an error
      return { before: before ?? 'undefined', first, second, after: after ?? 'undefined' };
    });
    expect(out).toEqual({
      before: 'undefined',
      first: { version: 1, name: 'a' },
      second: { version: 2 },
      after: 'undefined',
    });
  });

  it('returns metadata and PREVIOUS/LATEST values when asked', async () => {
    const out = await h.inInvocation(async () => {
      await kvs.set('k', 'one');
      const previous = await kvs.set('k', 'two', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });
      const latest = await kvs.set('k', 'three', {
        keyPolicy: 'OVERRIDE',
        returnValue: 'LATEST',
        returnMetadataFields: ['CREATED_AT' as never],
      });
      const meta = await kvs.get('k', { metadataFields: ['CREATED_AT' as never, 'UPDATED_AT' as never] });
      return { previous, latest, meta };
    });
    expect(out.previous).toEqual({ key: 'k', value: 'one' });
    expect(out.latest).toEqual({ key: 'k', value: 'three', createdAt: expect.any(Number) });
    expect(out.meta).toEqual({
      key: 'k',
      value: 'three',
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
    });
  });

  it('FAIL_IF_EXISTS lets exactly one of many concurrent writers win, and fails with 409 KEY_ALREADY_EXISTS', async () => {
    const out = await h.inInvocation(async () => {
      const attempts = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) => kvs.set('lock:SUP-1', { by: i }, { keyPolicy: 'FAIL_IF_EXISTS' })),
      );
      const failures = attempts
        .filter((a): a is PromiseRejectedResult => a.status === 'rejected')
        .map((a) => a.reason as ForgeKvsAPIError);
      return {
        winners: attempts.filter((a) => a.status === 'fulfilled').length,
        codes: [...new Set(failures.map((e) => e.code))],
        statuses: [...new Set(failures.map((e) => e.responseDetails.status))],
        allKvsErrors: failures.every((e) => e instanceof ForgeKvsAPIError),
        stored: await kvs.get('lock:SUP-1'),
      };
    });
    expect(out.winners).toBe(1);
    expect(out.codes).toEqual(['KEY_ALREADY_EXISTS']);
    expect(out.statuses).toEqual([409]);
    expect(out.allKvsErrors).toBe(true);
    expect(out.stored).toEqual({ by: expect.any(Number) });
  });

  it('expires a TTL key when the sandbox clock moves past it, and then FAIL_IF_EXISTS succeeds again', async () => {
    await h.inInvocation(() =>
      kvs.set('claim', 1, { ttl: { value: 10, unit: 'MINUTES' }, keyPolicy: 'FAIL_IF_EXISTS' }),
    );
    h.clock.advanceMinutes(9);
    expect(await h.inInvocation(async () => (await kvs.get('claim')) ?? null)).toBe(1);
    h.clock.advanceMinutes(2);
    expect(await h.inInvocation(async () => (await kvs.get('claim')) ?? null)).toBeNull();
    await expect(h.inInvocation(() => kvs.set('claim', 2, { keyPolicy: 'FAIL_IF_EXISTS' }))).resolves.toBeUndefined();
    expect(await h.inInvocation(() => kvs.get('claim'))).toBe(2);
    const expiry = await h.inInvocation(async () => {
      await kvs.set('day', 'x', { ttl: { value: 1, unit: 'DAYS' } });
      return kvs.get('day', { metadataFields: ['EXPIRE_TIME' as never] });
    });
    // The expiry is a sandbox-clock time (11 minutes ahead of real time here), not a real-time one.
    const expireMs = Date.parse((expiry as { expireTime: string }).expireTime);
    expect(Math.abs(expireMs - (h.clock.nowMs() + 86_400_000))).toBeLessThan(2_000);
  });

  it('by default keeps an expired key readable and existing for 48 hours, as Forge’s asynchronous deletion may', async () => {
    const lingering = makeHost();
    try {
      const read = () => lingering.inInvocation(async () => (await kvs.get('lease')) ?? null);
      const create = () =>
        lingering.inInvocation(() =>
          kvs.set('lease', 'new', { keyPolicy: 'FAIL_IF_EXISTS' }).then(
            () => 'created',
            (e: unknown) => (e instanceof ForgeKvsAPIError ? e.responseDetails?.status : 'other'),
          ),
        );
      await lingering.inInvocation(() =>
        kvs.set('lease', 'old', { ttl: { value: 30, unit: 'SECONDS' }, keyPolicy: 'FAIL_IF_EXISTS' }),
      );
      lingering.clock.advanceMinutes(60);
      expect(await read()).toBe('old');
      expect(await create()).toBe(409);
      const listed = await lingering.inInvocation(async () =>
        (await kvs.query().where('key', WhereConditions.beginsWith('lease')).getMany()).results.map((r) => r.key),
      );
      expect(listed).toEqual(['lease']);
      lingering.clock.advanceMinutes(47 * 60 + 1);
      expect(await read()).toBeNull();
      expect(await create()).toBe('created');
    } finally {
      lingering.close();
    }
  });

  it('queries with beginsWith, in key order, page by page with cursors; expired keys and secrets are left out', async () => {
    const pages = await h
      .inInvocation(async () => {
        for (let i = 0; i < 7; i++) await kvs.set(`record:SUP-${i}`, { n: i });
        await kvs.set('other:1', 'x');
        await kvs.set('record:SUP-9', 'short', { ttl: { value: 1, unit: 'SECONDS' } });
        await kvs.setSecret('record:secret', 's');
        return null;
      })
      .then(async () => {
        h.clock.advanceMinutes(1);
        return h.inInvocation(async () => {
          const keys: string[][] = [];
          let cursor: string | undefined;
          do {
            let q = kvs.query().where('key', WhereConditions.beginsWith('record:')).limit(3);
            if (cursor) q = q.cursor(cursor);
            const page = await q.getMany();
            keys.push(page.results.map((r) => r.key));
            cursor = page.nextCursor;
          } while (cursor);
          const one = await kvs.query().where('key', WhereConditions.beginsWith('record:SUP-4')).getOne();
          return { keys, one };
        });
      });
    expect(pages.keys).toEqual([
      ['record:SUP-0', 'record:SUP-1', 'record:SUP-2'],
      ['record:SUP-3', 'record:SUP-4', 'record:SUP-5'],
      ['record:SUP-6'],
    ]);
    expect(pages.one).toEqual({ key: 'record:SUP-4', value: { n: 4 } });
  });

  it('batches get, set and delete, reporting missing keys as failed', async () => {
    const out = await h.inInvocation(async () => {
      const set = await kvs.batchSet([
        { key: 'a', value: 1 },
        { key: 'b', value: 2 },
        { key: 'bad key!', value: 3 },
      ]);
      const got = await kvs.batchGet([{ key: 'a' }, { key: 'b' }, { key: 'c' }]);
      const del = await kvs.batchDelete([{ key: 'a' }]);
      return { set, got, del, a: (await kvs.get('a')) ?? null };
    });
    expect(out.set.successfulKeys).toEqual([{ key: 'a' }, { key: 'b' }]);
    expect(out.set.failedKeys).toEqual([
      { key: 'bad key!', error: { code: 'INVALID_KEY', message: expect.any(String) } },
    ]);
    expect(out.got.successfulKeys.map((k: { key: string; value: unknown }) => [k.key, k.value])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(out.got.failedKeys).toEqual([{ key: 'c', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) } }]);
    expect(out.del.successfulKeys).toEqual([{ key: 'a' }]);
    expect(out.a).toBeNull();
  });

  it('commits a transaction atomically, and rolls it back entirely when a check fails', async () => {
    const out = await h.inInvocation(async () => {
      await kvs.entity<{ version: number }>('records').set('SUP-1', { version: 1 });
      await kvs.set('gone', 'x');
      await kvs.transact().set('t1', 'one').delete('gone').execute();
      const afterCommit = { t1: await kvs.get('t1'), gone: (await kvs.get('gone')) ?? null };
      let failure: { code?: string; status?: number } = {};
      try {
        await kvs
          .transact()
          .set('t2', 'two')
          .delete('t1')
          .check('SUP-1', {
            entityName: 'records',
            conditions: {
              filters: () => [{ property: 'version', condition: 'EQUAL_TO', values: [2] }],
              operator: () => 'and',
            } as never,
          })
          .execute();
      } catch (e) {
        const err = e as ForgeKvsAPIError;
        failure = { code: err.code, status: err.responseDetails.status };
      }
      return { afterCommit, failure, t1: (await kvs.get('t1')) ?? null, t2: (await kvs.get('t2')) ?? null };
    });
    expect(out.afterCommit).toEqual({ t1: 'one', gone: null });
    expect(out.failure).toEqual({ code: 'CONDITIONAL_CHECK_FAILED', status: 409 });
    expect(out.t1).toBe('one');
    expect(out.t2).toBeNull();
  });

  it('keeps secrets apart from plain keys', async () => {
    const out = await h.inInvocation(async () => {
      await kvs.setSecret('token', 'secret-value');
      return { plain: (await kvs.get('token')) ?? null, secret: await kvs.getSecret('token') };
    });
    expect(out).toEqual({ plain: null, secret: 'secret-value' });
  });

  it('logs every KVS call with its invocation', async () => {
    await h.inInvocation(async () => {
      await kvs.set('x', 1);
      await kvs.get('missing');
    });
    const calls = h.host.calls().filter((c) => c.kind === 'kvs');
    expect(calls.map((c) => [c.method, c.path, c.as, c.status])).toEqual([
      ['POST', '/api/v1/set', 'app', 204],
      ['POST', '/api/v1/get', 'app', 404],
    ]);
    expect(calls[0]?.invocationId).toEqual(expect.any(String));
    expect(calls[0]?.invocationId).toBe(calls[1]?.invocationId);
    expect(Math.abs(Date.parse(calls[0]?.at ?? '') - h.clock.nowMs())).toBeLessThan(2_000);
  });
});
