import { z } from 'zod';
import { calendarSchema } from './calendar-schema';
import { err, refuse } from './config-error';
import {
  criticalSchema,
  hours,
  levelsSchema,
  localized,
  matrixSchema,
  organizationId,
  projectKey,
  refuseSilentLevels,
  requestTypeId,
  timerSchema,
} from './parts';
import { unreachableDelays, type DelayRef, type DelaySettings } from './reachability';

/**
 * Support policies (tiers, docs/rules.md §12): an ordered list; the first whose `match` fits a request applies,
 * and each override it sets replaces the top-level setting of the same name. An absent override inherits the
 * top level, which is the default policy.
 */

export const MAX_POLICIES = 50;

/** The id the top level answers to; no policy may take it. */
export const DEFAULT_POLICY_ID = 'default';

export const policyMatchSchema = z.strictObject(
  {
    /** Project keys; empty = any project. */
    projects: z.array(projectKey, err('list')).max(200, err('tooMany')),
    /** JSM request type ids; empty = any request type. */
    requestTypeIds: z.array(requestTypeId, err('list')).max(100, err('tooMany')),
    /** JSM organization ids; empty = any organization (or none); any one of the request's matches. */
    organizationIds: z.array(organizationId, err('list')).max(100, err('tooMany')),
  },
  err('object'),
);

export const policySchema = z.strictObject(
  {
    /** A slug, unique among the policies: what the `escalade` property, the preview and the analytics name. */
    id: z
      .string(err('text'))
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, err('policyId'))
      .refine((id) => id !== DEFAULT_POLICY_ID, err('reservedPolicyId')),
    name: localized(120),
    match: policyMatchSchema,
    matrix: matrixSchema.optional(),
    defaultDelayHours: hours.optional(),
    timer: timerSchema.optional(),
    calendar: calendarSchema.optional(),
    critical: criticalSchema.optional(),
    levels: levelsSchema.optional(),
    nextLevelDelayHours: hours.optional(),
    /** null = no acknowledgement deadline for this policy; absent = the top level's. */
    acknowledgeWithinHours: hours.nullable().optional(),
  },
  err('object'),
);

export type Policy = z.infer<typeof policySchema>;
export type PolicyMatch = Policy['match'];

/** True when the match lists nothing: the policy applies to every request. */
export function matchesEverything(match: PolicyMatch): boolean {
  return match.projects.length === 0 && match.requestTypeIds.length === 0 && match.organizationIds.length === 0;
}

export const policiesSchema = z
  .array(policySchema, err('list'))
  .max(MAX_POLICIES, err('tooMany'))
  .superRefine((policies, ctx) => {
    const seen = new Set<string>();
    policies.forEach((p, i) => {
      if (seen.has(p.id)) refuse(ctx, [i, 'id'], 'duplicatePolicy');
      seen.add(p.id);
      // A catch-all policy shadows every policy after it.
      if (matchesEverything(p.match) && i < policies.length - 1) refuse(ctx, [i, 'match'], 'catchAllNotLast');
    });
  });

/** The top-level settings a policy's checks need. */
export interface PolicyContext extends DelaySettings {
  notify: boolean;
}

/**
 * Where a delay out of reach is reported: on the policy's own value, else on the calendar (or timer) that made it
 * so; null when the policy changes neither (the top level's own check reports it).
 */
function policyPathOf(policy: Policy, ref: DelayRef): (string | number)[] | null {
  if (policy[ref[0]] !== undefined) return [...ref];
  if (policy.calendar !== undefined) return ['calendar'];
  return policy.timer !== undefined ? ['timer'] : null;
}

/** A policy's settings that a delay's reach depends on: a policy that sets none of them is not measured again. */
const DELAY_KEYS = [
  'timer',
  'calendar',
  'matrix',
  'defaultDelayHours',
  'nextLevelDelayHours',
  'acknowledgeWithinHours',
] as const;

/**
 * The checks of a policy that depend on the top level: its levels must email someone when emails are on, and its
 * delays must be reachable on its own calendar (its effective settings, overrides over the top level). A policy
 * that changes no delay setting has the top level's delays, so every one of them is left to the top level's check.
 */
export function refusePolicyProblems(policies: Policy[], top: PolicyContext, ctx: z.RefinementCtx): void {
  policies.forEach((p, i) => {
    if (top.notify && p.levels) refuseSilentLevels(p.levels, ['policies', i, 'levels'], ctx);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut (policyPathOf answers null for each)
    if (!DELAY_KEYS.some((k) => p[k] !== undefined)) return;
    const effective: DelaySettings = {
      timer: p.timer ?? top.timer,
      calendar: p.calendar ?? top.calendar,
      matrix: p.matrix ?? top.matrix,
      defaultDelayHours: p.defaultDelayHours ?? top.defaultDelayHours,
      nextLevelDelayHours: p.nextLevelDelayHours ?? top.nextLevelDelayHours,
      acknowledgeWithinHours:
        p.acknowledgeWithinHours !== undefined ? p.acknowledgeWithinHours : top.acknowledgeWithinHours,
    };
    const seen = new Set<string>();
    for (const ref of unreachableDelays(effective)) {
      const where = policyPathOf(p, ref);
      if (!where) continue;
      const path = ['policies', i, ...where];
      if (seen.has(path.join('.'))) continue;
      seen.add(path.join('.'));
      refuse(ctx, path, 'unreachable');
    }
  });
}
