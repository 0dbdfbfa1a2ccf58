/**
 * Body and response checks.
 *
 * Request bodies (POST/PUT) are checked first against the zod schema that `jira.js` v6 ships for the endpoint, then
 * against a small schema of ours for what the real API requires but jira.js leaves optional (jira.js models are
 * deliberately loose: every property optional). A failure is a 400 in Jira's shape `{ errorMessages, errors }`.
 *
 * Schema-checked request bodies (jira.js schema + ours):
 *   POST /rest/api/3/issue/{key}/comment            CommentInputSchema          + body must be an ADF doc
 *   PUT  /rest/api/3/issue/{key}/comment/{id}       CommentInputSchema          + body must be an ADF doc
 *   PUT  /rest/api/3/issue/{key}                    IssueUpdateDetailsSchema    + fields/update are objects
 *   POST /rest/api/3/issue/{key}/notify             NotificationSchema          + users[].accountId, groups[].name
 *   POST /rest/api/3/issue/{key}/transitions        IssueUpdateDetailsSchema    + transition.id required
 *   POST /rest/api/3/search/jql                     SearchAndReconcileRequestSchema + jql string
 *   POST /rest/servicedeskapi/request               RequestCreateSchema         + serviceDeskId, requestTypeId, summary
 *   POST /rest/servicedeskapi/request/{key}/comment CommentCreateSchema         + body non-empty string
 *   POST /rest/servicedeskapi/request/{key}/participant RequestParticipantUpdateSchema + accountIds non-empty
 * Ours only (jira.js has no usable schema):
 *   PUT  /rest/api/3/issue/{key}/properties/{p}     any JSON value, ≤ 32 KB (jira.js types it as an object only,
 *                                                   but Jira accepts any JSON value, e.g. a string or a number)
 *   POST /rest/api/3/search/approximate-count       { jql: string }
 *   PUT  /rest/api/3/issue/{key}/assignee           { accountId: string | null } (jira.js's DashboardUserSchema
 *                                                   refuses `null`, which the real API documents for unassigning)
 *
 * Successful responses are checked against jira.js's response schema for the endpoint (named on each route), so a
 * shape drift of the fake fails loudly (500) instead of passing quietly.
 */
import { z, type ZodType } from 'zod';
import { jiraJsSchemas, type CloudSchemaName, type ServiceDeskSchemaName } from './jira-js-schemas';

export interface BodyCheck {
  /** The jira.js schema, by name (loaded lazily). */
  jiraJs?: { cloud: CloudSchemaName } | { serviceDesk: ServiceDeskSchemaName };
  own: ZodType;
}

export function jiraJsSchema(ref: { cloud: CloudSchemaName } | { serviceDesk: ServiceDeskSchemaName }): ZodType {
  const s = jiraJsSchemas();
  return 'cloud' in ref ? s.cloud[ref.cloud] : s.serviceDesk[ref.serviceDesk];
}

const adfDoc = z.object({ type: z.literal('doc'), version: z.number(), content: z.array(z.unknown()) });
const adfBody = z.object({ body: adfDoc }, { error: 'Comment body can not be empty!' });

export const BODY = {
  comment: { jiraJs: { cloud: 'CommentInputSchema' }, own: adfBody },
  editIssue: {
    jiraJs: { cloud: 'IssueUpdateDetailsSchema' },
    own: z.object({
      fields: z.record(z.string(), z.unknown()).optional(),
      update: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))).optional(),
    }),
  },
  assignee: { own: z.object({ accountId: z.string().max(128).nullable() }) },
  notify: {
    jiraJs: { cloud: 'NotificationSchema' },
    own: z.object({
      subject: z.string().optional(),
      textBody: z.string().optional(),
      htmlBody: z.string().optional(),
      to: z
        .object({
          assignee: z.boolean().optional(),
          reporter: z.boolean().optional(),
          watchers: z.boolean().optional(),
          voters: z.boolean().optional(),
          users: z.array(z.object({ accountId: z.string() })).optional(),
          groups: z.array(z.object({ name: z.string() })).optional(),
          groupIds: z.array(z.string()).optional(),
        })
        .optional(),
    }),
  },
  transition: {
    jiraJs: { cloud: 'IssueUpdateDetailsSchema' },
    own: z.object({ transition: z.object({ id: z.string() }, { error: 'Missing transition ID.' }) }),
  },
  search: {
    jiraJs: { cloud: 'SearchAndReconcileRequestSchema' },
    own: z.object({
      jql: z.string(),
      maxResults: z.number().int().min(0).optional(),
      nextPageToken: z.string().optional(),
    }),
  },
  approximateCount: { own: z.object({ jql: z.string() }) },
  bulkFetch: {
    jiraJs: { cloud: 'BulkFetchIssueRequestSchema' },
    own: z.object({
      issueIdsOrKeys: z
        .array(z.string())
        .min(1, 'issueIdsOrKeys must not be empty.')
        .max(100, 'At most 100 issues can be fetched at once.'),
      fields: z.array(z.string()).optional(),
    }),
  },
  permittedProjects: {
    jiraJs: { cloud: 'PermissionsKeysSchema' },
    own: z.object({ permissions: z.array(z.string()).min(1, 'The permissions are required.') }),
  },
  property: {
    own: z.unknown().refine((v) => v !== undefined && JSON.stringify(v).length <= 32_768, {
      message: 'The property value must be a JSON value of at most 32768 characters.',
    }),
  },
  createRequest: {
    jiraJs: { serviceDesk: 'RequestCreateSchema' },
    own: z.object({
      serviceDeskId: z.string(),
      requestTypeId: z.string(),
      requestFieldValues: z.object({ summary: z.string().min(1) }).loose(),
      requestParticipants: z.array(z.string()).optional(),
      raiseOnBehalfOf: z.string().optional(),
    }),
  },
  requestComment: {
    jiraJs: { serviceDesk: 'CommentCreateSchema' },
    own: z.object({ body: z.string().trim().min(1), public: z.boolean().optional() }),
  },
  participants: {
    jiraJs: { serviceDesk: 'RequestParticipantUpdateSchema' },
    own: z.object({ accountIds: z.array(z.string()).min(1) }),
  },
} satisfies Record<string, BodyCheck>;

/** Turns zod issues into Jira's `{ errorMessages, errors }`. Null when the body is valid. */
export function checkBody(
  check: BodyCheck,
  body: unknown,
): { errorMessages: string[]; errors: Record<string, string> } | null {
  const results = [check.jiraJs ? jiraJsSchema(check.jiraJs).safeParse(body) : null, check.own.safeParse(body)];
  const errorMessages: string[] = [];
  const errors: Record<string, string> = {};
  for (const r of results) {
    if (!r || r.success) continue;
    for (const issue of r.error.issues) {
      const path = issue.path.map(String).join('.');
      if (path) errors[path] ??= issue.message;
      else errorMessages.push(issue.message);
    }
  }
  if (errorMessages.length === 0 && Object.keys(errors).length === 0) return null;
  return { errorMessages, errors };
}
