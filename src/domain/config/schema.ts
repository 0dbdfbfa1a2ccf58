import { minBusinessMinutesPerYear } from '../calendar/capacity';
import { z } from 'zod';
import { calendarSchema } from './calendar-schema';
import { err } from './config-error';
import { IMPACT_LEVELS, URGENCY_LEVELS } from './levels';
import { autoOnSlaBreachSchema, refuseBlindSlaBreach } from './sla-breach-schema';

/**
 * The whole app configuration. Every option is documented in the README's configuration table,
 * with its default from `defaults.ts`. Errors carry an i18n key under `config.error.*` in
 * `locales/*.json`; `parse.ts` turns them into fr and en messages.
 */

export { calendarSchema } from './calendar-schema';

export const CONFIG_SCHEMA_VERSION = 5;

const text = (max: number) => z.string(err('text')).trim().min(1, err('required')).max(max, err('tooLong'));
const localized = (max: number) => z.strictObject({ fr: text(max), en: text(max) }, err('object'));

const accountId = z.string(err('text')).regex(/^[A-Za-z0-9:_-]{1,128}$/, err('accountId'));
const groupName = z.string(err('text')).trim().min(1, err('required')).max(255, err('tooLong'));

export const recipientsSchema = z.strictObject(
  {
    groups: z.array(groupName, err('list')).max(20, err('tooMany')),
    accountIds: z.array(accountId, err('list')).max(50, err('tooMany')),
  },
  err('object'),
);

/** Hours, a finite number ≥ 0 with a one-year ceiling. */
const hours = z
  .number(err('number'))
  .refine((n) => Number.isFinite(n), err('finite'))
  .refine((n) => n >= 0, err('negative'))
  .max(24 * 365, err('tooLarge'));

const minutes = z
  .number(err('number'))
  .int(err('integer'))
  .min(0, err('negative'))
  .max(7 * 24 * 60, err('tooLarge'));

/** A matrix cell: a delay in hours of the configured timer, or "critical" (phone only). */
export const cellSchema = z.union([hours, z.literal('critical')], err('cell'));

const matrixRow = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, cellSchema])) as Record<K, typeof cellSchema>, err('object'));

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

export const levelSchema = z.strictObject(
  {
    notifyAssignee: z.boolean(err('boolean')),
    recipients: recipientsSchema,
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
        if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'config.error.duplicateReason' });
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
    projects: z
      .array(z.string(err('text')).regex(/^[A-Z][A-Z0-9_]{0,19}$/, err('projectKey')), err('list'))
      .max(200, err('tooMany')),
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
    timer: z
      .strictObject(
        {
          mode: z.enum(['business', '24x7', 'sla'], err('timerMode')),
          /** The JSM SLA metric name, when mode is "sla". */
          slaName: z.string(err('text')).trim().max(255, err('tooLong')).nullable(),
        },
        err('object'),
      )
      .refine((t) => t.mode !== 'sla' || (t.slaName !== null && t.slaName.length > 0), {
        message: 'config.error.slaName',
        path: ['slaName'],
      }),
    calendar: calendarSchema,
    matrix: z.strictObject(
      Object.fromEntries(IMPACT_LEVELS.map((k) => [k, matrixRow(URGENCY_LEVELS)])) as Record<
        (typeof IMPACT_LEVELS)[number],
        ReturnType<typeof matrixRow<(typeof URGENCY_LEVELS)[number]>>
      >,
      err('object'),
    ),
    /** Delay when impact or urgency is missing or unknown. */
    defaultDelayHours: hours,
    critical: z.strictObject(
      {
        requestTypeIds: z
          .array(z.string(err('text')).regex(/^\d{1,10}$/, err('requestTypeId')), err('list'))
          .max(100, err('tooMany')),
        priorities: z.array(text(100), err('list')).max(20, err('tooMany')),
        phone: z
          .string(err('text'))
          .trim()
          .regex(/^\+?[0-9][0-9 .()-]{4,22}[0-9]$/, err('phone'))
          .refine((p) => p.replace(/\D/g, '').length >= 6, err('phone')),
        openingHours: localized(200),
        message: localized(500),
      },
      err('object'),
    ),
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
        levels: z.array(levelSchema, err('list')).min(1, err('noLevels')).max(5, err('tooMany')),
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
  },
  err('object'),
);

export const configSchema = configObject.superRefine((c, ctx) => {
  const esc = c.escalation;
  if (esc.detailsMin > esc.detailsMax) {
    ctx.addIssue({ code: 'custom', path: ['escalation', 'detailsMin'], message: 'config.error.detailsRange' });
  }
  if (esc.effects.notify) {
    esc.levels.forEach((l, i) => {
      if (!l.notifyAssignee && l.recipients.groups.length === 0 && l.recipients.accountIds.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['escalation', 'levels', i, 'recipients'],
          message: 'config.error.noRecipients',
        });
      }
    });
  }
  if (esc.effects.transition && esc.effects.transitionId === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['escalation', 'effects', 'transitionId'],
      message: 'config.error.transitionId',
    });
  }
  refuseUnreachableDelays(c, ctx);
  refuseBlindSlaBreach(esc, ctx);
});

/**
 * Every delay counted on the business calendar must elapse within one year of calendar time
 * (see calendar/capacity.ts): otherwise the portal would walk the calendar for years. 24x7 delays
 * have their own one-year ceiling; in SLA mode only the next-level delay uses the calendar.
 */
function refuseUnreachableDelays(c: z.output<typeof configObject>, ctx: z.RefinementCtx): void {
  if (c.timer.mode === '24x7') return;
  const delays: { path: (string | number)[]; hours: number }[] = [
    { path: ['escalation', 'nextLevelDelayHours'], hours: c.escalation.nextLevelDelayHours },
  ];
  if (c.escalation.acknowledgeWithinHours !== null)
    delays.push({ path: ['escalation', 'acknowledgeWithinHours'], hours: c.escalation.acknowledgeWithinHours });
  if (c.timer.mode === 'business') {
    delays.push({ path: ['defaultDelayHours'], hours: c.defaultDelayHours });
    for (const impact of IMPACT_LEVELS)
      for (const urgency of URGENCY_LEVELS) {
        const cell = c.matrix[impact][urgency];
        if (cell !== 'critical') delays.push({ path: ['matrix', impact, urgency], hours: cell });
      }
  }
  if (delays.every((d) => d.hours === 0)) return;
  const perYear = minBusinessMinutesPerYear(c.calendar);
  for (const d of delays)
    if (d.hours * 60 > perYear) ctx.addIssue({ code: 'custom', path: d.path, message: 'config.error.unreachable' });
}

export type Config = z.infer<typeof configSchema>;
export type Calendar = Config['calendar'];
export type Recipients = Config['followUp']['fallbackRecipients'];
export type Reason = Config['escalation']['reasons'][number];
export type CloseReason = Config['escalation']['closeReasons'][number];
export type Effects = Config['escalation']['effects'];
export type MatrixCell = z.infer<typeof cellSchema>;
