import { a24x7Config, anEscalation, anSla, STRANGER } from '../../../test/builders';
import { addMs } from '../../../test/times';
import { at, ELIGIBLE_AT, iso, T } from '../../../test/times';
import { GOOD, when, type Given } from '../../../test/support/decide-escalation';

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
      given: 'a project the app is not active in, at the last level (inactive is checked before the level)',
      config: a24x7Config({ projects: ['OTHER'] }),
      record: { escalations: [anEscalation({ at: iso(-20) }), anEscalation({ level: 2, at: T })] },
      code: 'NOT_ELIGIBLE',
    },
    {
      given: 'a critical request',
      request: { impact: { value: 'Extensive / Widespread' }, urgency: { value: 'Critical' } },
      code: 'CRITICAL',
    },
    { given: 'a request one minute before its delay', now: addMs(ELIGIBLE_AT, -60_000), code: 'NOT_ELIGIBLE' },
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
