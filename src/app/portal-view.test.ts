/**
 * What the customer's panel receives (toPortalState): only derived dates, the eligible date only when the
 * admin shows it, the phone for critical requests, and the current escalation in the customer's language.
 */
import { a24x7Config, aFollowUp, aRecord, aRequest, anEscalation, aView } from '../../test/builders';
import { addMs, CREATED_AT, hours, at, ELIGIBLE_AT, T } from '../../test/times';
import { reasonLabel, toPortalState } from './portal-view';

const BEFORE = addMs(CREATED_AT, hours(1));
const CRITICAL = { impact: { value: 'Extensive' }, urgency: { value: 'Critical' } };

describe('toPortalState: before any escalation', () => {
  it('given a waiting request, then the whole state, in English, with the eligible date', () => {
    const state = toPortalState(aView({ now: BEFORE }), 'en');
    expect(state).toStrictEqual({
      requestKey: 'SUP-1',
      kind: 'waiting',
      followUps: { count: 0 },
      canEscalate: false,
      maxLevel: 2,
      reasons: [
        { id: 'no-answer', label: 'No answer', detailsRequired: false },
        { id: 'too-slow', label: 'Resolution taking too long', detailsRequired: false },
        { id: 'impact-increased', label: 'Business impact increased', detailsRequired: false },
        { id: 'other', label: 'Other', detailsRequired: true },
      ],
      details: { min: 10, max: 2000 },
      eligibleAt: ELIGIBLE_AT.toISOString(),
    });
  });

  it.each([
    { given: 'waiting, the date shown', show: true, now: BEFORE, eligibleAt: ELIGIBLE_AT.toISOString() },
    { given: 'waiting, the admin hides the date', show: false, now: BEFORE, eligibleAt: undefined },
    { given: 'eligible (the date is past)', show: true, now: ELIGIBLE_AT, eligibleAt: undefined },
  ])('given $given, then eligibleAt is $eligibleAt', ({ show, now, eligibleAt }) => {
    const config = a24x7Config({ portal: { showEligibleAt: show } });
    expect(toPortalState(aView({ config, now }), 'fr').eligibleAt).toBe(eligibleAt);
  });

  it('given French, then the reason labels are French', () => {
    const state = toPortalState(aView({ now: BEFORE }), 'fr');
    expect(state.reasons.map((r) => r.label)).toEqual([
      'Pas de réponse',
      'Résolution trop longue',
      'L’impact métier a augmenté',
      'Autre',
    ]);
  });

  it('given a follow-up required first, then followUpRequired is true, and absent otherwise', () => {
    const required = a24x7Config({ followUp: { requiredBeforeEscalation: true } });
    expect(toPortalState(aView({ config: required, now: ELIGIBLE_AT }), 'en').followUpRequired).toBe(true);
    expect(toPortalState(aView({ now: ELIGIBLE_AT }), 'en')).not.toHaveProperty('followUpRequired');
  });

  it('given follow-ups, then their count and the last one', () => {
    const record = aRecord({ followUps: [aFollowUp({ at: '2025-03-10T12:00:00.000Z' })] });
    expect(toPortalState(aView({ record, now: BEFORE }), 'en').followUps).toEqual({
      count: 1,
      lastAt: '2025-03-10T12:00:00.000Z',
    });
  });
});

describe('toPortalState: critical requests show the phone, in the customer language', () => {
  it.each([
    { lang: 'fr' as const, message: /^La solution est hors service/, openingHours: /^du lundi/ },
    { lang: 'en' as const, message: /^The solution is down/, openingHours: /^Monday to Friday/ },
  ])('given $lang', ({ lang, message, openingHours }) => {
    const record = aRecord({ escalations: [anEscalation({ at: T })] });
    const state = toPortalState(aView({ request: aRequest(CRITICAL), record, now: new Date(T) }), lang);
    expect(state.kind).toBe('critical');
    expect(state.critical).toEqual({
      phone: '03 88 64 50 50',
      message: expect.stringMatching(message),
      openingHours: expect.stringMatching(openingHours),
    });
    expect(state).not.toHaveProperty('escalation');
  });

  it('given a request that is not critical, then no critical block', () => {
    expect(toPortalState(aView({ now: BEFORE }), 'en')).not.toHaveProperty('critical');
  });
});

describe('toPortalState: the current escalation', () => {
  it('given level 1 open, 1 h later, then level, time, reason in the language and the next level at +8 h', () => {
    const record = aRecord({ escalations: [anEscalation({ at: T, reasonId: 'too-slow' })] });
    const state = toPortalState(aView({ record, now: at(1) }), 'fr');
    expect(state.escalation).toStrictEqual({
      level: 1,
      at: T,
      reasonId: 'too-slow',
      reasonLabel: 'Résolution trop longue',
      notified: false,
      nextLevelAt: at(8).toISOString(),
    });
  });

  it.each([
    { given: 'the admin hides dates', show: false, now: at(1), nextLevelAt: undefined },
    { given: 'the next level is already open', show: true, now: at(8), nextLevelAt: undefined },
    { given: 'the date is shown and not yet reached', show: true, now: at(7), nextLevelAt: at(8).toISOString() },
  ])('given $given, then nextLevelAt is $nextLevelAt', ({ show, now, nextLevelAt }) => {
    const record = aRecord({ escalations: [anEscalation({ at: T })] });
    const config = a24x7Config({ portal: { showEligibleAt: show } });
    expect(toPortalState(aView({ record, config, now }), 'en').escalation?.nextLevelAt).toBe(nextLevelAt);
  });

  it('given an acknowledged then closed escalation, then both times, and no others', () => {
    const entry = anEscalation({ at: T, acknowledgedAt: at(1).toISOString(), closedAt: at(2).toISOString() });
    const state = toPortalState(aView({ record: aRecord({ escalations: [entry] }), now: at(3) }), 'en');
    expect(state.escalation).toMatchObject({ acknowledgedAt: at(1).toISOString(), closedAt: at(2).toISOString() });
    const open = toPortalState(
      aView({ record: aRecord({ escalations: [anEscalation({ at: T })] }), now: at(3) }),
      'en',
    );
    expect(open.escalation).not.toHaveProperty('acknowledgedAt');
    expect(open.escalation).not.toHaveProperty('closedAt');
  });

  it('given a project where the app is inactive, then no escalation block', () => {
    const record = aRecord({ escalations: [anEscalation({ at: T })] });
    const elsewhere = a24x7Config({ projects: ['OPS'] });
    const state = toPortalState(aView({ record, config: elsewhere, now: at(1) }), 'en');
    expect(state.kind).toBe('inactive');
    expect(state).not.toHaveProperty('escalation');
  });
});

describe('reasonLabel', () => {
  it.each([
    { id: 'other', lang: 'en' as const, label: 'Other' },
    { id: 'other', lang: 'fr' as const, label: 'Autre' },
    { id: 'removed-since', lang: 'fr' as const, label: 'removed-since' },
  ])('given $id in $lang, then $label (an unknown id is shown as is)', ({ id, lang, label }) => {
    expect(reasonLabel(a24x7Config(), id, lang)).toBe(label);
  });
});
