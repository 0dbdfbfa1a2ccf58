/** The customer's history of their escalations (docs/rules.md §7d): each step with its date, labels, no levels or names. */
import { aConfig, aRecord, anEscalation } from '../../test/builders';
import { portalHistory } from './portal-history';
import { AUTOMATIC_REASONS, closeReasonLabel, reasonLabel } from './reason-label';

const config = aConfig();
const L1 = '2025-03-12T10:00:00.000Z';

describe('portalHistory', () => {
  it.each([
    ['escalated only', {}, [{ kind: 'escalated', at: L1, reasonLabel: 'No answer' }]],
    [
      'taken in hand',
      { acknowledgedAt: '2025-03-12T11:00:00.000Z' },
      [
        { kind: 'escalated', at: L1, reasonLabel: 'No answer' },
        { kind: 'acknowledged', at: '2025-03-12T11:00:00.000Z' },
      ],
    ],
    [
      'closed with a reason and a public note',
      { closedAt: '2025-03-12T12:00:00.000Z', closeReasonId: 'resolved', closeNote: 'Fixed.', closeNotePublic: true },
      [
        { kind: 'escalated', at: L1, reasonLabel: 'No answer' },
        { kind: 'closed', at: '2025-03-12T12:00:00.000Z', reasonLabel: 'Resolved', note: 'Fixed.' },
      ],
    ],
    [
      'closed with a private note and no reason (closed before reasons existed): neither shown',
      { closedAt: '2025-03-12T12:00:00.000Z', closeNote: 'Internal.', closeNotePublic: false },
      [
        { kind: 'escalated', at: L1, reasonLabel: 'No answer' },
        { kind: 'closed', at: '2025-03-12T12:00:00.000Z' },
      ],
    ],
    [
      'public but empty note: no note',
      { closedAt: '2025-03-12T12:00:00.000Z', closeNote: '', closeNotePublic: true },
      [
        { kind: 'escalated', at: L1, reasonLabel: 'No answer' },
        { kind: 'closed', at: '2025-03-12T12:00:00.000Z' },
      ],
    ],
    [
      'withdrawn by the customer (never "closed")',
      { closedAt: '2025-03-12T12:00:00.000Z', withdrawn: true, closeNote: 'Sorted', closeNotePublic: true },
      [
        { kind: 'escalated', at: L1, reasonLabel: 'No answer' },
        { kind: 'withdrawn', at: '2025-03-12T12:00:00.000Z' },
      ],
    ],
  ])('%s', (_name, entry, steps) => {
    expect(portalHistory(aRecord({ escalations: [anEscalation({ at: L1, ...entry })] }), config, 'en')).toEqual(steps);
  });

  it('oldest first across levels, whatever the order of the entries', () => {
    const record = aRecord({
      escalations: [
        anEscalation({ level: 2, at: '2025-03-13T09:00:00.000Z', reasonId: AUTOMATIC_REASONS.ackTimeout }),
        anEscalation({ level: 1, at: L1, acknowledgedAt: '2025-03-13T10:00:00.000Z' }),
      ],
    });
    expect(portalHistory(record, config, 'fr').map((s) => [s.kind, s.at])).toEqual([
      ['escalated', L1],
      ['escalated', '2025-03-13T09:00:00.000Z'],
      ['acknowledged', '2025-03-13T10:00:00.000Z'],
    ]);
  });
});

describe('reason labels', () => {
  it.each([
    ['a configured reason, en', 'no-answer', 'en', 'No answer'],
    ['a configured reason, fr', 'no-answer', 'fr', 'Pas de réponse'],
    ['the app’s acknowledgement timeout, en', AUTOMATIC_REASONS.ackTimeout, 'en', 'Not acknowledged in time'],
    ['the app’s SLA breach, en', AUTOMATIC_REASONS.slaBreach, 'en', 'SLA breached'],
    ['an id no longer configured: the id', 'gone', 'en', 'gone'],
  ] as const)('escalation: %s', (_name, id, lang, label) => {
    expect(reasonLabel(config, id, lang)).toBe(label);
  });

  it.each([
    ['configured, en', 'resolved', 'en', 'Resolved'],
    ['configured, fr', 'workaround', 'fr', 'Contournement fourni'],
    ['an id no longer configured: the id', 'gone', 'fr', 'gone'],
  ] as const)('closing: %s', (_name, id, lang, label) => {
    expect(closeReasonLabel(config, id, lang)).toBe(label);
  });

  it('the automatic reasons’ ids carry a colon, so no admin id can take them', () => {
    expect(AUTOMATIC_REASONS).toEqual({ ackTimeout: 'auto:ack-timeout', slaBreach: 'auto:sla-breach' });
  });
});
