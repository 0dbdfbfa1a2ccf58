/**
 * The shape of the customer's and the agent's payloads: not an object, a field of the wrong type, an unknown
 * reason, and what is kept of the text (trimmed, made safe, nothing invisible).
 */
import { aConfig } from '../../../test/builders';
import { parseAcknowledgeInput, parseCloseInput, parseEscalateInput } from './input';

const MIN = 10; // detailsMin of the default config
const config = aConfig();
const NOT_AN_OBJECT = { path: '', key: 'rules.input.object' };

describe('parseEscalateInput: a payload that is not an object', () => {
  it.each([
    { given: 'null', input: null },
    { given: 'nothing (undefined)', input: undefined },
    { given: 'a text', input: 'no-answer' },
    { given: 'a number', input: 42 },
    { given: 'an array', input: ['no-answer', 'x'.repeat(MIN)] },
  ])('given $given, then refused as not an object', ({ input }) => {
    expect(parseEscalateInput(input, config)).toStrictEqual({
      ok: false,
      code: 'INVALID_INPUT',
      fields: [NOT_AN_OBJECT],
    });
  });
});

describe('parseEscalateInput: each field has its type and the reason must be known', () => {
  it.each([
    {
      given: 'a reason id that is a number',
      input: { reasonId: 3, details: '' },
      then: [{ path: 'reasonId', key: 'rules.input.text' }],
    },
    {
      given: 'no reason id',
      input: { details: '' },
      then: [{ path: 'reasonId', key: 'rules.input.text' }],
    },
    {
      given: 'details that are a number',
      input: { reasonId: 'no-answer', details: 12345678901 },
      then: [{ path: 'details', key: 'rules.input.text' }],
    },
    {
      given: 'no details at all',
      input: { reasonId: 'no-answer' },
      then: [{ path: 'details', key: 'rules.input.text' }],
    },
    {
      given: 'an unknown reason and no details (whether details are required is unknown)',
      input: { reasonId: 'nope', details: '' },
      then: [{ path: 'reasonId', key: 'rules.input.unknownReason' }],
    },
    {
      given: 'a reason id that is not text and no details',
      input: { reasonId: null, details: '' },
      then: [{ path: 'reasonId', key: 'rules.input.text' }],
    },
    {
      given: `${MIN - 1} characters (one below the minimum)`,
      input: { reasonId: 'no-answer', details: 'x'.repeat(MIN - 1) },
      then: [{ path: 'details', key: 'rules.input.tooShort', params: { min: MIN } }],
    },
  ])('given $given, then refused on that field', ({ input, then }) => {
    expect(parseEscalateInput(input, config)).toStrictEqual({ ok: false, code: 'INVALID_INPUT', fields: then });
  });
});

describe('what is kept of the text: trimmed and safe for an email or a comment', () => {
  const unsafe = 'Printer \u202Eerif no\u0007 ok';
  const safe = 'Printer erif no ok';

  it('escalate: control characters and bidi overrides are removed from the details', () => {
    expect(parseEscalateInput({ reasonId: 'no-answer', details: `  ${unsafe}  ` }, config)).toStrictEqual({
      ok: true,
      value: { reasonId: 'no-answer', details: safe },
    });
  });

  it('close: control characters and bidi overrides are removed from the note', () => {
    expect(parseCloseInput({ reasonId: 'resolved', note: `  ${unsafe}  ` }, config)).toStrictEqual({
      ok: true,
      value: { reasonId: 'resolved', note: safe, notePublic: false },
    });
  });

  // Trimmed again once made safe: the space before a removed control character must not stay at the end.
  it.each([
    {
      given: 'escalate details',
      parse: (t: string) => parseEscalateInput({ reasonId: 'no-answer', details: t }, config),
    },
    { given: 'a close note', parse: (t: string) => parseCloseInput({ reasonId: 'resolved', note: t }, config) },
  ])('$given ending in a space then a control character: kept without either', ({ parse }) => {
    const r = parse('Imprimante en panne depuis ce matin \u0007');
    expect(r.ok && Object.values(r.value)).toContain('Imprimante en panne depuis ce matin');
  });

  it('acknowledge: a note of zero-width characters only (nothing visible) is no note', () => {
    expect(parseAcknowledgeInput({ note: '\u200b\u200b' })).toStrictEqual({ ok: true, value: {} });
  });
});

describe('parseCloseInput: a missing note and an unknown reason', () => {
  it.each([
    {
      given: 'a null note, for a reason that needs none',
      input: { reasonId: 'resolved', note: null },
      then: { ok: true, value: { reasonId: 'resolved', notePublic: false } },
    },
    {
      given: 'an unknown reason and no note (whether a note is required is unknown)',
      input: { reasonId: 'nope' },
      then: { ok: false, code: 'INVALID_INPUT', fields: [{ path: 'reasonId', key: 'rules.input.unknownReason' }] },
    },
  ])('given $given', ({ input, then }) => {
    expect(parseCloseInput(input, config)).toStrictEqual(then);
  });
});
