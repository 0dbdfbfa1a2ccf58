import { join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { SandboxClock } from './clock';
import { markReset, neverReset, openDatabase, restoredNow, saveClock } from './database';
import { extensionFor } from './host/extension';
import { ForgeHost } from './host/forge-host';
import { waitForIdle } from './host/wait-idle';
import { FakeJira } from './jira/fake-jira';
import type { Sandbox, SandboxOptions } from './sandbox';
import { escalateSeed } from './seed-escalation';
import { startServer } from './server/server';

export type { CallRecord, EventRecord, Fault, InvokeRequest } from './host/types';
export type { Sandbox, SandboxOptions } from './sandbox';
export { SandboxClock } from './clock';
export { FakeJira } from './jira/fake-jira';
export { SEED_ESCALATION } from './seed-escalation';

const ROOT = resolve(__dirname, '..');

export async function createSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const db = openDatabase(ROOT, opts.dataDir ?? null);
  const clock = new SandboxClock(opts.now ?? restoredNow(db));
  const host = new ForgeHost({
    root: ROOT,
    db,
    clock,
    appEntry: resolve(opts.appEntry ?? join(ROOT, 'src', 'index.ts')),
    manifestPath: opts.manifestPath,
    kvsLingerMs: opts.kvsLingerMs,
  });
  host.install();
  const jira = new FakeJira({ db, clock, onCommentEvent: host.onCommentEvent, manifestPath: opts.manifestPath });
  host.attachJira(jira);
  const life = lifecycle(host, db, clock);

  const sandbox: Sandbox = {
    clock,
    jira,
    invoke: (req) => host.invoke(req),
    viewportSize: (moduleKey) => host.manifest.modules.get(moduleKey)?.viewportSize,
    resourceOf: (moduleKey) => host.manifest.modules.get(moduleKey)?.resource,
    extensionFor: (moduleKey, issueKey) => extensionFor(host.manifest, jira, moduleKey, issueKey),
    rest: async (accountId, method, path, body) => restCall(jira, accountId, method, path, body),
    events: () => host.events.list(),
    waitForEvents: (timeoutMs = 10_000) => waitForIdle(host, timeoutMs),
    advanceClock(minutes) {
      clock.advanceMinutes(minutes);
      return host.scheduler.fireDue();
    },
    fireDueTriggers: () => host.scheduler.fireDue(),
    scheduledRuns: () => host.scheduler.runs(),
    replayEvents: (count) => void host.events.replay(count),
    calls: () => host.calls(),
    clearCalls: () => host.clearCalls(),
    addFault: (f) => host.faults.add(f),
    clearFaults: () => host.faults.clear(),
    faults: () => host.faults.list(),
    outbox: () => jira.outbox(),
    deleteExpiredKvs: () => host.kvs.deleteExpired(),
    users: () => jira.users(),
    reset: () => resetSite(host, jira, () => markReset(db, clock)),
    listen: (port) => life.listen(sandbox, port),
    close: () => life.close(),
  };

  const seed = opts.seed ?? true;
  if (seed === true || (seed === 'if-new' && neverReset(db))) await sandbox.reset();
  return sandbox;
}

/** The HTTP servers a sandbox listens with, and its orderly close (servers, in-flight work, clock, app, database). */
function lifecycle(host: ForgeHost, db: Database, clock: SandboxClock) {
  const servers = new Set<{ close(): Promise<void> }>();
  return {
    async listen(sandbox: Sandbox, port: number) {
      const server = await startServer(sandbox, { host, port, saveClock: () => saveClock(db, clock) });
      host.siteUrl = server.url;
      servers.add(server);
      const close = async () => {
        servers.delete(server);
        await server.close();
      };
      return { url: server.url, close };
    },
    async close() {
      for (const s of [...servers]) await s.close();
      servers.clear();
      await waitForIdle(host, 5_000).catch(() => undefined);
      await host.unwindStopped();
      saveClock(db, clock);
      host.uninstall();
      db.close();
    },
  };
}

/** A fresh site: the app reinstalled, KVS wiped, the Jira seed restored and SUP-4 escalated through the app. */
async function resetSite(host: ForgeHost, jira: FakeJira, markDone: () => void): Promise<void> {
  // A reset is a reinstall: the app's warm caches (config, field ids), kept per installation, start cold.
  await host.scheduler.waitForIdle();
  host.reinstall();
  host.events.clear();
  host.faults.clear();
  host.kvs.wipe();
  jira.reset();
  await escalateSeed(host, jira);
  // Tests start from a clean log: the seed's own calls and events are not theirs. A new site: the
  // scheduled triggers start their schedule again (first runs one interval from now).
  host.scheduler.reset();
  host.events.clear();
  host.clearCalls();
  markDone();
}

/** REST as a user (null: anonymous), exactly as over HTTP with X-Sandbox-Account-Id. */
function restCall(jira: FakeJira, accountId: string | null, method: string, path: string, body: unknown) {
  const q = path.indexOf('?');
  const res = jira.handle({
    method: method.toUpperCase(),
    path: q < 0 ? path : path.slice(0, q),
    query: new URLSearchParams(q < 0 ? '' : path.slice(q + 1)),
    body,
    actor: accountId === null ? { kind: 'anonymous' } : { kind: 'user', accountId },
  });
  return { status: res.status, body: res.body };
}
