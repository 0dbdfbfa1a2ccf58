import { z } from 'zod';
import { calendarSchema } from './calendar-schema';
import { err, refuse } from './config-error';
import { IMPACT_LEVELS, URGENCY_LEVELS } from './levels';
import {
  cellSchema,
  criticalSchema,
  hours,
  levelsSchema,
  localized,
  matrixSchema,
  minutes,
  projectKey,
  recipientsSchema,
  refuseSilentLevels,
  text,
  timerSchema,
} from './parts';
import { policiesSchema, refusePolicyProblems } from './policy-schema';
import { unreachableDelays, type DelayRef, type DelaySettings } from './reachability';
import { autoOnSlaBreachSchema, refuseBlindSlaBreach } from './sla-breach-schema';

/**
 * The whole app configuration. Every option is documented in the README's configuration table,
 * with its default from `defaults.ts`. Errors carry an i18n key under `config.error.*` in
 * `locales/*.json`; `parse.ts` turns them into fr and en messages.
 */

export { calendarSchema } from './calendar-schema';
export { cellSchema, levelSchema, recipientsSchema } from './parts';
export { DEFAULT_POLICY_ID, MAX_POLICIES, matchesEverything, policySchema } from './policy-schema';

export const CONFIG_SCHEMA_VERSION = 6;

const aliasList = z.array(text(255), err('list')).max(30, err('tooMany'));

export const reasonSchema = z.strictObject(
  {
    id: z.string(err('text')).regex(/^[a-z0-9][a-z0-9-]{0,39}$/, err('reasonId')),
    label: localized(120),
    detailsRequired: z.boolean(err('boolean')),
  },
  err('object'),
);

/** A reason an agent picks when closing an escalation; `noteRequired`: the closing note is then required. */
export const closeReasonSchema = z.strictObject(
  {
    id: z.string(err('text')).regex(/^[a-z0-9][a-z0-9-]{0,39}$/, err('reasonId')),
    label: localized(120),
    noteRequired: z.boolean(err('boolean')),
  },
  err('object'),
);

export const effectsSchema = z.strictObject(
  {
    issueProperty: z.boolean(err('boolean')),
    label: z.boolean(err('boolean')),
    labelName: z.string(err('text')).regex(/^[^\s]{1,100}$/, err('label')),
    internalComment: z.boolean(err('boolean')),
    notify: z.boolean(err('boolean')),
    raisePriority: z.boolean(err('boolean')),
    transition: z.boolean(err('boolean')),
    transitionId: z
      .string(err('text'))
      .regex(/^\d{1,10}$/, err('transitionId'))
      .nullable(),
    publicComment: z.boolean(err('boolean')),
  },
  err('object'),
);

/** A list of 1 to 20 reasons whose ids are unique (escalation reasons and close reasons alike). */
function reasonList<T extends z.ZodType<{ id: string }>>(reason: T) {
  return z
    .array(reason, err('list'))
    .min(1, err('noReasons'))
    .max(20, err('tooMany'))
    .superRefine((rs, ctx) => {
      const seen = new Set<string>();
      rs.forEach((r, i) => {
        if (seen.has(r.id)) refuse(ctx, [i, 'id'], 'duplicateReason');
        seen.add(r.id);
      });
    });
}

const configObject = z.strictObject(
  {
    schemaVersion: z.literal(CONFIG_SCHEMA_VERSION, err('schemaVersion')),
    /** Language of emails and of the comments the app writes. */
    language: z.enum(['fr', 'en'], err('language')),
    /** Service project keys where the app is active; empty = every service project. */
    projects: z.array(projectKey, err('list')).max(200, err('tooMany')),
    fields: z.strictObject(
      {
        /** Names searched (case-insensitive) to find each custom field; a fixed id wins. */
        impactNames: z.array(text(100), err('list')).min(1, err('required')).max(10, err('tooMany')),
        urgencyNames: z.array(text(100), err('list')).min(1, err('required')).max(10, err('tooMany')),
        impactFieldId: z
          .string(err('text'))
          .regex(/^customfield_\d+$/, err('fieldId'))
          .nullable(),
        urgencyFieldId: z
          .string(err('text'))
          .regex(/^customfield_\d+$/, err('fieldId'))
          .nullable(),
        /** Option names or ids that map onto each canonical level. */
        impactAliases: z.strictObject(
          Object.fromEntries(IMPACT_LEVELS.map((k) => [k, aliasList])) as Record<
            (typeof IMPACT_LEVELS)[number],
            typeof aliasList
          >,
          err('object'),
        ),
        urgencyAliases: z.strictObject(
          Object.fromEntries(URGENCY_LEVELS.map((k) => [k, aliasList])) as Record<
            (typeof URGENCY_LEVELS)[number],
            typeof aliasList
          >,
          err('object'),
        ),
      },
      err('object'),
    ),
    timer: timerSchema,
    calendar: calendarSchema,
    matrix: matrixSchema,
    /** Delay when impact or urgency is missing or unknown. */
    defaultDelayHours: hours,
    critical: criticalSchema,
    portal: z.strictObject({ showEligibleAt: z.boolean(err('boolean')) }, err('object')),
    followUp: z.strictObject(
      {
        cooldownMinutes: minutes,
        fallbackRecipients: recipientsSchema,
        /** With no assignee and no fallback recipient, email the service project's lead. */
        fallbackToProjectLead: z.boolean(err('boolean')),
        requiredBeforeEscalation: z.boolean(err('boolean')),
      },
      err('object'),
    ),
    escalation: z.strictObject(
      {
        reasons: reasonList(reasonSchema),
        detailsMin: z.number(err('number')).int(err('integer')).min(0, err('negative')).max(2000, err('tooLarge')),
        detailsMax: z.number(err('number')).int(err('integer')).min(1, err('negative')).max(2000, err('tooLarge')),
        levels: levelsSchema,
        /** Business (timer) hours between a level's escalation or acknowledgement and the next level. */
        nextLevelDelayHours: hours,
        effects: effectsSchema,
        /** Tell the customer through a public comment when an agent acknowledges or closes. */
        notifyCustomerOnAcknowledge: z.boolean(err('boolean')),
        notifyCustomerOnClose: z.boolean(err('boolean')),
        /** What an agent picks from when closing an escalation (docs/rules.md §7d). */
        closeReasons: reasonList(closeReasonSchema),
        /** Timer hours within which a level must be acknowledged before the one reminder; null = no deadline. */
        acknowledgeWithinHours: hours.nullable(),
        /** When the deadline passes, also raise the next level ("not acknowledged in time"). */
        autoRaiseOnAcknowledgeTimeout: z.boolean(err('boolean')),
        autoOnSlaBreach: autoOnSlaBreachSchema,
      },
      err('object'),
    ),
    /** Support policies (tiers), in order: the first that matches a request applies (policy-schema.ts). */
    policies: policiesSchema,
  },
  err('object'),
);

export const configSchema = configObject.superRefine((c, ctx) => {
  const esc = c.escalation;
  if (esc.detailsMin > esc.detailsMax) {
    refuse(ctx, ['escalation', 'detailsMin'], 'detailsRange');
  }
  if (esc.effects.notify) refuseSilentLevels(esc.levels, ['escalation', 'levels'], ctx);
  if (esc.effects.transition && esc.effects.transitionId === null) {
    refuse(ctx, ['escalation', 'effects', 'transitionId'], 'transitionId');
  }
  const top = topDelays(c);
  for (const ref of unreachableDelays(top)) refuse(ctx, topPathOf(ref), 'unreachable');
  refusePolicyProblems(c.policies, { ...top, notify: esc.effects.notify }, ctx);
  refuseBlindSlaBreach(esc, ctx);
});

function topDelays(c: z.output<typeof configObject>): DelaySettings {
  const { timer, calendar, matrix, defaultDelayHours } = c;
  const { nextLevelDelayHours, acknowledgeWithinHours } = c.escalation;
  return { timer, calendar, matrix, defaultDelayHours, nextLevelDelayHours, acknowledgeWithinHours };
}

/** The top level keeps its level delays under `escalation`. */
function topPathOf(ref: DelayRef): string[] {
  return ref[0] === 'nextLevelDelayHours' || ref[0] === 'acknowledgeWithinHours' ? ['escalation', ref[0]] : [...ref];
}

export type Config = z.infer<typeof configSchema>;
export type Calendar = Config['calendar'];
export type Recipients = Config['followUp']['fallbackRecipients'];
export type Reason = Config['escalation']['reasons'][number];
export type CloseReason = Config['escalation']['closeReasons'][number];
export type Effects = Config['escalation']['effects'];
export type MatrixCell = z.infer<typeof cellSchema>;
export type { Policy, PolicyMatch } from './policy-schema';
