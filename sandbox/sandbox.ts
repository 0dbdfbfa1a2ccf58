/** What a sandbox offers its users (tests, benchmarks, the server, `npm start`); built by `createSandbox`. */
import type { ScheduledRun } from './host/scheduler';
import type { SandboxClock } from './clock';
import type { CallRecord, EventRecord, Fault, InvokeRequest } from './host/types';
import type { FakeJira } from './jira/fake-jira';
import type { OutboxEmail, SandboxUser } from './jira/types';

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
  /** Another manifest than the repository's (tests: a copy with a scope removed, a module changed). */
  manifestPath?: string;
  /**
   * How long an expired KVS key stays readable and existing (default 48 h: Forge deletes expired data
   * asynchronously, "up to 48 hours" later). 0 makes keys vanish at their expiry.
   */
  kvsLingerMs?: number;
}

export interface Sandbox {
  clock: SandboxClock;
  jira: FakeJira;
  /** Same path as POST /sandbox/invoke and the bridge: runs the resolver, returns exactly what it returned. */
  invoke(req: InvokeRequest): Promise<{ body: unknown }>;
  /** The module's `viewportSize` in manifest.yml, if it declares one (its iframe then has a fixed height). */
  viewportSize(moduleKey: string): string | undefined;
  /** The Custom UI resource key of a module in manifest.yml (`portal-panel` → `portal`), if it has one. */
  resourceOf(moduleKey: string): string | undefined;
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
  /** The faults not used up yet. */
  faults(): Fault[];
  outbox(): OutboxEmail[];
  /** Forge's asynchronous deletion of expired KVS keys catches up now (they linger until then); the count. */
  deleteExpiredKvs(): number;
  users(): SandboxUser[];
  reset(): Promise<void>;
  listen(port: number): Promise<{ url: string; close(): Promise<void> }>;
  close(): Promise<void>;
}
