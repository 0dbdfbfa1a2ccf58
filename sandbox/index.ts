import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { realDateNow, SandboxClock } from './clock';
import { ForgeHost } from './host/forge-host';
import type { CallRecord, EventRecord, Fault, InvokeRequest } from './host/types';
import { FakeJira } from './jira/fake-jira';
import type { OutboxEmail, SandboxUser } from './jira/types';
import { extensionFor } from './host/extension';
import type { ScheduledRun } from './host/scheduler';
import { startServer } from './server/server';

export type { CallRecord, EventRecord, Fault, InvokeRequest } from './host/types';
export { SandboxClock } from './clock';
export { FakeJira } from './jira/fake-jira';

export interface SandboxOptions {
  /** null or absent = in-memory SQLite. */
  dataDir?: string | null;
  now?: Date;
  /**
   * Default true: reset() (seed + SUP-4 escalated through the app) at creation. 'if-new' (used by
   * `npm start`): only when this data folder was never reset, so that a demo survives a restart.
   */
  seed?: boolean | 'if-new';
  /** The module that exports the manifest's handlers (default `src/index.ts`). */
  appEntry?: string;
}

export interface Sandbox {
  clock: SandboxClock;
  jira: FakeJira;
  /** Same path as POST /sandbox/invoke and the bridge: runs the resolver, returns exactly what it returned. */
  invoke(req: InvokeRequest): Promise<{ body: unknown }>;
  /** Builds the module's standard extension context for an issue key (portal: request.key/typeId/portal.id; agent: issue + project). */
  extensionFor(moduleKey: string, issueKey?: string): Record<string, unknown>;
  /** REST as a user, exactly as over HTTP with X-Sandbox-Account-Id (for tests and pages). */
  rest(
    accountId: string | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }>;
  events(): EventRecord[];
  /** Resolves when no event is queued or running (retries included) and no scheduled run is in flight. */
  waitForEvents(timeoutMs?: number): Promise<void>;
  /**
   * Moves the clock forward and starts the scheduled triggers that fell due (as POST /sandbox/clock does);
   * returns the runs started. `clock.advanceMinutes` alone moves the clock without firing anything.
   */
  advanceClock(minutes: number): ScheduledRun[];
  /** Starts the scheduled triggers that fell due at the current sandbox time. */
  fireDueTriggers(): ScheduledRun[];
  /** The scheduled runs so far (newest last), with their status. */
  scheduledRuns(): ScheduledRun[];
  replayEvents(count: number): void;
  calls(): CallRecord[];
  clearCalls(): void;
  addFault(f: Fault): void;
  clearFaults(): void;
  outbox(): OutboxEmail[];
  users(): SandboxUser[];
  reset(): Promise<void>;
  listen(port: number): Promise<{ url: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

const ROOT = resolve(__dirname, '..');

/** The escalation the reset makes through the real app, so that SUP-4's record, property, label and comment are real. */
export const SEED_ESCALATION = {
  moduleKey: 'portal-panel',
  functionKey: 'escalate',
  accountId: 'customer-alice',
  issueKey: 'SUP-4',
  payload: { reasonId: 'no-answer', details: 'Pas de nouvelles depuis trois semaines.' },
} as const;

export async function createSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const db = openDatabase(opts.dataDir ?? null);
  db.exec('CREATE TABLE IF NOT EXISTS sandbox_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const clock = new SandboxClock(opts.now ?? restoredNow(db));
  const host = new ForgeHost({
    root: ROOT,
    db,
    clock,
    appEntry: resolve(opts.appEntry ?? join(ROOT, 'src', 'index.ts')),
  });
  host.install();
  const jira = new FakeJira({ db, clock, onCommentEvent: host.onCommentEvent });
  host.attachJira(jira);
  const servers = new Set<{ close(): Promise<void> }>();

  const saveClock = (): void => {
    db.prepare('INSERT OR REPLACE INTO sandbox_meta (name, value) VALUES (?, ?)').run(
      'clockOffsetMs',
      String(clock.nowMs() - realDateNow()),
    );
  };

  const sandbox: Sandbox = {
    clock,
    jira,
    invoke: (req) => host.invoke(req),
    extensionFor: (moduleKey, issueKey) => extensionFor(host.manifest, jira, moduleKey, issueKey),
    async rest(accountId, method, path, body) {
      const q = path.indexOf('?');
      const res = jira.handle({
        method: method.toUpperCase(),
        path: q < 0 ? path : path.slice(0, q),
        query: new URLSearchParams(q < 0 ? '' : path.slice(q + 1)),
        body,
        actor: accountId === null ? { kind: 'anonymous' } : { kind: 'user', accountId },
      });
      return { status: res.status, body: res.body };
    },
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
    outbox: () => jira.outbox(),
    users: () => jira.users(),
    async reset() {
      // A reset is a new container too: drop the app's warm caches (config, field ids), as a cold start would.
      if (!opts.appEntry) require('../src/forge/platform').resetWarmCaches();
      await host.scheduler.waitForIdle();
      host.events.clear();
      host.faults.clear();
      host.kvs.wipe();
      jira.reset();
      const portal = host.manifest.modules.get(SEED_ESCALATION.moduleKey);
      const loadError = host.appLoadError();
      if (loadError)
        console.warn(
          `sandbox: the app cannot be loaded, so ${SEED_ESCALATION.issueKey} is not escalated: ${loadError}`,
        );
      if (portal?.resolverFunction && host.hasFunction(portal.resolverFunction)) {
        try {
          const { body } = await host.invoke({
            moduleKey: SEED_ESCALATION.moduleKey,
            functionKey: SEED_ESCALATION.functionKey,
            accountId: SEED_ESCALATION.accountId,
            extension: extensionFor(host.manifest, jira, SEED_ESCALATION.moduleKey, SEED_ESCALATION.issueKey),
            payload: SEED_ESCALATION.payload,
          });
          if (body && typeof body === 'object' && 'error' in body) {
            console.warn(
              `sandbox: the seed escalation of ${SEED_ESCALATION.issueKey} was refused: ${JSON.stringify(body)}`,
            );
          }
          await host.events.waitForIdle(10_000);
        } catch (e) {
          console.warn(`sandbox: the seed escalation of ${SEED_ESCALATION.issueKey} failed: ${(e as Error).message}`);
        }
      }
      // Tests start from a clean log: the seed's own calls and events are not theirs. A new site: the
      // scheduled triggers start their schedule again (first runs one interval from now).
      host.scheduler.reset();
      host.events.clear();
      host.clearCalls();
      db.prepare('INSERT OR REPLACE INTO sandbox_meta (name, value) VALUES (?, ?)').run(
        'resetAt',
        clock.now().toISOString(),
      );
    },
    async listen(port) {
      const server = await startServer(sandbox, { host, port, saveClock });
      host.siteUrl = server.url;
      servers.add(server);
      return {
        url: server.url,
        close: async () => {
          servers.delete(server);
          await server.close();
        },
      };
    },
    async close() {
      for (const s of [...servers]) await s.close();
      servers.clear();
      await waitForIdle(host, 5_000).catch(() => undefined);
      saveClock();
      host.uninstall();
      db.close();
    },
  };

  const seed = opts.seed ?? true;
  const neverReset = db.prepare('SELECT 1 FROM sandbox_meta WHERE name = ?').get('resetAt') === undefined;
  if (seed === true || (seed === 'if-new' && neverReset)) await sandbox.reset();
  return sandbox;
}

/** Comment events and scheduled runs both settled; a run can add comment events, so check both again. */
async function waitForIdle(host: ForgeHost, timeoutMs: number): Promise<void> {
  const deadline = realDateNow() + timeoutMs;
  const left = () => Math.max(1, deadline - realDateNow());
  do {
    await host.events.waitForIdle(left());
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`scheduled runs still in flight after ${timeoutMs} ms`)), left());
    });
    try {
      await Promise.race([host.scheduler.waitForIdle(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  } while (host.scheduler.busy() || !host.events.isIdle());
}

function openDatabase(dataDir: string | null): Database.Database {
  if (dataDir === null) return new Database(':memory:');
  const dir = resolve(ROOT, dataDir);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, 'sandbox.db'));
  db.pragma('journal_mode = WAL');
  return db;
}

/** A persisted clock keeps its offset from real time across restarts (a demo moved a week ahead stays there). */
function restoredNow(db: Database.Database): Date | undefined {
  const row = db.prepare('SELECT value FROM sandbox_meta WHERE name = ?').get('clockOffsetMs') as
    { value: string } | undefined;
  if (!row) return process.env.SANDBOX_NOW ? new Date(process.env.SANDBOX_NOW) : undefined;
  return new Date(realDateNow() + Number(row.value));
}
