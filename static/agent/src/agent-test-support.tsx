/** Shared by the agent panel's component tests: a sample timeline, a state builder and a renderer. */
import type { AgentState, TimelineEntry } from '../../../src/contract';
import { fakeBridge, renderApp, type Handler } from '../../common/test/render';
import { AgentPanel } from './agent-panel';

export const JQL = 'issue.property[escalade].state = "escalated"';
export const alice = { accountId: 'a1', displayName: 'Alice Martin' };
export const bob = { accountId: 'b2', displayName: 'Bob Agent' };

export const TIMELINE: TimelineEntry[] = [
  {
    type: 'escalation',
    at: '2025-12-03T13:30:00Z',
    by: alice,
    level: 1,
    reasonId: 'other',
    reasonLabel: 'Autre',
    details: 'Tout est bloqué.',
    notify: { outcome: 'sent', recipients: ['Bob Agent'] },
    effects: { notify: 'done' },
  },
  { type: 'followUp', at: '2025-12-01T08:00:00Z', by: alice, commentId: 'c1', notify: { outcome: 'sent' } },
  {
    type: 'followUp',
    at: '2025-12-01T08:10:00Z',
    by: alice,
    commentId: 'c2',
    notify: { outcome: 'none' },
    reason: 'cooldown',
  },
  {
    type: 'followUp',
    at: '2025-12-02T08:10:00Z',
    by: alice,
    commentId: 'c3',
    notify: { outcome: 'none' },
    reason: 'unassignedNoRecipient',
  },
  { type: 'followUp', at: '2025-12-02T09:10:00Z', by: alice, commentId: 'c4', notify: { outcome: 'failed' } },
];

export function agentState(o: Partial<AgentState> = {}): AgentState {
  return {
    requestKey: 'SUP-42',
    kind: 'escalated',
    critical: false,
    eligibleAt: '2025-12-02T15:00:00Z',
    nextLevelAt: '2099-12-04T15:00:00Z',
    level: 1,
    maxLevel: 2,
    acknowledged: false,
    closed: false,
    followUps: { count: 4, lastAt: '2025-12-02T09:10:00Z' },
    timeline: TIMELINE,
    jql: JQL,
    closeReasons: [
      { id: 'resolved', label: 'Résolu', noteRequired: false },
      { id: 'other', label: 'Autre', noteRequired: true },
    ],
    policy: { id: 'default', name: null, matchedOn: null },
    ...o,
  };
}

export function renderAgent(handlers: Record<string, Handler | unknown>, locale = 'fr-FR') {
  const bridge = fakeBridge(handlers);
  renderApp(<AgentPanel />, { bridge, locale, timezone: 'Europe/Paris' });
  return bridge;
}
