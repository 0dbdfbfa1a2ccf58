import type { RequestFacts } from './facts';

/**
 * Who a customer-side rule applies to (docs/rules.md §1): the request's reporter or one
 * of its participants. Follow-ups, escalation and the portal's access check all use this one rule.
 */
export function isParty(request: Pick<RequestFacts, 'reporterId' | 'participantIds'>, accountId: string): boolean {
  return request.reporterId === accountId || request.participantIds.includes(accountId);
}
