/**
 * The sandbox's one clock. The app's `Date` reads (through the host), Jira's timestamps and KVS
 * TTLs all use it. It starts at real time (or at SANDBOX_NOW) and only moves forward when told to,
 * plus the real time that passes, so timestamps stay ordered.
 */
/**
 * The real `Date.now`, captured before the host patches `globalThis.Date` to follow the sandbox clock
 * (see host/date-patch.ts). The clock must read real time through it, or it would read itself.
 */
const captured = (globalThis as { __sandboxRealDateNow?: () => number }).__sandboxRealDateNow;
export const realDateNow: () => number = captured ?? Date.now.bind(Date);
(globalThis as { __sandboxRealDateNow?: () => number }).__sandboxRealDateNow = realDateNow;

export class SandboxClock {
  private offsetMs: number;

  constructor(start: Date = new Date(realDateNow())) {
    this.offsetMs = start.getTime() - realDateNow();
  }

  now(): Date {
    return new Date(realDateNow() + this.offsetMs);
  }

  nowMs(): number {
    return realDateNow() + this.offsetMs;
  }

  advanceMinutes(minutes: number): Date {
    if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError('advanceMinutes must be a finite number ≥ 0');
    this.offsetMs += minutes * 60_000;
    return this.now();
  }

  /** Sets the clock to `at`; it may not go backwards, so that stored timestamps stay ordered. */
  set(at: Date): Date {
    if (Number.isNaN(at.getTime())) throw new RangeError('invalid date');
    if (at.getTime() < this.nowMs()) throw new RangeError('the sandbox clock cannot go backwards');
    this.offsetMs = at.getTime() - realDateNow();
    return this.now();
  }
}
