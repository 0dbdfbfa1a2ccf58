/** The effects of an agent's acknowledgement or closing (docs/rules.md §8): what starts pending, what is left, a retry. */
import { aConfig, aRecord, anEscalation, AGENT } from '../../../test/builders';
import { agentEffectNeedsWork, agentEffectsLeft, initialAgentEffects, recordedAction } from './agent-effects';

describe('initialAgentEffects: pending when the admin turned the effect on, skipped otherwise', () => {
  it.each([
    ['acknowledge, property on, customer told', 'acknowledge', true, true, false, 'pending', 'pending'],
    ['acknowledge, property off, customer not told', 'acknowledge', false, false, true, 'skipped', 'skipped'],
    ['close, property on, customer told', 'close', true, false, true, 'pending', 'pending'],
    ['close, property on, customer not told', 'close', true, true, false, 'pending', 'skipped'],
    ['close, property off, customer told', 'close', false, false, true, 'skipped', 'pending'],
  ] as const)('%s', (_name, kind, issueProperty, onAcknowledge, onClose, property, comment) => {
    const config = aConfig({
      escalation: {
        effects: { issueProperty },
        notifyCustomerOnAcknowledge: onAcknowledge,
        notifyCustomerOnClose: onClose,
      },
    });
    expect(initialAgentEffects(config, kind)).toEqual({ issueProperty: property, customerComment: comment });
  });
});

describe('agentEffectNeedsWork', () => {
  it.each([
    ['pending', true],
    ['unknown', true],
    ['done', false],
    ['failed', false],
    ['skipped', false],
    [undefined, false],
  ] as const)('%s: %s', (status, needsWork) => {
    expect(agentEffectNeedsWork(status)).toBe(needsWork);
  });
});

describe('agentEffectsLeft: the unfinished actions on any level', () => {
  it.each([
    ['no escalation', [], []],
    ['an entry with no agent action', [anEscalation()], []],
    [
      'everything done or skipped',
      [
        anEscalation({
          acknowledgeEffects: { issueProperty: 'done', customerComment: 'skipped' },
          closeEffects: { issueProperty: 'failed', customerComment: 'done' },
        }),
      ],
      [],
    ],
    [
      'the acknowledgement’s comment pending (the second effect)',
      [anEscalation({ acknowledgeEffects: { issueProperty: 'done', customerComment: 'pending' } })],
      [{ level: 1, kind: 'acknowledge' }],
    ],
    [
      'the closing’s property unknown',
      [anEscalation({ closeEffects: { issueProperty: 'unknown', customerComment: 'done' } })],
      [{ level: 1, kind: 'close' }],
    ],
    [
      'both actions on level 1, the closing on level 2, in order',
      [
        anEscalation({
          acknowledgeEffects: { issueProperty: 'pending' },
          closeEffects: { customerComment: 'pending' },
        }),
        anEscalation({ level: 2, closeEffects: { issueProperty: 'pending', customerComment: 'pending' } }),
      ],
      [
        { level: 1, kind: 'acknowledge' },
        { level: 1, kind: 'close' },
        { level: 2, kind: 'close' },
      ],
    ],
  ])('%s', (_name, escalations, left) => {
    expect(agentEffectsLeft(aRecord({ escalations }))).toEqual(left);
  });
});

describe('recordedAction: the same agent’s retry of the same click on the current level', () => {
  const acked = { acknowledgedAt: '2025-03-12T11:00:00.000Z', acknowledgedBy: AGENT };
  const closed = { closedAt: '2025-03-12T12:00:00.000Z', closedBy: AGENT };
  it.each([
    ['no escalation', 'acknowledge', [], AGENT, false],
    ['acknowledged by this agent', 'acknowledge', [anEscalation(acked)], AGENT, true],
    ['acknowledged by another agent', 'acknowledge', [anEscalation(acked)], 'someone-else', false],
    ['closed by this agent, asked about acknowledging', 'acknowledge', [anEscalation(closed)], AGENT, false],
    ['closed by this agent', 'close', [anEscalation(closed)], AGENT, true],
    ['closed by another agent', 'close', [anEscalation(closed)], 'someone-else', false],
    ['withdrawn by the customer, same account', 'close', [anEscalation({ ...closed, withdrawn: true })], AGENT, false],
    [
      'closed by this agent on level 1, level 2 open: not the current level',
      'close',
      [anEscalation(closed), anEscalation({ level: 2 })],
      AGENT,
      false,
    ],
  ] as const)('%s', (_name, kind, escalations, agent, found) => {
    const record = aRecord({ escalations: [...escalations] });
    expect(recordedAction(record, kind, agent)).toBe(found ? record.escalations[record.escalations.length - 1] : null);
  });
});
