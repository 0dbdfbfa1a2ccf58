import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { SandboxClock } from '../clock';
import { ForgeHost } from '../host/forge-host';
import { MiniJira } from './mini-jira';
import { createSandbox, type Sandbox } from '../index';

export const ROOT = resolve(__dirname, '..', '..');
export const FIXTURE_APP = join(__dirname, 'app.ts');
export const START = new Date('2026-03-02T09:00:00.000Z');

/** A host over the fixture app and the Jira double, installed as the process's Forge runtime. */
export function makeHost(options: { kvsLingerMs?: number } = {}) {
  const db = new Database(':memory:');
  const clock = new SandboxClock(START);
  const host = new ForgeHost({ root: ROOT, db, clock, appEntry: FIXTURE_APP, kvsLingerMs: options.kvsLingerMs });
  host.install();
  const jira = new MiniJira(host.onCommentEvent);
  host.attachJira(jira);
  return {
    host,
    jira,
    clock,
    /** Runs `fn` inside a resolver invocation of the fixture app (as `accountId`). */
    inInvocation<T>(fn: () => Promise<T>, accountId = 'customer-alice'): Promise<T> {
      return import('./app').then(async ({ hooks }) => {
        hooks.run = fn as () => Promise<unknown>;
        try {
          const { body } = await host.invoke({ moduleKey: 'portal-panel', functionKey: 'run', accountId });
          return body as T;
        } finally {
          hooks.run = undefined;
        }
      });
    },
    close() {
      host.uninstall();
      db.close();
    },
  };
}

/**
 * A sandbox over the fixture app, listening on a free port, for one test file's HTTP tests: started before them,
 * closed after. Read `site.sb` and `site.url` inside tests and hooks.
 */
export function useServedSandbox() {
  const site = {} as { sb: Sandbox; url: string; closeServer(): Promise<void> };
  beforeAll(async () => {
    site.sb = await createSandbox({ appEntry: FIXTURE_APP, now: START });
    const server = await site.sb.listen(0);
    site.url = server.url;
    site.closeServer = server.close;
  });
  afterAll(async () => {
    await site.closeServer();
    await site.sb.close();
  });
  return site;
}
