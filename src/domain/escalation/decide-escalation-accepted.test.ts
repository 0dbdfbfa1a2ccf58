import { a24x7Config, aFollowUp, anEscalation, anSla, CUSTOMER, PARTICIPANT } from '../../../test/builders';
import { at, ELIGIBLE_AT, iso, T } from '../../../test/times';
import { when, type Given } from '../../../test/support/decide-escalation';
import { indexedDate } from './property';

describe('decideEscalation: accepted', () => {
  describe.each<Given & { level: number; reasonId: string; details: string }>([
    { given: 'the reporter, no details', level: 1, reasonId: 'no-answer', details: '' },
    { given: 'a participant', caller: PARTICIPANT, level: 1, reasonId: 'no-answer', details: '' },
    { given: 'exactly at the delay', now: ELIGIBLE_AT, level: 1, reasonId: 'no-answer', details: '' },
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
      overdue: false,
      followUps: 5,
      policy: 'default',
    });
    const json = JSON.stringify(result.value.property);
    expect(json).not.toContain(CUSTOMER);
    expect(json).not.toContain('Secret');
    expect(json).not.toContain('other');
  });
});
