import type { Config, Policy } from '../config/schema';
import { selectPolicy, type AppliedPolicy, type PolicyFacts } from './select-policy';

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
