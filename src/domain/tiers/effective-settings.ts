import type { Config, Policy } from '../config/schema';
import type { RequestFacts } from '../facts';
import { policyFactsOf, selectPolicy, type AppliedPolicy, type PolicyFacts } from './select-policy';

/**
 * The settings a policy gives: each override it sets replaces the top-level setting of the same name; the rest
 * is inherited. The answer is a whole configuration, so that every rule reads its settings as it always has.
 */
export function withOverrides(config: Config, policy: Policy): Config {
  const esc = config.escalation;
  return {
    ...config,
    matrix: policy.matrix ?? config.matrix,
    defaultDelayHours: policy.defaultDelayHours ?? config.defaultDelayHours,
    timer: policy.timer ?? config.timer,
    calendar: policy.calendar ?? config.calendar,
    critical: policy.critical ?? config.critical,
    escalation: {
      ...esc,
      levels: policy.levels ?? esc.levels,
      nextLevelDelayHours: policy.nextLevelDelayHours ?? esc.nextLevelDelayHours,
      acknowledgeWithinHours:
        policy.acknowledgeWithinHours !== undefined ? policy.acknowledgeWithinHours : esc.acknowledgeWithinHours,
    },
  };
}

/** The effective settings for a request: the stored configuration with its matching policy's overrides applied. */
export interface EffectiveSettings {
  config: Config;
  policy: AppliedPolicy;
}

export function effectiveSettings(config: Config, facts: PolicyFacts): EffectiveSettings {
  const policy = selectPolicy(config, facts);
  if (policy.index === null) return { config, policy };
  return { config: withOverrides(config, config.policies[policy.index]), policy };
}

/**
 * The effective settings for a request, from its own facts. Idempotent: the effective configuration keeps the
 * policies, so a use case handed it (rather than the stored one) finds the same policy and the same settings.
 */
export function settingsForRequest(
  config: Config,
  request: Pick<RequestFacts, 'projectKey' | 'requestTypeId' | 'organizations'>,
): EffectiveSettings {
  return effectiveSettings(config, policyFactsOf(request));
}

/**
 * The settings of the policy with this id (an escalation's recorded policy), or the configuration as it is when
 * the id is the default's or no longer configured. Idempotent, as `settingsForRequest`.
 */
export function settingsOfPolicyId(config: Config, policyId: string | undefined): Config {
  const policy = config.policies.find((p) => p.id === policyId);
  return policy ? withOverrides(config, policy) : config;
}
