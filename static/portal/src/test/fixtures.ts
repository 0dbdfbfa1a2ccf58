import type { PortalState } from '../../../../src/contract';

const REASONS: PortalState['reasons'] = [
  { id: 'no-answer', label: 'Pas de réponse', detailsRequired: false },
  { id: 'too-long', label: 'Résolution trop longue', detailsRequired: false },
  { id: 'impact', label: 'Impact métier accru', detailsRequired: false },
  { id: 'other', label: 'Autre', detailsRequired: true },
];

export function portalState(overrides: Partial<PortalState> = {}): PortalState {
  return {
    requestKey: 'SUP-42',
    kind: 'waiting',
    followUps: { count: 0 },
    canEscalate: false,
    maxLevel: 2,
    reasons: REASONS,
    details: { min: 10, max: 2000 },
    ...overrides,
  };
}

export const eligible = (o: Partial<PortalState> = {}) => portalState({ kind: 'eligible', canEscalate: true, ...o });

export const escalated = (o: Partial<PortalState> = {}) =>
  portalState({
    kind: 'escalated',
    canEscalate: false,
    escalation: {
      level: 1,
      at: '2025-12-03T13:30:00Z',
      reasonId: 'other',
      reasonLabel: 'Autre',
      notified: true,
      nextLevelAt: '2025-12-04T15:00:00Z',
    },
    ...o,
  });
