import type { Config, Recipients } from './config';
import type { RequestFacts } from './facts';

/**
 * Who stands in for a missing assignee (PRODUCT.md §2b, "someone is always told"): the configured
 * fallback recipients; when there are none and `followUp.fallbackToProjectLead` is on, the service
 * project's lead (read by the app only in that case, into `request.projectLeadId`); else nobody.
 */
export function fallbackFor(request: RequestFacts, config: Config): Recipients | null {
  const { groups, accountIds } = config.followUp.fallbackRecipients;
  if (groups.length > 0 || accountIds.length > 0) return { groups: [...groups], accountIds: [...accountIds] };
  if (config.followUp.fallbackToProjectLead && request.projectLeadId)
    return { groups: [], accountIds: [request.projectLeadId] };
  return null;
}

/** Does deciding who to email for this request need the project's lead? (Unassigned, no fallback, option on.) */
export function needsProjectLead(request: RequestFacts, config: Config): boolean {
  const { groups, accountIds } = config.followUp.fallbackRecipients;
  return (
    request.assigneeId === null &&
    groups.length === 0 &&
    accountIds.length === 0 &&
    config.followUp.fallbackToProjectLead &&
    request.projectLeadId === undefined
  );
}
