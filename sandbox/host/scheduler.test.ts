import { SandboxClock } from '../clock';
import { Scheduler, type ScheduledTriggerModule } from './scheduler';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const SWEEP: ScheduledTriggerModule = { key: 'sweep', functionKey: 'sweep-fn', interval: 'fiveMinute' };
const HOURLY: ScheduledTriggerModule = { key: 'hourly', functionKey: 'hourly-fn', interval: 'hour' };

function setup(run: (t: ScheduledTriggerModule) => Promise<unknown> = async () => undefined) {
  const clock = new SandboxClock(T0);
  const calls: string[] = [];
  const scheduler = new Scheduler(
    () => [SWEEP, HOURLY],
    clock,
    async (t) => {
      calls.push(t.key);
      return run(t);
    },
  );
  return { clock, calls, scheduler };
}

describe('scheduled triggers driven by the sandbox clock', () => {
  it('fires each trigger once its interval has passed since the previous run (or the start)', async () => {
    const { clock, calls, scheduler } = setup();
    expect(scheduler.fireDue()).toEqual([]);
    clock.advanceMinutes(4);
    expect(scheduler.fireDue()).toEqual([]);
    clock.advanceMinutes(1);
    expect(scheduler.fireDue().map((r) => r.triggerKey)).toEqual(['sweep']);
    await scheduler.waitForIdle();
    expect(calls).toEqual(['sweep']);
    // Not due again until five more minutes.
    clock.advanceMinutes(3);
    expect(scheduler.fireDue()).toEqual([]);
    clock.advanceMinutes(55);
    expect(scheduler.fireDue().map((r) => r.triggerKey)).toEqual(['sweep', 'hourly']);
    await scheduler.waitForIdle();
    expect(scheduler.runs().map((r) => r.status)).toEqual(['done', 'done', 'done']);
  });

  it('collapses the runs a clock jump skipped into one run per trigger', async () => {
    const { clock, calls, scheduler } = setup();
    clock.advanceMinutes(7 * 24 * 60);
    expect(scheduler.fireDue()).toHaveLength(2);
    await scheduler.waitForIdle();
    expect(calls.sort()).toEqual(['hourly', 'sweep']);
    const sweepRun = scheduler.runs().find((r) => r.triggerKey === 'sweep')!;
    expect(scheduler.schedule().find((s) => s.key === 'sweep')?.nextAt).toBe(
      new Date(Date.parse(sweepRun.at) + 5 * 60_000).toISOString(),
    );
  });

  it('records a thrown error as a failed run and does not retry it: the next run is the next due time', async () => {
    const { clock, calls, scheduler } = setup(async () => {
      throw new Error('boom');
    });
    clock.advanceMinutes(5);
    scheduler.fireDue();
    await scheduler.waitForIdle();
    expect(scheduler.runs()).toEqual([expect.objectContaining({ status: 'failed', error: 'boom' })]);
    expect(scheduler.fireDue()).toEqual([]);
    expect(calls).toEqual(['sweep']);
  });

  it('busy() and waitForIdle() follow the runs in flight', async () => {
    let finish: () => void = () => undefined;
    const { clock, scheduler } = setup(() => new Promise<void>((resolve) => (finish = resolve)));
    clock.advanceMinutes(5);
    scheduler.fireDue();
    expect(scheduler.busy()).toBe(true);
    const idle = scheduler.waitForIdle();
    finish();
    await idle;
    expect(scheduler.busy()).toBe(false);
  });

  it('fire(key) starts one run now; an unknown key is refused', async () => {
    const { scheduler } = setup();
    expect(scheduler.fire('hourly').triggerKey).toBe('hourly');
    await scheduler.waitForIdle();
    expect(() => scheduler.fire('nope')).toThrow(RangeError);
  });
});
