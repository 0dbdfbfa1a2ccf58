import { z } from 'zod';
import { err, refuse } from './config-error';
import { IMPACT_LEVELS, URGENCY_LEVELS } from './levels';

/**
 * The building blocks of the configuration's schema, shared by the top level (schema.ts) and the support
 * policies' overrides (policy-schema.ts), so that a policy's matrix, timer, critical section or levels are
 * checked exactly as the top level's are.
 */

export const text = (max: number) => z.string(err('text')).trim().min(1, err('required')).max(max, err('tooLong'));
export const localized = (max: number) => z.strictObject({ fr: text(max), en: text(max) }, err('object'));

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
export const hours = z
  .number(err('number'))
  .refine((n) => Number.isFinite(n), err('finite'))
  .refine((n) => n >= 0, err('negative'))
  .max(24 * 365, err('tooLarge'));

export const minutes = z
  .number(err('number'))
  .int(err('integer'))
  .min(0, err('negative'))
  .max(7 * 24 * 60, err('tooLarge'));

/** A matrix cell: a delay in hours of the configured timer, or "critical" (phone only). */
export const cellSchema = z.union([hours, z.literal('critical')], err('cell'));

const matrixRow = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, cellSchema])) as Record<K, typeof cellSchema>, err('object'));

/** Impact × urgency: the delay (or "critical") of each pair. */
export const matrixSchema = z.strictObject(
  Object.fromEntries(IMPACT_LEVELS.map((k) => [k, matrixRow(URGENCY_LEVELS)])) as Record<
    (typeof IMPACT_LEVELS)[number],
    ReturnType<typeof matrixRow<(typeof URGENCY_LEVELS)[number]>>
  >,
  err('object'),
);

export const projectKey = z.string(err('text')).regex(/^[A-Z][A-Z0-9_]{0,19}$/, err('projectKey'));
export const requestTypeId = z.string(err('text')).regex(/^\d{1,10}$/, err('requestTypeId'));
/** A JSM organization id (numeric in the JSM REST API). */
export const organizationId = z.string(err('text')).regex(/^\d{1,10}$/, err('organizationId'));

export const timerSchema = z
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
  });

export const criticalSchema = z.strictObject(
  {
    requestTypeIds: z.array(requestTypeId, err('list')).max(100, err('tooMany')),
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
);

export const levelSchema = z.strictObject(
  {
    notifyAssignee: z.boolean(err('boolean')),
    recipients: recipientsSchema,
  },
  err('object'),
);

/** The escalation levels, 1 to 5, in order. */
export const levelsSchema = z.array(levelSchema, err('list')).min(1, err('noLevels')).max(5, err('tooMany'));

type Level = z.output<typeof levelSchema>;

/** With emails on, a level that emails nobody is refused (top level and policies alike). */
export function refuseSilentLevels(levels: Level[], path: (string | number)[], ctx: z.RefinementCtx): void {
  levels.forEach((l, i) => {
    if (!l.notifyAssignee && l.recipients.groups.length === 0 && l.recipients.accountIds.length === 0) {
      refuse(ctx, [...path, i, 'recipients'], 'noRecipients');
    }
  });
}
