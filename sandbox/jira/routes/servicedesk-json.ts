/** The service desk, request and paged-list representations of /rest/servicedeskapi. */
import { sdDate } from '../http';
import { isStaff } from '../permissions';
import {
  currentStatusJson,
  optionJson,
  requestTypeJson,
  requestTypeOf,
  sdUserJson,
  statusOf,
} from '../representations';
import { FIELD_IDS, SELECT_FIELDS, SERVICE_DESK, serviceDeskOfKey, SITE_URL, type ServiceDeskDef } from '../seed';
import { slaJson } from '../sla';
import type { IssueRow, SandboxUser } from '../types';
import type { Ctx } from './context';

const SD = `${SITE_URL}/rest/servicedeskapi`;

export function paged<T>(values: T[], start: number, limit: number, total = values.length) {
  return {
    size: values.length,
    start,
    limit,
    isLastPage: start + values.length >= total,
    values,
    _links: { base: SITE_URL, context: '', self: SD },
  };
}

export const startLimit = (ctx: Ctx, defaultLimit = 50) => ({
  start: Math.max(0, Number(ctx.req.query.get('start') ?? 0) || 0),
  limit: Math.max(1, Math.min(100, Number(ctx.req.query.get('limit') ?? defaultLimit) || defaultLimit)),
});

export function serviceDeskJson(desk: ServiceDeskDef = SERVICE_DESK) {
  return {
    id: desk.id,
    projectId: desk.projectId,
    projectName: desk.projectName,
    projectKey: desk.projectKey,
    _links: { self: `${SD}/servicedesk/${desk.id}` },
  };
}

export const users = (ctx: Ctx, ids: string[]) =>
  ids.map((id) => ctx.site.findUser(id)).filter((u): u is SandboxUser => !!u);

export function requestJson(ctx: Ctx, issue: IssueRow, expand: string[]) {
  const reporter = ctx.site.findUser(issue.reporter);
  const desk = serviceDeskOfKey(issue.key);
  const fieldValues: { fieldId: string; label: string; value: unknown; renderedValue?: Record<string, unknown> }[] = [
    { fieldId: 'summary', label: 'Résumé', value: issue.summary },
    {
      fieldId: 'description',
      label: 'Description',
      value: issue.description,
      renderedValue: { html: `<p>${issue.description}</p>` },
    },
  ];
  for (const f of SELECT_FIELDS) {
    const v = optionJson(f.id, f.id === FIELD_IDS.impact ? issue.impactOptionId : issue.urgencyOptionId);
    if (v) fieldValues.push({ fieldId: f.id, label: f.name, value: v });
  }
  const out: Record<string, unknown> = {
    _expands: ['participant', 'status', 'sla', 'requestType', 'serviceDesk', 'attachment', 'action', 'comment'],
    issueId: issue.id,
    issueKey: issue.key,
    summary: issue.summary,
    requestTypeId: issue.requestTypeId,
    serviceDeskId: desk.id,
    createdDate: sdDate(issue.created),
    reporter: reporter ? sdUserJson(reporter) : { accountId: issue.reporter },
    requestFieldValues: fieldValues,
    currentStatus: currentStatusJson(issue),
    _links: {
      jiraRest: `${SITE_URL}/rest/api/2/issue/${issue.id}`,
      web: `${SITE_URL}/servicedesk/customer/portal/${desk.id}/${issue.key}`,
      agent: `${SITE_URL}/browse/${issue.key}`,
      self: `${SD}/request/${issue.id}`,
    },
  };
  if (expand.includes('participant')) out.participants = paged(users(ctx, issue.participants).map(sdUserJson), 0, 50);
  if (expand.includes('status')) {
    out.status = paged(
      [
        {
          status: statusOf(issue.statusId).name,
          statusCategory: statusOf(issue.statusId).category.toUpperCase(),
          statusDate: sdDate(issue.statusDate),
        },
      ],
      0,
      50,
    );
  }
  if (expand.includes('requestType')) out.requestType = requestTypeJson(requestTypeOf(issue));
  if (expand.includes('serviceDesk')) out.serviceDesk = serviceDeskJson(desk);
  if (expand.includes('sla') && isStaff(ctx.principal))
    out.sla = paged([slaJson(issue, ctx.site.clock.nowMs())], 0, 50);
  return out;
}

export const expandOf = (ctx: Ctx) =>
  ctx.req.query
    .getAll('expand')
    .flatMap((e) => e.split(','))
    .map((e) => e.trim());
