import { DEFAULT_POLICY_ID } from '../config/policy-schema';
import type { Config, Policy } from '../config/schema';
import type { RequestFacts } from '../facts';

/** What a support policy is matched on: the request's project, request type and organizations. */
export interface PolicyFacts {
  /** null in a preview that names no project: then no policy listing projects matches. */
  projectKey: string | null;
  requestTypeId: string | null;
  organizationIds: string[];
}

/** The matching facts of a request, from the same single read as every other fact. */
export function policyFactsOf(
  request: Pick<RequestFacts, 'projectKey' | 'requestTypeId' | 'organizations'>,
): PolicyFacts {
  return {
    projectKey: request.projectKey,
    requestTypeId: request.requestTypeId,
    organizationIds: (request.organizations ?? []).map((o) => o.id),
  };
}

/**
 * Why a policy matched: for each non-empty list of its match, the request's value found in it.
 * An absent entry is a list left empty (it matches anything).
 */
export interface MatchedOn {
  project?: string;
  requestTypeId?: string;
  organizationId?: string;
}

/** The policy that applies to a request: a configured one with why it matched, or the default (the top level). */
export type AppliedPolicy =
  | { id: string; name: { fr: string; en: string }; index: number; matchedOn: MatchedOn }
  | { id: typeof DEFAULT_POLICY_ID; name: null; index: null; matchedOn: null };

export const DEFAULT_POLICY: AppliedPolicy = { id: DEFAULT_POLICY_ID, name: null, index: null, matchedOn: null };

/**
 * One list of a match: undefined when empty (matches anything), else the first of `values` in it, or null (no match).
 * A request's missing value (null) is in no list: the configuration holds strings only.
 */
function hit(list: readonly (string | null)[], values: readonly (string | null)[]): string | undefined | null {
  if (list.length === 0) return undefined;
  return values.find((v) => list.includes(v)) ?? null;
}

/** Whether `policy` matches: every non-empty list holds one of the request's values (any organization will do). */
export function matchOf(policy: Policy, facts: PolicyFacts): MatchedOn | null {
  const project = hit(policy.match.projects, [facts.projectKey]);
  const requestTypeId = hit(policy.match.requestTypeIds, [facts.requestTypeId]);
  const organizationId = hit(policy.match.organizationIds, facts.organizationIds);
  if (project === null || requestTypeId === null || organizationId === null) return null;
  return {
    ...(project !== undefined ? { project } : {}),
    ...(requestTypeId !== undefined ? { requestTypeId } : {}),
    ...(organizationId !== undefined ? { organizationId } : {}),
  };
}

/** The first policy, in the configured order, that matches the request; the default policy otherwise. */
export function selectPolicy(config: Config, facts: PolicyFacts): AppliedPolicy {
  for (const [index, policy] of config.policies.entries()) {
    const matchedOn = matchOf(policy, facts);
    if (matchedOn) return { id: policy.id, name: policy.name, index, matchedOn };
  }
  return DEFAULT_POLICY;
}
