import { __getRuntime } from '@forge/api';

import { INVOCATION_LIMIT_MS } from '../invocation-limits';

export { INVOCATION_LIMIT_MS } from '../invocation-limits';

/** Fallback deadline (epoch ms, `Date.now()` scale) of an invocation started at `startedAtMs`. */
export function invocationDeadline(startedAtMs: number, kind: keyof typeof INVOCATION_LIMIT_MS): number {
  return startedAtMs + INVOCATION_LIMIT_MS[kind];
}

/**
 * What is left of an invocation started at `startedAtMs` (same clock as `nowMs`), for the
 * client's `timeLimitMs` when the runtime cannot tell.
 */
export function timeLeftMs(kind: keyof typeof INVOCATION_LIMIT_MS, startedAtMs: number, nowMs: number): number {
  return Math.max(0, INVOCATION_LIMIT_MS[kind] - (nowMs - startedAtMs));
}

/**
 * The invocation's remaining time as the Forge runtime reports it
 * (`global.__forge_runtime__.lambdaContext.getRemainingTimeInMillis()`, which `getAppContext()`
 * also exposes as `invocationRemainingTimeInMillis`), or null outside a runtime (unit tests,
 * tunnels on an old CLI). Called as a method so a host's `this` stays bound.
 */
export function runtimeRemainingMs(): number | null {
  try {
    const ms = __getRuntime().lambdaContext?.getRemainingTimeInMillis?.();
    return typeof ms === 'number' && Number.isFinite(ms) ? ms : null;
  } catch {
    return null;
  }
}
