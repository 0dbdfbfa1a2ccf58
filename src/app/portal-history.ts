import type { PortalHistoryStep } from '../contract';
import type { Config } from '../domain';
import type { RequestRecord } from '../domain/record';
import type { Lang } from '../i18n/translate';
import { closeReasonLabel, reasonLabel } from './reason-label';

/**
 * Every step of the request's escalations for the customer's pane, oldest first, with its date: escalated (with
 * its reason), taken in hand, closed (with its closing reason, and the agent's note only when they made it
 * public) or withdrawn. No level numbers and no names: customers never see them (docs/rules.md §7d).
 */
export function portalHistory(record: RequestRecord, config: Config, lang: Lang): PortalHistoryStep[] {
  const steps: PortalHistoryStep[] = [];
  for (const e of record.escalations) {
    steps.push({ kind: 'escalated', at: e.at, reasonLabel: reasonLabel(config, e.reasonId, lang) });
    if (e.acknowledgedAt) steps.push({ kind: 'acknowledged', at: e.acknowledgedAt });
    if (e.closedAt && e.withdrawn) steps.push({ kind: 'withdrawn', at: e.closedAt });
    else if (e.closedAt) {
      steps.push({
        kind: 'closed',
        at: e.closedAt,
        ...(e.closeReasonId ? { reasonLabel: closeReasonLabel(config, e.closeReasonId, lang) } : {}),
        ...(e.closeNotePublic && e.closeNote ? { note: e.closeNote } : {}),
      });
    }
  }
  return steps.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
}
