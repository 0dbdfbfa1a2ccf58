/**
 * Tiny in-memory ports for unit tests of the use cases (src/app), where a sandbox would be a lot of
 * machinery for one rule. Every JiraPort method is a jest mock that fails unless the test sets it, so a
 * use case calling something unexpected shows up. The integration tests (test/integration) use the sandbox.
 */
import { DEFAULT_CONFIG, type Config } from '../../src/domain/config';
import { refusal, success } from '../../src/domain/outcome';
import { emptyRecord, type RequestRecord } from '../../src/domain/record';
import type { Ports } from '../../src/app/ports-bundle';
import { emptyBucket, type StatsBucket } from '../../src/domain/stats';
import type { BackfillState, JiraPort, StatsStore, Store, StoredConfig } from '../../src/ports';

export type FakeJira = { [K in keyof JiraPort]: jest.Mock };

export function fakeJira(): FakeJira {
  const names: (keyof JiraPort)[] = [
    'getRequest',
    'getComment',
    'getSlaCycle',
    'notify',
    'setIssueProperty',
    'addLabel',
    'addComment',
    'commentMarkers',
    'raisePriority',
    'transition',
    'displayNames',
    'canBrowse',
    'isAdmin',
    'detectFields',
    'recentRequestKeys',
    'slaMetricNames',
    'searchEscalations',
    'countEscalations',
    'slaBreachedKeys',
    'projectLead',
    'browsableProjects',
    'countCreated',
    'summaries',
    'serviceProjects',
    'requestTypes',
    'organizations',
  ];
  return Object.fromEntries(
    names.map((n) => [n, jest.fn(async () => Promise.reject(new Error(`unexpected call: jira.${n}`)))]),
  ) as FakeJira;
}

/** The use case wrote `key`'s `escalade` issue property with (at least) these fields. */
export function expectPropertyWritten(jira: FakeJira, fields: Record<string, unknown>, key = 'SUP-1'): void {
  expect(jira.setIssueProperty).toHaveBeenCalledWith(key, 'escalade', expect.objectContaining(fields));
}

export interface FakeStore extends Store {
  stored: StoredConfig;
  records: Map<string, RequestRecord>;
  getConfigCalls: number;
}

export function fakeStore(config: Config = DEFAULT_CONFIG, version = 0): FakeStore {
  const store: FakeStore = {
    stored: { config, version },
    records: new Map(),
    getConfigCalls: 0,
    async getConfig() {
      store.getConfigCalls++;
      return store.stored;
    },
    async saveConfig(next, expectedVersion) {
      if (expectedVersion !== store.stored.version) return refusal({ code: 'CONFLICT' });
      store.stored = { config: next, version: store.stored.version + 1 };
      return success({ version: store.stored.version });
    },
    async getRecord(key) {
      return store.records.get(key) ?? emptyRecord(key);
    },
    async updateRecord(key, change) {
      const next = change(store.records.get(key) ?? emptyRecord(key));
      store.records.set(key, next);
      return next;
    },
    async claim() {
      return true;
    },
    async release() {},
    async listClaims() {
      return [];
    },
  };
  return store;
}

export interface FakeStats extends StatsStore {
  buckets: Map<string, StatsBucket>;
}

/** Analytics buckets in a map (`{project}:{weekStart}`); no records to list. */
export function fakeStats(): FakeStats {
  const buckets = new Map<string, StatsBucket>();
  let backfill: BackfillState | null = null;
  return {
    buckets,
    async updateBucket(ref, change) {
      const key = `${ref.projectKey}:${ref.weekStart}`;
      buckets.set(key, change(buckets.get(key) ?? emptyBucket(ref.projectKey, ref.weekStart)));
    },
    async readBuckets(refs) {
      return refs.flatMap((r) => buckets.get(`${r.projectKey}:${r.weekStart}`) ?? []);
    },
    async listRecords() {
      return { records: [], cursor: null };
    },
    getBackfill: async () => backfill,
    setBackfill: async (state) => void (backfill = state),
  };
}

/** A clock the test moves by hand. */
export function fakeClock(iso: string): { now(): Date; set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => now, set: (next) => (now = new Date(next)) };
}

export function fakePorts(config: Config = DEFAULT_CONFIG, nowIso = '2025-03-12T10:00:00.000Z') {
  const ports = { jira: fakeJira(), store: fakeStore(config), clock: fakeClock(nowIso), stats: fakeStats() };
  return ports as typeof ports & Ports;
}
