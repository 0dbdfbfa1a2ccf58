/**
 * The customer's and the agent's input: lengths counted after trimming, on both sides of each limit,
 * and what is kept is the trimmed text.
 */
import { aConfig } from '../../../test/builders';
import { NOTE_MAX, parseAcknowledgeInput, parseCloseInput, parseEscalateInput } from './input';

const MIN = 10; // detailsMin of the default config
const MAX = 2000; // detailsMax of the default config
const config = aConfig();
const x = (n: number) => 'x'.repeat(n);
const padded = (s: string) => `  ${s} \n`;

describe('parseEscalateInput: details (trimmed, then between detailsMin and detailsMax when given)', () => {
  it.each([
    { rule: 'no details for a reason that needs none', details: '', then: { value: '' } },
    { rule: 'blank details count as none', details: '   ', then: { value: '' } },
    {
      rule: `${MIN - 1} characters (one below the minimum)`,
      details: x(MIN - 1),
      then: { key: 'rules.input.tooShort' },
    },
    {
      rule: `${MIN - 1} characters padded with spaces`,
      details: padded(x(MIN - 1)),
      then: { key: 'rules.input.tooShort' },
    },
    { rule: `${MIN} characters (the minimum)`, details: x(MIN), then: { value: x(MIN) } },
    { rule: `${MIN} characters padded: kept trimmed`, details: padded(x(MIN)), then: { value: x(MIN) } },
    { rule: `${MAX} characters (the maximum)`, details: x(MAX), then: { value: x(MAX) } },
    { rule: `${MAX} characters padded: trimmed, accepted`, details: padded(x(MAX)), then: { value: x(MAX) } },
    { rule: `${MAX + 1} characters (one above)`, details: x(MAX + 1), then: { key: 'rules.input.tooLong' } },
  ])('$rule', ({ details, then }) => {
    const result = parseEscalateInput({ reasonId: 'no-answer', details }, config);
    if ('value' in then) expect(result).toEqual({ ok: true, value: { reasonId: 'no-answer', details: then.value } });
    else expect(result.ok === false && result.fields.map((f) => f.key)).toEqual([then.key]);
  });

  it.each([
    {
      rule: 'a reason that needs details, given none',
      reasonId: 'other',
      details: '',
      key: 'rules.input.detailsRequired',
    },
    {
      rule: 'a reason that needs details, given blanks',
      reasonId: 'other',
      details: '  ',
      key: 'rules.input.detailsRequired',
    },
  ])('$rule: refused with the limits', ({ reasonId, details, key }) => {
    expect(parseEscalateInput({ reasonId, details }, config)).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      fields: [{ path: 'details', key, params: { min: MIN, max: MAX } }],
    });
  });

  it('zero-width characters only (not blank, nothing visible): too short, with the minimum', () => {
    expect(parseEscalateInput({ reasonId: 'no-answer', details: '\u200b\u200b' }, config)).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      fields: [{ path: 'details', key: 'rules.input.tooShort', params: { min: MIN } }],
    });
  });

  it('given a minimum of 0, then one character is enough', () => {
    const noMin = aConfig({ escalation: { detailsMin: 0 } });
    expect(parseEscalateInput({ reasonId: 'other', details: 'x' }, noMin).ok).toBe(true);
  });

  it('given an unknown reason and too-long details, then both fields are reported', () => {
    const result = parseEscalateInput({ reasonId: 'nope', details: x(MAX + 1) }, config);
    expect(result.ok === false && result.fields).toEqual([
      { path: 'reasonId', key: 'rules.input.unknownReason' },
      { path: 'details', key: 'rules.input.tooLong', params: { max: MAX } },
    ]);
  });
});

describe(`agent notes: at most ${NOTE_MAX} characters after trimming`, () => {
  it.each([
    { rule: `${NOTE_MAX} characters`, note: x(NOTE_MAX), accepted: x(NOTE_MAX) },
    { rule: `${NOTE_MAX} characters padded: trimmed, accepted`, note: padded(x(NOTE_MAX)), accepted: x(NOTE_MAX) },
    { rule: `${NOTE_MAX + 1} characters`, note: x(NOTE_MAX + 1), accepted: null },
    { rule: 'a short note padded: kept trimmed', note: '  Taken  ', accepted: 'Taken' },
  ])('acknowledge: $rule', ({ note, accepted }) => {
    const result = parseAcknowledgeInput({ note });
    if (accepted === null)
      expect(result).toEqual({
        ok: false,
        code: 'INVALID_INPUT',
        fields: [{ path: 'note', key: 'rules.input.tooLong', params: { max: NOTE_MAX } }],
      });
    else expect(result).toEqual({ ok: true, value: { note: accepted } });
  });

  it.each([undefined, null, {}, { note: null }, { note: '' }, { note: '   ' }])(
    'acknowledge: given %j, then no note',
    (input) => {
      expect(parseAcknowledgeInput(input)).toStrictEqual({ ok: true, value: {} });
    },
  );

  it.each([
    {
      rule: `${NOTE_MAX} characters padded: trimmed, accepted`,
      note: padded(x(NOTE_MAX)),
      key: null,
      kept: x(NOTE_MAX),
    },
    { rule: `${NOTE_MAX + 1} characters`, note: x(NOTE_MAX + 1), key: 'rules.input.tooLong', kept: null },
    { rule: 'one character', note: 'x', key: null, kept: 'x' },
    { rule: 'blanks only', note: '  \n ', key: 'rules.input.required', kept: null },
    { rule: 'no note at all', note: undefined, key: 'rules.input.required', kept: null },
    { rule: 'a number', note: 7, key: 'rules.input.text', kept: null },
  ])('close: $rule', ({ note, key, kept }) => {
    const result = parseCloseInput(note === undefined ? { reasonId: 'other' } : { reasonId: 'other', note }, aConfig());
    if (key === null) expect(result).toEqual({ ok: true, value: { reasonId: 'other', note: kept, notePublic: false } });
    else expect(result.ok === false && result.fields.map((f) => f.key)).toEqual([key]);
  });
});

describe('close: the reason and an invisible note', () => {
  it.each([
    {
      rule: 'a reason id that is not text',
      input: { reasonId: 3, note: 'x' },
      then: { ok: false, code: 'INVALID_INPUT', fields: [{ path: 'reasonId', key: 'rules.input.text' }] },
    },
    {
      rule: 'a note of zero-width characters only, for a reason that needs none: no note',
      input: { reasonId: 'resolved', note: '\u200b\u200b' },
      then: { ok: true, value: { reasonId: 'resolved', notePublic: false } },
    },
  ])('$rule', ({ input, then }) => {
    expect(parseCloseInput(input, aConfig())).toStrictEqual(then);
  });
});
