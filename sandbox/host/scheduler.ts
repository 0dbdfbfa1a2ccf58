/**
 * Forge `scheduledTrigger` emulation, driven by the sandbox clock.
 *
 * Platform (manifest-reference/modules/scheduled-trigger): a trigger is invoked repeatedly on its
 * `interval` (`fiveMinute`, `hour`, `day`, `week`), without a user (no principal); its return value is
 * ignored; "if the function throws an error, nothing will happen, and the function invocation will not be
 * retried. The function will be invoked the next time the schedule is due"; there is "a small chance of
 * duplicated invocations", so the app must be idempotent.
 *
 * Sandbox: each trigger falls due one interval after its previous run (the first, one interval after the
 * scheduler starts or is reset). `fireDue()` starts every trigger that fell due at the current sandbox time,
 * one run per trigger even when the clock jumped several intervals (the runs a jump skipped collapse into one;
 * the docs are silent on catching up, and one run at the new time sees everything that fell due). Runs are
 * asynchronous; `waitForIdle()` waits for them.
 */
import type { SandboxClock } from '../clock';

export type Interval = 'fiveMinute' | 'hour' | 'day' | 'week';

export const INTERVAL_MS: Record<Interval, number> = {
  fiveMinute: 5 * 60_000,
  hour: 60 * 60_000,
  day: 24 * 60 * 60_000,
  week: 7 * 24 * 60 * 60_000,
};

export interface ScheduledTriggerModule {
  key: string;
  functionKey: string;
  interval: Interval;
}

export interface ScheduledRun {
  id: number;
  triggerKey: string;
  /** Sandbox time of the run. */
  at: string;
  status: 'running' | 'done' | 'failed';
  error?: string;
}

const MAX_RUNS_KEPT = 200;

export class Scheduler {
  private lastRun = new Map<string, number>();
  private history: ScheduledRun[] = [];
  private inFlight = new Set<Promise<void>>();
  private nextId = 1;

  constructor(
    private readonly triggers: () => ScheduledTriggerModule[],
    private readonly clock: SandboxClock,
    private readonly run: (trigger: ScheduledTriggerModule) => Promise<unknown>,
  ) {
    this.reset();
  }

  /** The schedule restarts (a new installation): each trigger falls due one interval from now. */
  reset(): void {
    const now = this.clock.nowMs();
    this.lastRun = new Map(this.triggers().map((t) => [t.key, now]));
    this.history = [];
  }

  /** When each trigger falls due next (ISO), for the control API. */
  schedule(): { key: string; interval: Interval; nextAt: string }[] {
    return this.triggers().map((t) => ({
      key: t.key,
      interval: t.interval,
      nextAt: new Date(this.dueAt(t)).toISOString(),
    }));
  }

  runs(): ScheduledRun[] {
    return this.history.map((r) => ({ ...r }));
  }

  /** Starts the runs that fell due; returns them (they finish asynchronously). */
  fireDue(): ScheduledRun[] {
    const now = this.clock.nowMs();
    return this.triggers()
      .filter((t) => now >= this.dueAt(t))
      .map((t) => this.start(t, now));
  }

  /** Starts one run of a trigger now, whatever its schedule (used by tests and the control API). */
  fire(triggerKey: string): ScheduledRun {
    const trigger = this.triggers().find((t) => t.key === triggerKey);
    if (!trigger) throw new RangeError(`no scheduledTrigger "${triggerKey}" in the manifest`);
    return this.start(trigger, this.clock.nowMs());
  }

  busy(): boolean {
    return this.inFlight.size > 0;
  }

  /** Resolves when no run is in flight. */
  async waitForIdle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private dueAt(t: ScheduledTriggerModule): number {
    return (this.lastRun.get(t.key) ?? this.clock.nowMs()) + INTERVAL_MS[t.interval];
  }

  private start(trigger: ScheduledTriggerModule, now: number): ScheduledRun {
    this.lastRun.set(trigger.key, now);
    const record: ScheduledRun = {
      id: this.nextId++,
      triggerKey: trigger.key,
      at: new Date(now).toISOString(),
      status: 'running',
    };
    this.history.push(record);
    if (this.history.length > MAX_RUNS_KEPT) this.history.shift();
    const done = (async () => {
      try {
        // The return value is ignored, as on the platform.
        await this.run(trigger);
        record.status = 'done';
      } catch (e) {
        // Not retried: the next run is the next time the schedule is due.
        record.status = 'failed';
        record.error = (e as Error)?.message ?? String(e);
      }
    })();
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
    return record;
  }
}
