import type { PortalState } from '../contract';
import { currentEscalation, portalState } from '../domain';
import type { Lang } from '../i18n/translate';
import { portalHistory } from './portal-history';
import { reasonLabel } from './reason-label';
import type { RequestView } from './request-view';

export { reasonLabel };

/**
 * What the customer's panel shows, from the domain's decision. Only derived dates leave the
 * server: never SLA data, never other people's account ids.
 */
export function toPortalState(view: RequestView, lang: Lang): PortalState {
  const { request, record, config, now, sla } = view;
  const d = portalState(request, record, config, now, sla);
  const show = config.portal.showEligibleAt;
  const state: PortalState = {
    requestKey: request.key,
    kind: d.kind,
    followUps: d.followUps,
    canEscalate: d.canEscalate,
    maxLevel: d.maxLevel,
    reasons: config.escalation.reasons.map((r) => ({
      id: r.id,
      label: r.label[lang],
      detailsRequired: r.detailsRequired,
    })),
    details: { min: config.escalation.detailsMin, max: config.escalation.detailsMax },
  };
  if (d.followUpRequired) state.followUpRequired = true;
  if (d.kind === 'waiting' && show && d.eligibleAt) state.eligibleAt = d.eligibleAt.toISOString();
  if (d.kind === 'critical') {
    const c = config.critical;
    state.critical = { phone: c.phone, message: c.message[lang], openingHours: c.openingHours[lang] };
  }
  const current = currentEscalation(record);
  if (current && d.kind !== 'critical' && d.kind !== 'inactive') state.history = portalHistory(record, config, lang);
  if (current && d.kind !== 'critical' && d.kind !== 'inactive') {
    state.escalation = {
      level: current.level,
      at: current.at,
      reasonId: current.reasonId,
      reasonLabel: reasonLabel(config, current.reasonId, lang),
      notified: current.notify === 'sent',
      ...(current.acknowledgedAt ? { acknowledgedAt: current.acknowledgedAt } : {}),
      ...(current.closedAt ? { closedAt: current.closedAt } : {}),
      ...(d.nextLevelAt && show && !d.canEscalate ? { nextLevelAt: d.nextLevelAt.toISOString() } : {}),
    };
  }
  return state;
}
