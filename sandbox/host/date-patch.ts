import { realDateNow, type SandboxClock } from '../clock';

/**
 * Makes the process's `Date` follow the sandbox clock, so that the app's `new Date()` and
 * `Date.now()` agree with Jira's timestamps and KVS TTLs after the clock is moved.
 * Only the no-argument constructor and `Date.now()` change; everything else is the real Date.
 */
type DateCtor = DateConstructor;

const g = globalThis as { Date: DateCtor; __sandboxRealDate?: DateCtor; __sandboxClockSource?: () => number };

/** The real Date class, as it was before any patch. */
export const RealDate: DateCtor = g.__sandboxRealDate ?? g.Date;
g.__sandboxRealDate = RealDate;

function buildPatchedDate(): DateCtor {
  const nowMs = (): number => (g.__sandboxClockSource ?? realDateNow)();
  class SandboxDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(nowMs());
      else super(...(args as [string | number | Date]));
    }
    static now(): number {
      return nowMs();
    }
  }
  return SandboxDate as unknown as DateCtor;
}

/** Installs the patch (once per realm) and points it at `clock`. Returns a function that undoes it. */
export function installDatePatch(clock: SandboxClock): () => void {
  const previousSource = g.__sandboxClockSource;
  g.__sandboxClockSource = () => clock.nowMs();
  if (g.Date === RealDate) g.Date = buildPatchedDate();
  return () => {
    if (g.__sandboxClockSource === undefined) return;
    g.__sandboxClockSource = previousSource;
    if (previousSource === undefined) g.Date = RealDate;
  };
}
