import { z } from 'zod';
import type { FieldProblem } from '../../app/outcome';
import { refusal, success, type Outcome } from '../../domain/outcome';

/**
 * Resolver payload schemas of the admin and queue functions. Unknown keys are dropped, never used:
 * in particular a request or issue key in a payload is ignored, because the key always comes from
 * the module context. The customer's and agents' inputs (escalate, acknowledge, close) are parsed by
 * the domain (src/domain/escalation/input.ts), after the state checks.
 */
export const saveConfigPayload = z.object({ config: z.unknown(), expectedVersion: z.number().int().min(0) });
export const validateConfigPayload = z.object({ config: z.unknown() });
const optionRef = z.string().trim().min(1).max(255).nullable();
export const previewDelayPayload = z.object({
  impact: optionRef.optional().default(null),
  urgency: optionRef.optional().default(null),
  requestTypeId: z
    .string()
    .regex(/^\d{1,10}$/)
    .nullable()
    .optional(),
  projectKey: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{0,19}$/)
    .nullable()
    .optional(),
  organizationId: z
    .string()
    .regex(/^\d{1,10}$/)
    .nullable()
    .optional(),
  createdAt: z.iso.datetime({ offset: true }).optional(),
  config: z.unknown().optional(),
});
export const listEscalationsPayload = z.object({
  pageToken: z.string().min(1).max(2000).optional(),
  startAt: z.number().int().min(0).max(100_000).optional().default(0),
  pageSize: z.number().int().min(1).max(100).optional().default(25),
});
const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/);
/** The pickers (listProjects, listOrganizations): where the page starts (`nextStart` of the previous one). */
const pageStart = z.number().int().min(0).max(100_000).optional().default(0);
export const catalogPayload = z.object({ start: pageStart });
/** listRequestTypes: one service project, by its service desk id or its project key (exactly one of them). */
export const requestTypesPayload = z
  .object({
    serviceDeskId: z
      .string()
      .regex(/^\d{1,10}$/)
      .optional(),
    projectKey: projectKey.optional(),
    start: pageStart,
  })
  .refine((p) => (p.serviceDeskId === undefined) !== (p.projectKey === undefined), {
    path: ['serviceDeskId'],
    message: 'one of serviceDeskId or projectKey',
  });
export const statsPayload = z.object({
  from: z.string().max(10),
  to: z.string().max(10),
  projectKeys: z.array(projectKey).min(1).max(100).optional(),
  policyId: z.string().min(1).max(64).nullable().optional(),
  locale: z.string().max(35).optional(),
});
export const exportPayload = z.object({
  cursor: z.string().min(1).max(2000).nullable().optional(),
  locale: z.string().max(35).optional(),
});
export const localeOnlyPayload = z.object({ locale: z.string().max(35).optional() });
export const rebuildStatsPayload = z.object({
  restart: z.boolean().optional(),
  resume: z.boolean().optional(),
  locale: z.string().max(35).optional(),
});
/** Read-only calls take no input; anything sent is ignored, but a non-object is still bad input. */
export const emptyPayload = z.object({});
/** Calls that take no input and say so: any key at all is bad input (an absent payload arrives as {}). */
export const noKeysPayload = z.strictObject({});

/** What a wrong type is told it should have been. */
const EXPECTED: Record<string, string> = {
  number: 'errors.field.number',
  int: 'errors.field.integer',
  object: 'errors.field.object',
  string: 'errors.field.text',
};

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  const path = issue.path.map(String).join('.') || '$';
  switch (issue.code) {
    case 'invalid_type':
      // `input` is only reported with `reportInput: true` (zod 4); without it, it is always undefined.
      if (issue.input === undefined) return { path, key: 'errors.field.required' };
      return { path, key: EXPECTED[issue.expected] ?? 'errors.field.invalid' };
    case 'too_big':
      return issue.origin === 'string'
        ? { path, key: 'errors.field.tooLong', params: { max: Number(issue.maximum) } }
        : { path, key: 'errors.field.invalid' };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { path, key: 'errors.field.required' }
          : { path, key: 'errors.field.tooShort', params: { min: Number(issue.minimum) } };
      return { path, key: 'errors.field.invalid' };
    case 'unrecognized_keys':
      // Name the first unexpected key rather than the whole payload.
      return { path: issue.keys[0] ?? path, key: 'errors.field.invalid' };
    case 'invalid_format':
      return { path, key: issue.format === 'datetime' ? 'errors.field.date' : 'errors.field.invalid' };
    default:
      return { path, key: 'errors.field.invalid' };
  }
}

/** The payload as its schema types it, or the fields at fault. */
export function parsePayload<S extends z.ZodType>(
  schema: S,
  payload: unknown,
): Outcome<z.output<S>, { fields: FieldProblem[] }> {
  const result = schema.safeParse(payload, { reportInput: true });
  return result.success ? success(result.data) : refusal({ fields: result.error.issues.map(problemOf) });
}
