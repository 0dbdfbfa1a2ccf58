import { __getRuntime } from '@forge/api';

/**
 * Per-warm-container caches of site metadata that rarely changes (the field list, priorities).
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
  const hit = entries.get(key);
  if (hit && now - hit.at < SITE_CACHE_TTL_MS) return hit.value as T;
  const value = await load();
  entries.set(key, { at: now, value });
  return value;
}

/** Forget everything (tests, or after an admin changes fields). */
export function resetCaches(): void {
  entries.clear();
}
