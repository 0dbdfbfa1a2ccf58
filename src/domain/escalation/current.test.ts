/** Which escalation defines the state, the latest of several times, the newest follow-up, an empty record. */
import { aFollowUp, aRecord, anEscalation } from '../../../test/builders';
import { emptyRecord } from '../record';
import { currentEscalation, lastFollowUpAt, latest } from './current';

describe('currentEscalation: the highest level, the newest entry on a tie', () => {
  const l1 = anEscalation({ level: 1, at: '2025-03-12T10:00:00.000Z' });
  const l2 = anEscalation({ level: 2, at: '2025-03-12T18:00:00.000Z' });
  const l1Again = anEscalation({ level: 1, at: '2025-03-13T10:00:00.000Z' });
  const l2Again = anEscalation({ level: 2, at: '2025-03-13T18:00:00.000Z' });
  it.each([
    { given: 'no escalation', escalations: [], then: undefined },
    { given: 'level 1 only', escalations: [l1], then: l1 },
    { given: 'levels 1 then 2', escalations: [l1, l2], then: l2 },
    { given: 'levels 2 then 1 (stored out of order)', escalations: [l2, l1], then: l2 },
    { given: 'two entries at level 1: the later one', escalations: [l1, l1Again], then: l1Again },
    {
      given: 'two entries at level 2 around a level 1: the later level 2',
      escalations: [l2, l1, l2Again],
      then: l2Again,
    },
  ])('given $given', ({ escalations, then }) => {
    expect(currentEscalation(aRecord({ escalations }))).toBe(then);
  });
});

describe('latest: the latest of the given times, undefined ones skipped', () => {
  it.each([
    { given: 'one time', times: ['2025-03-12T10:00:00Z'], then: '2025-03-12T10:00:00.000Z' },
    {
      given: 'the later second',
      times: ['2025-03-12T10:00:00Z', '2025-03-12T11:00:00Z'],
      then: '2025-03-12T11:00:00.000Z',
    },
    {
      given: 'the later first',
      times: ['2025-03-12T11:00:00Z', '2025-03-12T10:00:00Z'],
      then: '2025-03-12T11:00:00.000Z',
    },
    {
      given: 'an undefined one',
      times: [undefined, '2025-03-12T10:00:00Z', undefined],
      then: '2025-03-12T10:00:00.000Z',
    },
  ])('given $given', ({ times, then }) => {
    expect(latest(...times).toISOString()).toBe(then);
  });
});

describe('lastFollowUpAt: the newest follow-up, whatever the order stored', () => {
  it.each([
    { given: 'no follow-up', ats: [], then: undefined },
    { given: 'one', ats: ['2025-03-10T12:00:00.000Z'], then: '2025-03-10T12:00:00.000Z' },
    {
      given: 'oldest first',
      ats: ['2025-03-10T12:00:00.000Z', '2025-03-11T12:00:00.000Z'],
      then: '2025-03-11T12:00:00.000Z',
    },
    {
      given: 'newest first',
      ats: ['2025-03-11T12:00:00.000Z', '2025-03-10T12:00:00.000Z'],
      then: '2025-03-11T12:00:00.000Z',
    },
    {
      given: 'the same instant in another offset is not newer',
      ats: ['2025-03-11T12:00:00.000Z', '2025-03-11T13:00:00.000+01:00'],
      then: '2025-03-11T12:00:00.000Z',
    },
  ])('given $given', ({ ats, then }) => {
    const followUps = ats.map((at, i) => aFollowUp({ commentId: String(i), at }));
    expect(lastFollowUpAt(aRecord({ followUps }))).toBe(then);
  });
});

describe('emptyRecord: a request the app has not seen yet', () => {
  it('given a key, then no follow-up, no email, nothing suppressed, no escalation', () => {
    expect(emptyRecord('SUP-9')).toStrictEqual({
      issueKey: 'SUP-9',
      followUps: [],
      followUpCount: 0,
      suppressedSinceEmail: 0,
      escalations: [],
    });
  });
});
