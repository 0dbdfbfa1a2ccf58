/** POST /rest/servicedeskapi/request: a customer (or an agent on their behalf) raises a request. */
import { adfToText } from '../adf';
import { error, ok, sdError } from '../http';
import { isStaff } from '../permissions';
import { FIELD_IDS, REQUEST_TYPES, SERVICE_DESK, STATUS } from '../seed';
import type { IssueRow, RestResponse } from '../types';
import type { Ctx } from './context';
import { selectOption } from './issue-edit';
import { requestJson } from './servicedesk-json';

export function createRequest(ctx: Ctx): RestResponse {
  const b = ctx.req.body as {
    serviceDeskId: string;
    requestTypeId: string;
    requestFieldValues: Record<string, unknown>;
    requestParticipants?: string[];
    raiseOnBehalfOf?: string;
  };
  if (b.serviceDeskId !== SERVICE_DESK.id) return sdError(404, 'Service desk does not exist.');
  const rt = REQUEST_TYPES.find((r) => r.id === b.requestTypeId);
  if (!rt)
    return sdError(400, `The request type ${b.requestTypeId} does not exist in service desk ${b.serviceDeskId}.`);
  let reporter = ctx.principal.accountId;
  if (b.raiseOnBehalfOf) {
    if (!isStaff(ctx.principal))
      return sdError(403, 'You do not have permission to raise requests on behalf of customers.');
    if (!ctx.site.findUser(b.raiseOnBehalfOf)) return sdError(400, `User ${b.raiseOnBehalfOf} does not exist.`);
    reporter = b.raiseOnBehalfOf;
  }
  const v = b.requestFieldValues;
  const option = (fieldId: string) => (v[fieldId] == null ? null : selectOption(fieldId, v[fieldId]));
  const impact = option(FIELD_IDS.impact);
  const urgency = option(FIELD_IDS.urgency);
  if (impact === 'invalid' || urgency === 'invalid') {
    return error(400, [], {
      [impact === 'invalid' ? FIELD_IDS.impact : FIELD_IDS.urgency]: 'Specify a valid option id.',
    });
  }
  const unknownField = Object.keys(v).find(
    (k) => !['summary', 'description', FIELD_IDS.impact, FIELD_IDS.urgency].includes(k),
  );
  if (unknownField)
    return error(400, [], { [unknownField]: `Field '${unknownField}' is not on the request type's form.` });
  const participants = (b.requestParticipants ?? []).filter((id) => id !== reporter);
  if (participants.some((id) => !ctx.site.findUser(id))) return sdError(400, 'One or more participants do not exist.');
  const now = ctx.site.clock.nowMs();
  const num = ctx.site.store.nextId('nextIssueNumber', ctx.site.store.issues().length + 1);
  const description = v.description;
  const issue: IssueRow = {
    id: String(10000 + num),
    key: `${SERVICE_DESK.projectKey}-${num}`,
    summary: String(v.summary),
    description: typeof description === 'string' ? description : description ? adfToText(description) : '',
    requestTypeId: rt.id,
    statusId: STATUS.open,
    reporter,
    creator: ctx.principal.accountId,
    assignee: null,
    participants,
    watchers: [reporter],
    priorityId: '3',
    impactOptionId: impact,
    urgencyOptionId: urgency,
    labels: [],
    created: now,
    updated: now,
    statusDate: now,
    resolutionDate: null,
  };
  ctx.site.store.putIssue(issue);
  return ok(requestJson(ctx, issue, ['participant', 'status', 'requestType']), 201);
}
