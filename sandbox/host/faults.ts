import type { Fault } from './types';

/** Injected failures for the app's product calls: the next `count` matching calls fail. */
export class FaultTable {
  private faults: Fault[] = [];

  add(fault: Fault): void {
    validateFault(fault);
    this.faults.push({ ...fault });
  }

  clear(): void {
    this.faults = [];
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** Consumes one use of the first fault matching the call, if any. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        f.count > 0 &&
        (!f.method || f.method.toUpperCase() === method.toUpperCase()) &&
        pathMatches(f.pathPattern, path),
    );
    if (!fault) return undefined;
    fault.count -= 1;
    this.faults = this.faults.filter((f) => f.count > 0);
    return { ...fault };
  }
}

/** `/regex/` (optionally with flags, e.g. `/sup-\d/i`) or a plain substring. */
export function pathMatches(pattern: string, path: string): boolean {
  const m = /^\/(.+)\/([dgimsuy]*)$/.exec(pattern);
  if (m) return new RegExp(m[1] as string, m[2]).test(path);
  return path.includes(pattern);
}

export function validateFault(f: Fault): void {
  if (typeof f !== 'object' || f === null) throw new TypeError('a fault is an object');
  if (typeof f.pathPattern !== 'string' || f.pathPattern === '')
    throw new TypeError('pathPattern must be a non-empty string');
  if (!Number.isInteger(f.status) || f.status < 100 || f.status > 599)
    throw new TypeError('status must be an HTTP status code');
  if (!Number.isInteger(f.count) || f.count < 1) throw new TypeError('count must be an integer ≥ 1');
  if (f.retryAfterSeconds !== undefined && !(typeof f.retryAfterSeconds === 'number' && f.retryAfterSeconds >= 0)) {
    throw new TypeError('retryAfterSeconds must be a number ≥ 0');
  }
  if (f.delayMs !== undefined && !(typeof f.delayMs === 'number' && f.delayMs >= 0))
    throw new TypeError('delayMs must be a number ≥ 0');
  if (f.method !== undefined && typeof f.method !== 'string') throw new TypeError('method must be a string');
  if (f.hang !== undefined && typeof f.hang !== 'boolean') throw new TypeError('hang must be a boolean');
  const m = /^\/(.+)\/([dgimsuy]*)$/.exec(f.pathPattern);
  if (m) new RegExp(m[1] as string, m[2]); // throws a SyntaxError for a bad pattern
}
