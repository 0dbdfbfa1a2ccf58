import {
  a24x7Config,
  aFollowUp,
  aRecord,
  aRequest,
  anEscalation,
  anSla,
  addMs,
  CREATED_AT,
  CUSTOMER,
  hours,
  PARTICIPANT,
  STRANGER,
} from '../../../test/builders';
import type { Config } from '../config';
import type { RequestFacts, SlaCycle } from '../facts';
import type { RequestRecord } from '../record';
import { decideEscalation } from './decide-escalation';
import { indexedDate } from './property';

const ELIGIBLE = addMs(CREATED_AT, hours(16)); // Moderate × Medium on 24/7
const T = '2025-03-12T10:00:00.000Z';
const at = (h: number) => addMs(T, hours(h));
const iso = (h: number) => at(h).toISOString();
const GOOD = { reasonId: 'no-answer', details: '' };

interface Given {
  given: string;
  request?: Partial<RequestFacts>;
  record?: Partial<RequestRecord>;
  config?: Config;
  now?: Date;
  input?: unknown;
  caller?: string;
  sla?: SlaCycle | null;
}

function when(g: Given) {
  return decideEscalation(
    aRequest(g.request),
    aRecord(g.record),
    g.config ?? a24x7Config(),
    g.now ?? at(100),
    'input' in g ? g.input : GOOD,
    g.caller ?? CUSTOMER,
    g.sla,
  );
}

describe('decideEscalation: refusals', () => {
  describe.each<Given & { code: string }>([
    { given: 'a caller who is neither reporter nor participant', caller: STRANGER, code: 'FORBIDDEN' },
    { given: 'a resolved request', request: { statusCategory: 'done' }, code: 'RESOLVED' },
    {
      given: 'a resolved request and a bad payload (state first)',
      request: { statusCategory: 'done' },
      input: null,
      code: 'RESOLVED',
    },
    { given: 'a project the app is not active in', config: a24x7Config({ projects: ['OTHER'] }), code: 'NOT_ELIGIBLE' },
    {
      given: 'a critical request',
      request: { impact: { value: 'Extensive / Widespread' }, urgency: { value: 'Critical' } },
      code: 'CRITICAL',
    },
    { given: 'a request one minute before its delay', now: addMs(ELIGIBLE, -60_000), code: 'NOT_ELIGIBLE' },
    {
      given: 'the follow-up-first option and no follow-up',
      config: a24x7Config({ followUp: { requiredBeforeEscalation: true } }),
      code: 'NOT_ELIGIBLE',
    },
    {
      given: 'SLA mode with a paused cycle',
      config: a24x7Config({ timer: { mode: 'sla', slaName: 'TTR' } }),
      sla: anSla({ paused: true, breachTime: at(1).getTime() }),
      code: 'NOT_ELIGIBLE',
    },
    {
      given: 'SLA mode without a cycle',
      config: a24x7Config({ timer: { mode: 'sla', slaName: 'TTR' } }),
      sla: null,
      code: 'NOT_ELIGIBLE',
    },
    {
      given: 'SLA mode, not breached yet',
      config: a24x7Config({ timer: { mode: 'sla', slaName: 'TTR' } }),
      now: at(0),
      sla: anSla({ breachTime: at(1).getTime() }),
      code: 'NOT_ELIGIBLE',
    },
    {
      given: 'an open level 1 (double click, second tab)',
      record: { escalations: [anEscalation({ at: T })] },
      now: at(0),
      code: 'ALREADY_ESCALATED',
    },
    {
      given: 'level 1 acknowledged 4 h later, 10 h after it',
      record: { escalations: [anEscalation({ at: T, acknowledgedAt: iso(4) })] },
      now: at(10),
      code: 'ALREADY_ESCALATED',
    },
    {
      given: 'an open level 2 of 2',
      record: { escalations: [anEscalation({ at: iso(-20) }), anEscalation({ level: 2, at: T })] },
      code: 'MAX_LEVEL',
    },
    {
      given: 'a closed level 2 of 2',
      record: {
        escalations: [
          anEscalation({ at: iso(-20) }),
          anEscalation({ level: 2, at: T, closedAt: iso(1), closeNote: 'ok' }),
        ],
      },
      code: 'MAX_LEVEL',
    },
    {
      given: 'a single configured level, already used',
      config: a24x7Config({
        escalation: { levels: [{ notifyAssignee: true, recipients: { groups: [], accountIds: [] } }] },
      }),
      record: { escalations: [anEscalation({ at: T })] },
      code: 'MAX_LEVEL',
    },
    {
      given: 'level 1 closed 2 h ago (next level not due)',
      record: { escalations: [anEscalation({ at: T, closedAt: iso(1), closeNote: 'ok' })] },
      now: at(3),
      code: 'NOT_ELIGIBLE',
    },
  ])('given $given', (g) => {
    it(`then it refuses with ${g.code}`, () => {
      expect(when(g)).toEqual({ ok: false, code: g.code });
    });
  });
});

describe('decideEscalation: invalid input on an eligible request', () => {
  const tooLong = 'x'.repeat(2001);
  describe.each<{ input: unknown; fields: { path: string; key: string; params?: object }[] }>([
    { input: null, fields: [{ path: '', key: 'rules.input.object' }] },
    { input: undefined, fields: [{ path: '', key: 'rules.input.object' }] },
    { input: 'no-answer', fields: [{ path: '', key: 'rules.input.object' }] },
    { input: [GOOD], fields: [{ path: '', key: 'rules.input.object' }] },
    { input: { reasonId: 'nope', details: '' }, fields: [{ path: 'reasonId', key: 'rules.input.unknownReason' }] },
    { input: { reasonId: 3, details: '' }, fields: [{ path: 'reasonId', key: 'rules.input.text' }] },
    { input: { details: '' }, fields: [{ path: 'reasonId', key: 'rules.input.text' }] },
    { input: { reasonId: 'no-answer' }, fields: [{ path: 'details', key: 'rules.input.text' }] },
    { input: { reasonId: 'no-answer', details: 42 }, fields: [{ path: 'details', key: 'rules.input.text' }] },
    {
      input: { reasonId: 'other', details: '   ' },
      fields: [{ path: 'details', key: 'rules.input.detailsRequired', params: { min: 10, max: 2000 } }],
    },
    {
      input: { reasonId: 'no-answer', details: ' short   ' },
      fields: [{ path: 'details', key: 'rules.input.tooShort', params: { min: 10 } }],
    },
    {
      input: { reasonId: 'other', details: tooLong },
      fields: [{ path: 'details', key: 'rules.input.tooLong', params: { max: 2000 } }],
    },
    {
      input: { reasonId: 'no-answer', details: '', level: 2 },
      fields: [{ path: 'level', key: 'rules.input.unknownKey', params: { key: 'level' } }],
    },
    {
      input: { reasonId: 'x', details: 'abc', requestKey: 'SUP-2' },
      fields: [
        { path: 'requestKey', key: 'rules.input.unknownKey', params: { key: 'requestKey' } },
        { path: 'reasonId', key: 'rules.input.unknownReason' },
        { path: 'details', key: 'rules.input.tooShort', params: { min: 10 } },
      ],
    },
  ])('given the payload %j', ({ input, fields }) => {
    it('then INVALID_INPUT with the field errors', () => {
      expect(when({ given: '', input })).toEqual({ ok: false, code: 'INVALID_INPUT', fields });
    });
  });
});

describe('decideEscalation: accepted', () => {
  describe.each<Given & { level: number; reasonId: string; details: string }>([
    { given: 'the reporter, no details', level: 1, reasonId: 'no-answer', details: '' },
    { given: 'a participant', caller: PARTICIPANT, level: 1, reasonId: 'no-answer', details: '' },
    { given: 'exactly at the delay', now: ELIGIBLE, level: 1, reasonId: 'no-answer', details: '' },
    {
      given: '"other" with details, trimmed',
      input: { reasonId: 'other', details: '  Production is slow  ' },
      level: 1,
      reasonId: 'other',
      details: 'Production is slow',
    },
    {
      given: 'details of exactly 10',
      input: { reasonId: 'other', details: '0123456789' },
      level: 1,
      reasonId: 'other',
      details: '0123456789',
    },
    {
      given: 'details of exactly 2000',
      input: { reasonId: 'too-slow', details: 'y'.repeat(2000) },
      level: 1,
      reasonId: 'too-slow',
      details: 'y'.repeat(2000),
    },
    {
      given: 'the follow-up-first option and one follow-up',
      config: a24x7Config({ followUp: { requiredBeforeEscalation: true } }),
      record: { followUps: [aFollowUp()] },
      level: 1,
      reasonId: 'no-answer',
      details: '',
    },
    {
      given: 'SLA mode with a breached cycle',
      config: a24x7Config({ timer: { mode: 'sla', slaName: 'TTR' } }),
      now: at(0),
      sla: anSla({ breached: true, breachTime: at(-1).getTime() }),
      level: 1,
      reasonId: 'no-answer',
      details: '',
    },
    {
      given: 'level 1 open for 8 h',
      record: { escalations: [anEscalation({ at: T })] },
      now: at(8),
      level: 2,
      reasonId: 'no-answer',
      details: '',
    },
    {
      given: 'level 1 acknowledged at 4 h, 12 h later (re-escalation after acknowledgement)',
      record: { escalations: [anEscalation({ at: T, acknowledgedAt: iso(4) })] },
      now: at(12),
      level: 2,
      reasonId: 'no-answer',
      details: '',
    },
    {
      given: 'level 1 closed at 1 h, 9 h later',
      record: { escalations: [anEscalation({ at: T, closedAt: iso(1), closeNote: 'ok' })] },
      now: at(9),
      level: 2,
      reasonId: 'no-answer',
      details: '',
    },
  ])('given $given', (g) => {
    it(`then level ${g.level} is recorded with who, when and why`, () => {
      const now = g.now ?? at(100);
      const result = when(g);
      expect(result).toMatchObject({
        ok: true,
        value: {
          level: g.level,
          entry: {
            level: g.level,
            at: now.toISOString(),
            byAccountId: g.caller ?? CUSTOMER,
            reasonId: g.reasonId,
            details: g.details,
          },
          property: {
            state: 'escalated',
            level: g.level,
            escalatedAt: indexedDate(now.toISOString()),
            acknowledgedAt: null,
          },
        },
      });
    });
  });

  it('given the default effects, then the enabled ones are pending and the others skipped', () => {
    const result = when({ given: '' });
    expect(result.ok && result.value.entry.effects).toEqual({
      issueProperty: 'pending',
      label: 'pending',
      internalComment: 'pending',
      notify: 'pending',
      raisePriority: 'skipped',
      transition: 'skipped',
      publicComment: 'skipped',
    });
  });

  it('given every toggle flipped, then every status flips', () => {
    const config = a24x7Config({
      escalation: {
        effects: {
          issueProperty: false,
          label: false,
          internalComment: false,
          notify: false,
          raisePriority: true,
          transition: true,
          transitionId: '31',
          publicComment: true,
        },
      },
    });
    const result = when({ given: '', config });
    expect(result.ok && result.value.entry.effects).toEqual({
      issueProperty: 'skipped',
      label: 'skipped',
      internalComment: 'skipped',
      notify: 'skipped',
      raisePriority: 'pending',
      transition: 'pending',
      publicComment: 'pending',
    });
  });

  it('given follow-ups, then the property counts them and carries no personal data', () => {
    const record = { followUps: [aFollowUp({ commentId: '1' }), aFollowUp({ commentId: '2' })], followUpCount: 5 };
    const result = when({ given: '', record, input: { reasonId: 'other', details: 'Secret business details' } });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.property).toEqual({
      state: 'escalated',
      level: 1,
      escalatedAt: indexedDate(at(100).toISOString()),
      acknowledgedAt: null,
      followUps: 5,
    });
    const json = JSON.stringify(result.value.property);
    expect(json).not.toContain(CUSTOMER);
    expect(json).not.toContain('Secret');
    expect(json).not.toContain('other');
  });
});
