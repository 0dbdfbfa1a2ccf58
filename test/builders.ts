/**
 * Test builders: a valid value by default, with overrides for what a test cares about.
 * Shared by the domain, use-case and integration tests.
 */
import { DEFAULT_CONFIG, type Config, type Policy } from '../src/domain/config';
import type { CommentFacts, RequestFacts, SlaCycle } from '../src/domain/facts';
import { emptyRecord, type EscalationEntry, type FollowUpEntry, type RequestRecord } from '../src/domain/record';
import type { RequestView } from '../src/app/request-view';
import { addMs, CREATED_AT, hours } from './times';

/** Deep partial, for config overrides: `aConfig({ followUp: { cooldownMinutes: 5 } })`. */
export type DeepPartial<T> = T extends (infer U)[]
  ? U[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export const CUSTOMER = 'qm:customer-1';
export const PARTICIPANT = 'qm:participant-1';
export const AGENT = '5b10a2844c20165700ede21g';
export const STRANGER = 'qm:stranger-1';

export function aRequest(overrides: Partial<RequestFacts> = {}): RequestFacts {
  return {
    key: 'SUP-1',
    issueId: '10001',
    projectKey: 'SUP',
    summary: 'Printer on fire',
    createdAt: CREATED_AT,
    reporterId: CUSTOMER,
    participantIds: [PARTICIPANT],
    assigneeId: AGENT,
    statusCategory: 'indeterminate',
    requestTypeId: '12',
    priority: { id: '3', name: 'Medium' },
    impact: { id: '10100', value: 'Moderate / Limited' },
    urgency: { id: '10200', value: 'Medium' },
    ...overrides,
  };
}

/** The sandbox seed's SUP-3 (Alice's, assigned to Dave), as the adapter reads it: for messages and emails. */
export function sup3Request(overrides: Partial<RequestFacts> = {}): RequestFacts {
  return aRequest({
    key: 'SUP-3',
    issueId: '10003',
    createdAt: '2026-11-18T09:15:00.000+01:00',
    reporterId: 'customer-alice',
    participantIds: [],
    assigneeId: 'agent-dave',
    requestTypeId: '10',
    impact: null,
    urgency: null,
    issueUrl: 'https://example.atlassian.net/browse/SUP-3',
    ...overrides,
  });
}

export function aComment(overrides: Partial<CommentFacts> = {}): CommentFacts {
  return {
    id: '20001',
    authorId: CUSTOMER,
    isPublic: true,
    byApp: false,
    createdAt: '2025-03-11T10:00:00.000+01:00',
    updatedAt: '2025-03-11T10:00:00.000+01:00',
    text: 'Any news on this?',
    ...overrides,
  };
}

export function aFollowUp(overrides: Partial<FollowUpEntry> = {}): FollowUpEntry {
  return { commentId: '19999', authorId: CUSTOMER, at: '2025-03-10T12:00:00.000Z', notify: 'sent', ...overrides };
}

export function anEscalation(overrides: Partial<EscalationEntry> = {}): EscalationEntry {
  return {
    level: 1,
    at: '2025-03-12T10:00:00.000Z',
    byAccountId: CUSTOMER,
    reasonId: 'no-answer',
    details: '',
    effects: { issueProperty: 'done', label: 'done', internalComment: 'done', notify: 'done' },
    ...overrides,
  };
}

/** A record; `followUpCount` follows the follow-ups given unless set. */
export function aRecord(overrides: Partial<RequestRecord> = {}): RequestRecord {
  const base = emptyRecord(overrides.issueKey ?? 'SUP-1');
  const followUps = overrides.followUps ?? base.followUps;
  return { ...base, followUpCount: followUps.length, ...overrides, followUps };
}

export function anSla(overrides: Partial<SlaCycle> = {}): SlaCycle {
  return { breached: false, breachTime: null, paused: false, ...overrides };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function merge<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return (patch === undefined ? base : patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = merge((base as Record<string, unknown>)[k], v);
  return out as T;
}

/** The default config, deep-merged with overrides (arrays are replaced, not merged). Not validated. */
export function aConfig(overrides: DeepPartial<Config> = {}): Config {
  return merge(structuredClone(DEFAULT_CONFIG), overrides);
}

/** A support policy matching `match` (lists left out are empty: they match anything), with `overrides`. */
export function aPolicy(id: string, match: Partial<Policy['match']> = {}, overrides: Partial<Policy> = {}): Policy {
  return {
    id,
    name: { fr: `Politique ${id}`, en: `Policy ${id}` },
    match: { projects: [], requestTypeIds: [], organizationIds: [], ...match },
    ...overrides,
  };
}

/** A config on the 24/7 timer, so delays are plain arithmetic in tests that are not about calendars. */
export function a24x7Config(overrides: DeepPartial<Config> = {}): Config {
  return aConfig(merge({ timer: { mode: '24x7', slaName: null } }, overrides) as DeepPartial<Config>);
}

/** What a panel is built from: by default a waiting request on the 24/7 timer, one hour after it was created. */
export function aView(overrides: Partial<RequestView> = {}): RequestView {
  return {
    request: aRequest(),
    record: aRecord(),
    config: a24x7Config(),
    now: addMs(CREATED_AT, hours(1)),
    sla: null,
    ...overrides,
  };
}

/** Every escalation effect done (the configuration with every effect on). */
export const ALL_EFFECTS_DONE = {
  issueProperty: 'done',
  label: 'done',
  internalComment: 'done',
  notify: 'done',
  raisePriority: 'done',
  transition: 'done',
  publicComment: 'done',
} as const;

/** The effects of the default configuration, done: property, label, internal comment and email. */
export const DEFAULT_EFFECTS_DONE = {
  issueProperty: 'done',
  label: 'done',
  internalComment: 'done',
  notify: 'done',
} as const;
