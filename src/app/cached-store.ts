import type { Clock, Store, StoredConfig } from '../ports';

/**
 * A per-warm-container cache of the configuration in front of the store. Config reads are on
 * every call's path, so a warm container reuses the last read for `ttlMs`. A save through this
 * store refreshes the cache at once; a save made by another container shows up after `ttlMs`.
 */
export interface ConfigCache {
  entry: { value: StoredConfig; readAtMs: number } | null;
}

export function createConfigCache(): ConfigCache {
  return { entry: null };
}

export function withConfigCache(store: Store, cache: ConfigCache, clock: Clock, ttlMs: number): Store {
  // Explicit delegation: the store may be a class instance, whose methods a spread would miss.
  return {
    getRecord: (issueKey) => store.getRecord(issueKey),
    updateRecord: (issueKey, change) => store.updateRecord(issueKey, change),
    claim: (key, ttlSeconds) => store.claim(key, ttlSeconds),
    release: (key) => store.release(key),
    listClaims: (prefix, max) => store.listClaims(prefix, max),
    async getConfig() {
      const nowMs = clock.now().getTime();
      const hit = cache.entry;
      // A clock that moved backwards (tests, sandbox reset) invalidates the entry too.
      if (hit && nowMs >= hit.readAtMs && nowMs - hit.readAtMs < ttlMs) return hit.value;
      const value = await store.getConfig();
      cache.entry = { value, readAtMs: nowMs };
      return value;
    },
    async saveConfig(config, expectedVersion) {
      const result = await store.saveConfig(config, expectedVersion);
      cache.entry = result.ok
        ? { value: { config, version: result.value.version }, readAtMs: clock.now().getTime() }
        : null;
      return result;
    },
  };
}
