import type { Clock, JiraPort, StatsStore, Store } from '../ports';

/** The ports every use case takes, built per invocation by src/forge/platform.ts (or a test). */
export interface Ports {
  jira: JiraPort;
  store: Store;
  clock: Clock;
  stats: StatsStore;
}
