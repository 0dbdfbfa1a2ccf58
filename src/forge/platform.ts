import { createConfigCache, withConfigCache, type ConfigCache } from '../app/cached-store';
import type { Ports } from '../app/ports-bundle';
import type { Clock } from '../ports';
import { installationKey } from './jira/caches';
import { createJiraClient } from './jira/client';
import { createJiraPort, resetCaches } from './jira/jira-adapter';
import { invocationDeadline } from './jira/remaining-time';
import type { InvocationKind } from './invocation-limits';
import { createKvsStore } from './store/kvs-store';
import { createStatsStore } from './store/stats-store';

/**
 * How long a warm container trusts its last config read. Short, so that a save made through
 * another container shows up quickly; long enough that a busy panel reads KVS once, not per call.
 */
export const CONFIG_CACHE_TTL_MS = 30_000;

/** The platform's clock. On Forge it is the system clock; the sandbox moves `Date` itself. */
export const systemClock: Clock = { now: () => new Date() };

/** Warm-container caches, one per installation (a container may serve several sites). */
const configCaches = new Map<string, ConfigCache>();

function configCacheFor(installation: string): ConfigCache {
  let cache = configCaches.get(installation);
  if (!cache) {
    cache = createConfigCache();
    configCaches.set(installation, cache);
  }
  return cache;
}

/** The real ports for one invocation: Jira over @forge/api (bounded by the invocation's time), KVS. */
export function createPorts(kind: InvocationKind): Ports {
  const clock = systemClock;
  const jira = createJiraPort(createJiraClient({ deadline: invocationDeadline(Date.now(), kind) }));
  const store = withConfigCache(createKvsStore(), configCacheFor(installationKey()), clock, CONFIG_CACHE_TTL_MS);
  return { jira, store, clock, stats: createStatsStore() };
}

/** Forget every warm-container cache, as a fresh container would (tests; the sandbox's reset). */
export function resetWarmCaches(): void {
  configCaches.clear();
  resetCaches();
}
