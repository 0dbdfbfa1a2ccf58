import type { JiraClient } from './client';

/** What each resource's part of the port needs: the REST client, a clock for cache expiry, the cache partition. */
export interface PortDeps {
  client: JiraClient;
  now: () => number;
  cacheKey: () => string;
}
