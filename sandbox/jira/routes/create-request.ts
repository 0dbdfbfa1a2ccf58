/** POST /rest/servicedeskapi/request: a customer (or an agent on their behalf) raises a request. */
import { refusal, success, type Outcome } from '../../../src/domain/outcome';
import { adfToText } from '../adf';
import { error, ok, sdError } from '../http';
import { isStaff } from '../permissions';
import { visibleDesk } from '../desk-access';
import { FIELD_IDS, REQUEST_TYPES, SERVICE_DESK, STATUS, type ServiceDeskDef } from '../seed';
import type { IssueRow, RestResponse } from '../types';
import type { Ctx } from './context';
import { selectOption } from './issue-edit';
import { requestJson } from './servicedesk-json';

interface CreateBody {
  serviceDeskId: string;
  requestTypeId: string;
  requestFieldValues: Record<string, unknown>;
  requestParticipants?: string[];
  raiseOnBehalfOf?: string;
}

/** A value, or the REST answer that refuses it (the project's one refusal shape, src/domain/outcome.ts). */
type Checked<T> = Outcome<T, { refused: RestResponse }>;

/** Who the request is raised for: the caller, or (agents only) an existing customer named by `raiseOnBehalfOf`. */
function reporterOf(ctx: Ctx, b: CreateBody): Checked<string> {
  if (!b.raiseOnBehalfOf) return success(ctx.principal.accountId);
  if (!isStaff(ctx.principal))
    return refusal({ refused: sdError(403, 'You do not have permission to raise requests on behalf of customers.') });
  if (!ctx.site.findUser(b.raiseOnBehalfOf))
    return refusal({ refused: sdError(400, `User ${b.raiseOnBehalfOf} does not exist.`) });
  return success(b.raiseOnBehalfOf);
}

/** The form's fields: impact and urgency options (ids of their fields' options), nothing off the form. */
function fieldsOf(v: Record<string, unknown>): Checked<{ impact: string | null; urgency: string | null }> {
  const option = (fieldId: string) => (v[fieldId] == null ? null : selectOption(fieldId, v[fieldId]));
  const impact = option(FIELD_IDS.impact);
  const urgency = option(FIELD_IDS.urgency);
  if (impact === 'invalid' || urgency === 'invalid') {
    const field = impact === 'invalid' ? FIELD_IDS.impact : FIELD_IDS.urgency;
    return refusal({ refused: error(400, [], { [field]: 'Specify a valid option id.' }) });
  }
  const onForm = ['summary', 'description', FIELD_IDS.impact, FIELD_IDS.urgency];
  const unknownField = Object.keys(v).find((k) => !onForm.includes(k));
  if (unknownField)
    return refusal({
      refused: error(400, [], { [unknownField]: `Field '${unknownField}' is not on the request type's form.` }),
    });
  return success({ impact, urgency });
}

/**
 * The new request's number and id. SUP keeps the site's counter (the seed's and bulk requests' numbering); another
 * project (INF) counts its own requests, with ids far from SUP's.
 */
function numberOf(ctx: Ctx, desk: ServiceDeskDef): { num: number; id: string } {
  const store = ctx.site.store;
  if (desk.id === SERVICE_DESK.id) {
    // The count is read only when the counter was never set (the reset sets it): one create stays O(1).
    const num = store.nextId('nextIssueNumber', () => store.issueCount() + 1);
    return { num, id: String(10000 + num) };
  }
  const prefix = `${desk.projectKey}-`;
  const num = store.nextId(`nextIssueNumber:${desk.projectKey}`, () => {
    return store.issues().filter((i) => i.key.startsWith(prefix)).length + 1;
  });
  return { num, id: String(Number(desk.projectId) * 100 + num) };
}

export function createRequest(ctx: Ctx): RestResponse {
  const b = ctx.req.body as CreateBody;
  const desk = visibleDesk(ctx.principal, b.serviceDeskId);
  if (!desk) return sdError(404, 'Service desk does not exist.');
  const rt = REQUEST_TYPES.find((r) => r.id === b.requestTypeId && r.serviceDeskId === desk.id);
  if (!rt)
    return sdError(400, `The request type ${b.requestTypeId} does not exist in service desk ${b.serviceDeskId}.`);
  const who = reporterOf(ctx, b);
  if (!who.ok) return who.refused;
  const reporter = who.value;
  const fields = fieldsOf(b.requestFieldValues);
  if (!fields.ok) return fields.refused;
  const participants = (b.requestParticipants ?? []).filter((id) => id !== reporter);
  if (participants.some((id) => !ctx.site.findUser(id))) return sdError(400, 'One or more participants do not exist.');
  const now = ctx.site.clock.nowMs();
  const { num, id } = numberOf(ctx, desk);
  const { summary, description } = b.requestFieldValues;
  const issue: IssueRow = {
    id,
    key: `${desk.projectKey}-${num}`,
    summary: String(summary),
    description: typeof description === 'string' ? description : description ? adfToText(description) : '',
    requestTypeId: rt.id,
    statusId: STATUS.open,
    reporter,
    creator: ctx.principal.accountId,
    assignee: null,
    participants,
    watchers: [reporter],
    priorityId: '3',
    impactOptionId: fields.value.impact,
    urgencyOptionId: fields.value.urgency,
    labels: [],
    created: now,
    updated: now,
    statusDate: now,
    resolutionDate: null,
  };
  ctx.site.store.putIssue(issue);
  return ok(requestJson(ctx, issue, ['participant', 'status', 'requestType']), 201);
}
