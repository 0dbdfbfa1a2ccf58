/**
 * The admin page's part of the resolver contract: the stored configuration, its save, validation and preview, and
 * the field and SLA pickers. Re-exported by src/contract.ts, which maps them to their functions; import them from there.
 */
import type { Config } from './domain/config/schema';

export interface ConfigEnvelope {
  config: Config;
  /** Optimistic-concurrency counter: 0 before the first save. */
  version: number;
}

/**
 * Something the admin should know about a valid configuration, which is saved all the same (a catch-all
 * policy, an id the site does not list): `path` as the errors' ("config.policies.0.match"), `message` translated.
 */
export interface ConfigWarning {
  path: string;
  message: string;
}

/** `saveConfig`: the saved configuration, its new version, and the warnings about it. */
export interface SaveConfigResult extends ConfigEnvelope {
  warnings: ConfigWarning[];
}

export interface SaveConfigPayload {
  config: unknown;
  expectedVersion: number;
}

/** `validateConfig({ config })`: the import check of the admin page; saves nothing. */
export interface ValidateConfigResult {
  valid: true;
  /** The configuration as it will be saved: migrated from an older schema when needed. */
  config: Config;
  warnings: ConfigWarning[];
}

export interface PreviewDelayPayload {
  impact: string | null;
  urgency: string | null;
  requestTypeId?: string | null;
  /** The request's project and one of its organizations: they choose the support policy that applies. */
  projectKey?: string | null;
  organizationId?: string | null;
  /** ISO date; defaults to now. */
  createdAt?: string;
  /** Preview against an unsaved config from the editor; defaults to the stored one. */
  config?: unknown;
  locale?: string;
}

export interface PreviewDelayResult {
  /** The support policy that applies: a configured policy's id, or "default" (the top level). */
  policyId: string;
  critical: boolean;
  delayHours?: number;
  eligibleAt?: string;
}

export interface DetectedField {
  id: string;
  name: string;
  options: { id: string; value: string }[];
}

export interface DetectFieldsResult {
  impact: DetectedField[];
  urgency: DetectedField[];
}

/** `listSlaMetrics()`: the SLA metric names found on the newest requests, distinct and sorted. */
export interface SlaMetricsResult {
  names: string[];
}
