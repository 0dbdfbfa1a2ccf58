/** The customer withdraws their open escalation (docs/rules.md §7d): what is open, the note's limits, the entry. */
import { aRecord, anEscalation, CUSTOMER } from '../../../test/builders';
import { decideWithdraw, parseWithdrawInput, WITHDRAW_NOTE_MAX } from './withdraw';

const NOW = new Date('2025-03-13T09:30:00.000Z');

describe('parseWithdrawInput: { note? }, at most 500 characters after trimming', () => {
  it.each([
    ['no payload (undefined)', undefined, { ok: true }],
    ['no payload (null)', null, { ok: true }],
    ['an empty object', {}, { ok: true }],
    ['a null note', { note: null }, { ok: true }],
    ['a blank note: no note', { note: '   ' }, { ok: true }],
    ['a note, trimmed', { note: '  Fixed, thanks  ' }, { ok: true, note: 'Fixed, thanks' }],
    ['500 characters after trimming: kept', { note: ` ${'a'.repeat(500)} ` }, { ok: true, note: 'a'.repeat(500) }],
    ['a bidi override is removed from the note', { note: 'ok\u202Egnp' }, { ok: true, note: 'okgnp' }],
    ['only unsafe characters: no note', { note: '\u202E\u0007' }, { ok: true }],
  ])('%s', (_name, input, expected) => {
    expect(parseWithdrawInput(input)).toEqual(expected);
  });

  it.each([
    [
      '501 characters after trimming',
      { note: 'a'.repeat(501) },
      [{ path: 'note', key: 'rules.input.tooLong', params: { max: 500 } }],
    ],
    ['a note that is not text', { note: 42 }, [{ path: 'note', key: 'rules.input.text' }]],
    ['an unknown key', { reason: 'x' }, [{ path: 'reason', key: 'rules.input.unknownKey', params: { key: 'reason' } }]],
    [
      'an unknown key and a bad note: both refused',
      { level: 2, note: false },
      [
        { path: 'level', key: 'rules.input.unknownKey', params: { key: 'level' } },
        { path: 'note', key: 'rules.input.text' },
      ],
    ],
    ['an array', ['note'], [{ path: '', key: 'rules.input.object' }]],
    ['a string', 'note', [{ path: '', key: 'rules.input.object' }]],
  ])('%s: refused', (_name, input, fields) => {
    expect(parseWithdrawInput(input)).toEqual({ ok: false, code: 'INVALID_INPUT', fields });
  });

  it('the limit is 500', () => {
    expect(WITHDRAW_NOTE_MAX).toBe(500);
  });
});

describe('decideWithdraw', () => {
  const open = anEscalation({ level: 2, at: '2025-03-12T10:00:00.000Z' });
  const level1 = anEscalation({ level: 1, at: '2025-03-11T10:00:00.000Z', closedAt: '2025-03-11T12:00:00.000Z' });

  it.each([
    ['no escalation', aRecord()],
    ['the current level closed', aRecord({ escalations: [anEscalation({ closedAt: '2025-03-12T12:00:00.000Z' })] })],
    [
      'the current level already withdrawn',
      aRecord({ escalations: [anEscalation({ closedAt: '2025-03-12T12:00:00.000Z', withdrawn: true })] }),
    ],
  ])('%s: NOTHING_TO_WITHDRAW, before the input is even read', (_name, record) => {
    expect(decideWithdraw(record, NOW, 'not an object', CUSTOMER)).toEqual({ ok: false, code: 'NOTHING_TO_WITHDRAW' });
  });

  it('an open escalation and a bad note: INVALID_INPUT, nothing recorded', () => {
    const decision = decideWithdraw(aRecord({ escalations: [open] }), NOW, { note: 7 }, CUSTOMER);
    expect(decision).toEqual({ ok: false, code: 'INVALID_INPUT', fields: [{ path: 'note', key: 'rules.input.text' }] });
  });

  it('the open level is closed by the customer, with the note; the lower closed level stays as it was', () => {
    const record = aRecord({ followUpCount: 3, escalations: [level1, open] });
    const decision = decideWithdraw(record, NOW, { note: ' No longer needed ' }, CUSTOMER);
    expect(decision).toEqual({
      ok: true,
      entry: {
        ...open,
        closedAt: NOW.toISOString(),
        closedBy: CUSTOMER,
        withdrawn: true,
        closeNote: 'No longer needed',
      },
      property: {
        state: 'withdrawn',
        level: 2,
        escalatedAt: '2025-03-12T10:00:00Z',
        acknowledgedAt: null,
        overdue: false,
        followUps: 3,
        // The escalation recorded no policy: the top level's.
        policy: 'default',
      },
    });
  });

  it('an acknowledged level can be withdrawn; with no note, no closeNote key', () => {
    const acked = anEscalation({ acknowledgedAt: '2025-03-12T11:00:00.000Z', acknowledgedBy: 'agent' });
    const decision = decideWithdraw(aRecord({ escalations: [acked] }), NOW, undefined, CUSTOMER);
    if (!decision.ok) throw new Error(decision.code);
    expect(decision.entry).toEqual({ ...acked, closedAt: NOW.toISOString(), closedBy: CUSTOMER, withdrawn: true });
    expect('closeNote' in decision.entry).toBe(false);
    expect(decision.property.state).toBe('withdrawn');
  });
});
