import { AsyncLocalStorage } from 'node:async_hooks';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { INVOCATION_LIMIT_MS } from '../../src/forge/invocation-limits';
import { type SandboxClock } from '../clock';
import { KvsStore, MAX_EXPIRED_LINGER_MS } from '../kvs/kvs-store';
import { installDatePatch } from './date-patch';
import { COMMENTED_EVENT, EventQueue, type AttemptOutcome } from './event-queue';
import { FaultTable } from './faults';
import { Crashes, makeForgeFetch } from './forge-fetch';
import { readManifest, type AppManifest, type TriggerModule } from './manifest';
import { INSTALL_CONTEXT, resolverContext, scheduledTriggerContext, triggerContext } from './contexts';
import { Scheduler, type ScheduledTriggerModule } from './scheduler';
import { buildRuntime, nextInstallationId } from './runtime';
import { checkInvokeRequest, InvokeRequestError, newInvocation, prepareLocales, triggerOutcome } from './invocation';
import type { CallRecord, CommentEvent, Invocation, InvokeRequest, JiraBackend } from './types';

export const RESOLVER_LIMIT_MS = INVOCATION_LIMIT_MS.resolver;
/** A product event trigger has the general 25 s; a scheduled trigger 55 s by default (invocation-limits.ts). */
export const TRIGGER_LIMIT_MS = INVOCATION_LIMIT_MS.productTrigger;
export const SCHEDULED_LIMIT_MS = INVOCATION_LIMIT_MS.scheduledTrigger;

export { InvokeRequestError } from './invocation';

export interface HostOptions {
  root: string;
  db: Database;
  clock: SandboxClock;
  /** Module whose exports are the manifest's handlers (default `<root>/src/index.ts`). */
  appEntry: string;
  manifestPath?: string;
  /** How long expired KVS keys linger (default 48 h, the most the docs allow; 0: gone at their expiry). */
  kvsLingerMs?: number;
}

type AppModule = Record<string, unknown>;
type Handler = (...args: unknown[]) => unknown;

/**
 * Atlassian's side of the Forge boundary, in process: it installs `__forge_fetch__` and
 * `__forge_runtime__` for the real `@forge/*` packages, runs resolvers and the trigger the way the
 * platform does, and ties every product or KVS call to its invocation through AsyncLocalStorage.
 */
export class ForgeHost {
  readonly manifest: AppManifest;
  readonly kvs: KvsStore;
  readonly faults = new FaultTable();
  private readonly crashes = new Crashes();
  /** Resolver invocations still running (a closing sandbox waits for those a `hang` fault stopped). */
  private readonly inflight = new Set<Promise<unknown>>();
  readonly events: EventQueue;
  /** `scheduledTrigger` modules, fired as the sandbox clock passes their interval. */
  readonly scheduler: Scheduler;
  siteUrl = 'http://localhost:3000';
  private readonly als = new AsyncLocalStorage<Invocation>();
  private callLog: CallRecord[] = [];
  private jira?: JiraBackend;
  private app?: AppModule;
  private undo: (() => void)[] = [];
  private installationId = nextInstallationId();
  /** Holds `__LOCALES__/` (the manifest's locale files and i18n-info.json), for backend and Custom UI i18n. */
  readonly appCodeDir: string;

  constructor(private readonly opts: HostOptions) {
    this.manifest = readManifest(opts.manifestPath ?? join(opts.root, 'manifest.yml'));
    this.kvs = new KvsStore(opts.db, opts.clock, { lingerMs: opts.kvsLingerMs ?? MAX_EXPIRED_LINGER_MS });
    this.events = new EventQueue(
      (payload, attempt, retry) => this.deliverComment(payload, attempt, retry),
      () => this.commentTrigger()?.ignoreSelf,
    );
    this.scheduler = new Scheduler(
      () => this.manifest.scheduledTriggers,
      opts.clock,
      (t) => this.runScheduled(t),
    );
    this.appCodeDir = prepareLocales(this.manifest, this.opts.root);
  }

  /** The fake Jira is built after the host, because it needs `onCommentEvent`. */
  attachJira(jira: JiraBackend): void {
    this.jira = jira;
  }

  readonly onCommentEvent = (e: CommentEvent): void => this.events.onCommentEvent(e);

  /** Installs the globals and the Date patch for this host. */
  install(): void {
    const g = globalThis as Record<string, unknown>;
    const before = { fetch: g.__forge_fetch__, runtime: g.__forge_runtime__ };
    g.__forge_fetch__ = makeForgeFetch({
      jira: () => this.requireJira(),
      kvs: this.kvs,
      clock: this.opts.clock,
      faults: this.faults,
      crashes: this.crashes,
      current: () => this.als.getStore(),
      log: (c) => this.callLog.push(c),
      scopes: () => this.manifest.scopes,
    });
    g.__forge_runtime__ = buildRuntime(
      this.manifest,
      () => this.als.getStore(),
      this.appCodeDir,
      () => this.installationId,
    );
    const undoDate = installDatePatch(this.opts.clock);
    this.undo.push(() => {
      undoDate();
      g.__forge_fetch__ = before.fetch;
      g.__forge_runtime__ = before.runtime;
    });
  }

  /** A new installation of the app on the site: its per-installation warm caches start cold. */
  reinstall(): void {
    this.installationId = nextInstallationId();
  }

  /** Lets invocations stopped by a `hang` fault unwind (their calls fail), and waits for them (at most 2 s). */
  async unwindStopped(): Promise<void> {
    this.crashes.unwind();
    const cap = new Promise<void>((resolve) => setTimeout(resolve, 2_000).unref());
    await Promise.race([Promise.allSettled([...this.inflight]), cap]);
  }

  uninstall(): void {
    for (const u of this.undo.reverse()) u();
    this.undo = [];
  }

  calls(): CallRecord[] {
    return this.callLog.map((c) => ({ ...c }));
  }

  clearCalls(): void {
    this.callLog = [];
  }

  /** Why the app entry cannot be loaded (e.g. a syntax error mid-edit), or undefined when it loads. */
  appLoadError(): string | undefined {
    try {
      this.loadApp();
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  }

  /** True when the app entry exports the handler of `functionKey`. */
  hasFunction(functionKey: string): boolean {
    const exportName = this.manifest.functions.get(functionKey);
    if (!exportName) return false;
    try {
      return typeof this.loadApp()[exportName] === 'function';
    } catch {
      return false;
    }
  }

  /** Runs a module's resolver as the platform does and returns exactly what it returned. */
  async invoke(req: InvokeRequest): Promise<{ body: unknown }> {
    const { module, user } = checkInvokeRequest(this.manifest, this.requireJira(), req);
    const handler = this.handlerFor(module.resolverFunction);
    const extension = req.extension ?? {};
    // Exactly the documented resolver `Context` (custom-ui-resolver): no locale, timezone, moduleKey or siteUrl.
    const context = resolverContext(this.manifest, user, module.key, extension);
    const backendRuntimePayload = {
      principal: { accountId: user.accountId },
      installContext: INSTALL_CONTEXT,
      license: undefined,
      installation: undefined,
    };
    const inv = newInvocation(module.key, RESOLVER_LIMIT_MS, user.accountId);
    const running = this.als.run(inv, async () =>
      handler({ call: { functionKey: req.functionKey, payload: req.payload }, context }, backendRuntimePayload),
    );
    this.inflight.add(running);
    try {
      return { body: await running };
    } finally {
      this.inflight.delete(running);
    }
  }

  private commentTrigger(): TriggerModule | undefined {
    return this.manifest.triggers.find((t) => t.events.includes(COMMENTED_EVENT));
  }

  private async deliverComment(
    payload: Record<string, unknown>,
    attempt: number,
    retry?: { reason?: string; data?: unknown },
  ): Promise<AttemptOutcome> {
    const trigger = this.commentTrigger();
    if (!trigger) return { kind: 'done' };
    const handler = this.handlerFor(trigger.functionKey);
    const event = {
      ...payload,
      eventType: COMMENTED_EVENT,
      ...(retry ? { retryContext: { retryCount: attempt - 1, retryReason: retry.reason, retryData: retry.data } } : {}),
    };
    const context = triggerContext(trigger.key);
    const inv = newInvocation(trigger.key, TRIGGER_LIMIT_MS);
    const result = await this.als.run(inv, () => handler(event, context));
    return triggerOutcome(result);
  }

  /**
   * One scheduled run, as the platform makes it: no user (no principal), the module's context, 55 s; the
   * return value is ignored and a thrown error is not retried (the scheduler records it).
   */
  private async runScheduled(trigger: ScheduledTriggerModule): Promise<void> {
    const handler = this.handlerFor(trigger.functionKey);
    const context = scheduledTriggerContext(trigger.key);
    const inv = newInvocation(trigger.key, SCHEDULED_LIMIT_MS);
    await this.als.run(inv, () => handler({ context }, { installContext: INSTALL_CONTEXT }));
  }

  private handlerFor(functionKey: string): Handler {
    const exportName = this.manifest.functions.get(functionKey);
    if (!exportName) throw new InvokeRequestError(`manifest has no function "${functionKey}"`);
    const handler = this.loadApp()[exportName];
    if (typeof handler !== 'function') {
      throw new InvokeRequestError(
        `the app entry ${this.opts.appEntry} does not export "${exportName}" (function ${functionKey})`,
      );
    }
    return handler as Handler;
  }

  private loadApp(): AppModule {
    if (!this.app) {
      // Loaded on first use, after install(), like the platform loads the bundle in a prepared runtime.
      this.app = require(this.opts.appEntry) as AppModule;
    }
    return this.app;
  }

  private requireJira(): JiraBackend {
    if (!this.jira) throw new Error('the host has no fake Jira attached');
    return this.jira;
  }
}
