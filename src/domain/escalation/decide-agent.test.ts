import { AGENT, aRecord, anEscalation } from '../../../test/builders';
import { DEFAULT_CONFIG } from '../config/defaults';
import type { EscalationEntry } from '../record';
import { decideAcknowledge, decideClose } from './decide-agent';
import { indexedDate } from './property';

const NOW = new Date('2025-03-13T09:00:00.000Z');
const open = anEscalation({ at: '2025-03-12T10:00:00.000Z' });
const acknowledged = anEscalation({
  at: '2025-03-12T10:00:00.000Z',
  acknowledgedAt: '2025-03-12T11:00:00.000Z',
  acknowledgedBy: AGENT,
});
const closed = anEscalation({
  at: '2025-03-12T10:00:00.000Z',
  closedAt: '2025-03-12T12:00:00.000Z',
  closedBy: AGENT,
  closeNote: 'done',
});
const long = 'n'.repeat(2001);

type Row = { given: string; escalations: EscalationEntry[]; input: unknown; then: object };
/** A row refused as INVALID_INPUT on one field. */
const invalid = (
  given: string,
  escalations: EscalationEntry[],
  input: unknown,
  path: string,
  key: string,
  params?: object,
): Row => ({
  given,
  escalations,
  input,
  then: { ok: false, code: 'INVALID_INPUT', fields: [{ path, key, ...(params ? { params } : {}) }] },
});

describe('decideAcknowledge: refusals', () => {
  describe.each<Row>([
    { given: 'no escalation', escalations: [], input: {}, then: { ok: false, code: 'NOT_ELIGIBLE' } },
    { given: 'a closed escalation', escalations: [closed], input: {}, then: { ok: false, code: 'NOT_ELIGIBLE' } },
    {
      given: 'an acknowledged escalation',
      escalations: [acknowledged],
      input: {},
      then: { ok: false, code: 'CONFLICT' },
    },
    {
      given: 'level 1 acknowledged but level 2 open: level 2 is acknowledged',
      escalations: [
        acknowledged,
        anEscalation({ level: 2, at: '2025-03-12T20:00:00.000Z', acknowledgedAt: '2025-03-12T21:00:00.000Z' }),
      ],
      input: {},
      then: { ok: false, code: 'CONFLICT' },
    },
    invalid('a string payload', [open], 'ok', '', 'rules.input.object'),
    invalid('a numeric note', [open], { note: 5 }, 'note', 'rules.input.text'),
    invalid('a note of 2001 characters', [open], { note: long }, 'note', 'rules.input.tooLong', { max: 2000 }),
    invalid('an unknown key', [open], { level: 1 }, 'level', 'rules.input.unknownKey', { key: 'level' }),
  ])('given $given', ({ escalations, input, then }) => {
    it('then it refuses', () => expect(decideAcknowledge(aRecord({ escalations }), NOW, input, AGENT)).toEqual(then));
  });
});

describe('decideAcknowledge: accepted', () => {
  describe.each<{ input: unknown; note?: string }>([
    { input: undefined },
    { input: null },
    { input: {} },
    { input: { note: '   ' } },
    { input: { note: null } },
    { input: { note: '  On it  ' }, note: 'On it' },
    { input: { note: 'z'.repeat(2000) }, note: 'z'.repeat(2000) },
  ])('given the payload %j on an open escalation', ({ input, note }) => {
    it('then it is acknowledged by the caller, now', () => {
      const result = decideAcknowledge(aRecord({ escalations: [open] }), NOW, input, AGENT);
      if (!result.ok) throw new Error(`refused: ${result.code}`);
      expect(result.value.entry).toEqual({
        ...open,
        acknowledgedAt: NOW.toISOString(),
        acknowledgedBy: AGENT,
        ...(note ? { acknowledgeNote: note } : {}),
      });
      expect(result.value.property).toEqual({
        state: 'acknowledged',
        level: 1,
        escalatedAt: indexedDate(open.at),
        acknowledgedAt: indexedDate(NOW.toISOString()),
        overdue: false,
        followUps: 0,
        policy: 'default',
      });
    });
  });

  it('given two levels, then it acknowledges the highest one', () => {
    const level2 = anEscalation({ level: 2, at: '2025-03-12T20:00:00.000Z' });
    const result = decideAcknowledge(aRecord({ escalations: [acknowledged, level2] }), NOW, {}, AGENT);
    expect(result).toMatchObject({
      ok: true,
      value: { entry: { level: 2, acknowledgedAt: NOW.toISOString() }, property: { level: 2, state: 'acknowledged' } },
    });
  });
});

describe('decideClose: refusals', () => {
  describe.each<Row>([
    {
      given: 'no escalation',
      escalations: [],
      input: { reasonId: 'other', note: 'x' },
      then: { ok: false, code: 'NOT_ELIGIBLE' },
    },
    {
      given: 'a closed escalation',
      escalations: [closed],
      input: { reasonId: 'other', note: 'x' },
      then: { ok: false, code: 'NOT_ELIGIBLE' },
    },
    invalid('no payload', [open], undefined, '', 'rules.input.object'),
    invalid('no closing reason', [open], { note: 'x' }, 'reasonId', 'rules.input.required'),
    invalid(
      'an unknown closing reason',
      [open],
      { reasonId: 'because', note: 'x' },
      'reasonId',
      'rules.input.unknownReason',
    ),
    invalid(
      'a notePublic that is not a boolean',
      [open],
      { reasonId: 'resolved', note: 'x', notePublic: 'yes' },
      'notePublic',
      'rules.input.boolean',
    ),
    invalid(
      'no note with a reason that requires one (other)',
      [open],
      { reasonId: 'other' },
      'note',
      'rules.input.required',
    ),
    invalid('a blank note', [open], { reasonId: 'other', note: '  \n ' }, 'note', 'rules.input.required'),
    invalid('a numeric note', [open], { reasonId: 'other', note: 1 }, 'note', 'rules.input.text'),
    invalid('a note of 2001 characters', [open], { reasonId: 'other', note: long }, 'note', 'rules.input.tooLong', {
      max: 2000,
    }),
    invalid(
      'an unknown key',
      [open],
      { reasonId: 'other', note: 'ok', notify: true },
      'notify',
      'rules.input.unknownKey',
      { key: 'notify' },
    ),
  ])('given $given', ({ escalations, input, then }) => {
    it('then it refuses', () =>
      expect(decideClose(aRecord({ escalations }), NOW, input, AGENT, DEFAULT_CONFIG)).toEqual(then));
  });
});

describe('decideClose: accepted', () => {
  describe.each([
    { given: 'an open escalation', entry: open },
    { given: 'an acknowledged escalation', entry: acknowledged },
  ])('given $given', ({ entry }) => {
    it('then it is closed by the caller with the trimmed note', () => {
      const input = { reasonId: 'resolved', note: '  Fixed in 2.3  ', notePublic: true };
      const result = decideClose(aRecord({ escalations: [entry] }), NOW, input, AGENT, DEFAULT_CONFIG);
      if (!result.ok) throw new Error(`refused: ${result.code}`);
      expect(result.value.entry).toEqual({
        ...entry,
        closedAt: NOW.toISOString(),
        closedBy: AGENT,
        closeReasonId: 'resolved',
        closeNote: 'Fixed in 2.3',
        closeNotePublic: true,
      });
      expect(result.value.property).toMatchObject({
        state: 'closed',
        level: 1,
        escalatedAt: indexedDate(entry.at),
        acknowledgedAt: entry.acknowledgedAt ? indexedDate(entry.acknowledgedAt) : null,
      });
    });
  });
});

describe('decideClose: the note and whether the customer sees it', () => {
  it.each([
    { given: 'no note (a reason that needs none)', input: { reasonId: 'resolved' }, then: {} },
    { given: 'no note, notePublic true', input: { reasonId: 'resolved', notePublic: true }, then: {} },
    {
      given: 'a note, notePublic false',
      input: { reasonId: 'resolved', note: 'Fixed', notePublic: false },
      then: { closeNote: 'Fixed' },
    },
    {
      given: 'a note, notePublic left out',
      input: { reasonId: 'resolved', note: 'Fixed' },
      then: { closeNote: 'Fixed' },
    },
    {
      given: 'a note, notePublic true',
      input: { reasonId: 'resolved', note: 'Fixed', notePublic: true },
      then: { closeNote: 'Fixed', closeNotePublic: true },
    },
  ])('given $given, then the entry holds $then', ({ input, then }) => {
    const result = decideClose(aRecord({ escalations: [open] }), NOW, input, AGENT, DEFAULT_CONFIG);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.value.entry).toStrictEqual({
      ...open,
      closedAt: NOW.toISOString(),
      closedBy: AGENT,
      closeReasonId: 'resolved',
      ...then,
    });
  });
});
