import { __getRuntime } from '@forge/api';

/**
 * Per-warm-container caches of site metadata that rarely changes (the field list, the field ids the
 * request read resolved, priorities).
 * Keyed by installation, since one container may serve several sites, and timestamped with an
 * explicit `now` so tests control expiry.
 */
export const SITE_CACHE_TTL_MS = 5 * 60_000;

interface Entry<T> {
  at: number;
  value: T;
}

const entries = new Map<string, Entry<unknown>>();

/** The installation this invocation runs for, or "default" outside a Forge runtime. */
export function installationKey(): string {
  try {
    return __getRuntime().appContext?.installationId ?? 'default';
  } catch {
    return 'default';
  }
}

export async function cached<T>(key: string, now: number, load: () => Promise<T>): Promise<T> {
  const hit = peek<T>(key, now);
  if (hit !== undefined) return hit;
  const value = await load();
  remember(key, now, value);
  return value;
}

/** The cached value if it is still fresh, else undefined (no load: the caller decides what a miss costs). */
export function peek<T>(key: string, now: number): T | undefined {
  const hit = entries.get(key);
  return hit && now - hit.at < SITE_CACHE_TTL_MS ? (hit.value as T) : undefined;
}

export function remember<T>(key: string, now: number, value: T): void {
  entries.set(key, { at: now, value });
}

/** Forget everything (tests, or after an admin changes fields). */
export function resetCaches(): void {
  entries.clear();
}
