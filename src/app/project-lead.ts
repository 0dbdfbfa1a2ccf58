import { needsProjectLead, type Config } from '../domain';
import type { RequestFacts } from '../domain/facts';
import type { JiraPort } from '../ports';

/**
 * The request with its project's lead, read only when the domain will need it (unassigned, no fallback
 * recipient, `followUp.fallbackToProjectLead` on): one cached call, none in every other case.
 */
export async function withProjectLead(jira: JiraPort, request: RequestFacts, config: Config): Promise<RequestFacts> {
  if (!needsProjectLead(request, config)) return request;
  return { ...request, projectLeadId: await jira.projectLead(request.projectKey) };
}
