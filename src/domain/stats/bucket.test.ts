import { DEFAULT_CONFIG } from '../config/defaults';
import type { Config } from '../config/schema';
import { emptyRecord, type EscalationEntry, type RequestRecord } from '../record';
import { applyStep, applySteps, emptyBucket, type StatsStep } from './bucket';
import { stepsOfRecord } from './steps';
import { summarize } from './summarize';
import { weekStartOf } from './week';

const config24x7: Config = { ...DEFAULT_CONFIG, timer: { ...DEFAULT_CONFIG.timer, mode: '24x7' } };

function entry(over: Partial<EscalationEntry> = {}): EscalationEntry {
  return {
    level: 1,
    at: '2026-11-30T09:00:00+01:00',
    byAccountId: 'alice',
    reasonId: 'no-answer',
    details: '',
    effects: {},
    facets: {
      requestType: { id: '10', name: 'Get IT help' },
      organizations: [{ id: '1', name: 'Acme' }],
      policyId: 'default',
      followUpsBefore: 2,
    },
    ...over,
  };
}

function record(
  key: string,
  escalations: EscalationEntry[],
  followUps: RequestRecord['followUps'] = [],
): RequestRecord {
  return { ...emptyRecord(key), escalations, followUps, followUpCount: followUps.length };
}

const step = (over: Partial<StatsStep>): StatsStep => ({
  id: 'SUP-1#1#e',
  kind: 'escalated',
  projectKey: 'SUP',
  at: '2026-11-30T09:00:00Z',
  policyId: 'default',
  ...over,
});

describe('applyStep: idempotent', () => {
  it.each<[string, StatsStep]>([
    ['an escalation', step({ reasonId: 'too-slow', level: 1, followUpsBefore: 3 })],
    ['an acknowledgement', step({ id: 'SUP-1#1#a', kind: 'acknowledged', minutes: 30, timerMinutes: 20 })],
    ['a close', step({ id: 'SUP-1#1#c', kind: 'closed', minutes: 90, timerMinutes: 60, closeReason: 'fixed' })],
    ['a follow-up', step({ id: 'SUP-1#f#100', kind: 'followUp' })],
    ['a withdrawal', step({ id: 'SUP-1#1#w', kind: 'withdrawn' })],
  ])('%s applied twice counts once, and the second time returns the same bucket', (_, s) => {
    const once = applyStep(emptyBucket('SUP', '2026-11-30'), s);
    const twice = applyStep(once, s);
    expect(twice).toBe(once);
    expect(once.slices.default.counts[s.kind]).toBe(1);
  });

  it('a list holding the same step twice counts it once', () => {
    const s = step({ reasonId: 'other' });
    const b = applySteps(emptyBucket('SUP', '2026-11-30'), [s, s]);
    expect(b.steps).toEqual(['SUP-1#1#e']);
    expect(b.slices.default.reasons).toEqual({ other: 1 });
  });

  it('never mutates the bucket it is given', () => {
    const empty = emptyBucket('SUP', '2026-11-30');
    const before = JSON.stringify(empty);
    applyStep(empty, step({ reasonId: 'other' }));
    expect(JSON.stringify(empty)).toBe(before);
  });

  it('counts by kind and by policy slice', () => {
    let b = emptyBucket('SUP', '2026-11-30');
    b = applyStep(b, step({ id: 'a', policyId: 'gold', level: 1, automatic: true }));
    b = applyStep(b, step({ id: 'b', policyId: 'default', level: 2 }));
    expect(b.slices.gold.counts).toEqual({ escalated: 1, automatic: 1, escalatedRequests: 1, followUpsBefore: 0 });
    expect(b.slices.default.counts).toEqual({ escalated: 1, repeat: 1 });
  });

  it('acknowledgements within their deadline are counted among those that had one', () => {
    let b = emptyBucket('SUP', '2026-11-30');
    b = applyStep(b, step({ id: 'a', kind: 'acknowledged', inTime: true }));
    b = applyStep(b, step({ id: 'b', kind: 'acknowledged', inTime: false }));
    b = applyStep(b, step({ id: 'c', kind: 'acknowledged', inTime: null }));
    expect(b.slices.default.counts).toMatchObject({ acknowledged: 3, ackWithDeadline: 2, ackInTime: 1 });
  });
});

describe('applyStep: what a step carries, or not', () => {
  it.each([
    {
      given: 'a named request type and organization',
      steps: [step({ requestType: { id: '10', name: 'Incident' }, organizations: [{ id: '1', name: 'Acme' }] })],
      names: { 'rt:10': 'Incident', 'org:1': 'Acme' },
    },
    {
      given: 'facets whose names were not read',
      steps: [step({ requestType: { id: '10', name: null }, organizations: [{ id: '1', name: null }] })],
      names: {},
    },
    {
      given: 'a named one, then the same facets unnamed: the name seen is kept',
      steps: [
        step({ requestType: { id: '10', name: 'Incident' }, organizations: [{ id: '1', name: 'Acme' }] }),
        step({ id: 'SUP-2#1#e', requestType: { id: '10', name: null }, organizations: [{ id: '1', name: null }] }),
      ],
      names: { 'rt:10': 'Incident', 'org:1': 'Acme' },
    },
  ])('given $given, then each facet counted and the names $names', ({ steps, names }) => {
    const b = applySteps(emptyBucket('SUP', '2026-11-30'), steps);
    expect(b.slices.default.requestTypes).toEqual({ '10': steps.length });
    expect(b.slices.default.organizations).toEqual({ '1': steps.length });
    expect(b.names).toEqual(names);
  });

  it.each([
    { given: 'its minutes', over: { minutes: 90, timerMinutes: 60 }, close: [90], closeTimer: [60] },
    { given: 'no minutes (not measured)', over: {}, close: [], closeTimer: [] },
  ])('a close with $given: counted, its durations $close and $closeTimer', ({ over, close, closeTimer }) => {
    const b = applyStep(emptyBucket('SUP', '2026-11-30'), step({ id: 'SUP-1#1#c', kind: 'closed', ...over }));
    expect(b.slices.default.counts).toEqual({ closed: 1 });
    expect(b.slices.default.closeReasons).toEqual({}); // no closing reason given
    expect(b.slices.default.durations).toStrictEqual({ ack: [], ackTimer: [], close, closeTimer });
  });

  it.each([
    {
      given: 'its minutes and a deadline met',
      over: { minutes: 30, timerMinutes: 20, inTime: true },
      ack: [30],
      ackTimer: [20],
      counts: { acknowledged: 1, ackWithDeadline: 1, ackInTime: 1 },
    },
    {
      given: 'no minutes and no deadline (inTime left out)',
      over: {},
      ack: [],
      ackTimer: [],
      counts: { acknowledged: 1 },
    },
  ])('an acknowledgement with $given: its durations $ack and $ackTimer', ({ over, ack, ackTimer, counts }) => {
    const b = applyStep(emptyBucket('SUP', '2026-11-30'), step({ id: 'SUP-1#1#a', kind: 'acknowledged', ...over }));
    expect(b.slices.default.counts).toStrictEqual(counts);
    expect(b.slices.default.durations).toStrictEqual({ ack, ackTimer, close: [], closeTimer: [] });
  });

  it('an escalation with no reason, request type or organization counts none of them', () => {
    const b = applyStep(emptyBucket('SUP', '2026-11-30'), step({}));
    const { reasons, requestTypes, organizations } = b.slices.default;
    expect({ reasons, requestTypes, organizations }).toStrictEqual({
      reasons: {},
      requestTypes: {},
      organizations: {},
    });
    expect(b.names).toStrictEqual({});
  });
});

describe('stepsOfRecord', () => {
  it('an escalation acknowledged and closed gives three steps with calendar and timer minutes', () => {
    const r = record('SUP-4', [
      entry({ acknowledgedAt: '2026-11-30T10:30:00+01:00', closedAt: '2026-12-01T09:00:00+01:00' }),
    ]);
    const steps = stepsOfRecord(r, DEFAULT_CONFIG);
    expect(steps.map((s) => [s.id, s.kind, s.minutes, s.timerMinutes])).toEqual([
      ['SUP-4#1#e', 'escalated', undefined, undefined],
      ['SUP-4#1#a', 'acknowledged', 90, 90],
      // Business hours 08:30–18:00 (Paris): 09:00 → 18:00 is 540 minutes, then 08:30 → 09:00 the next day.
      ['SUP-4#1#c', 'closed', 1440, 570],
    ]);
    expect(stepsOfRecord(r, config24x7)[2].timerMinutes).toBe(1440);
  });

  it('follow-ups are steps keyed by comment id, in the policy of the escalation before them', () => {
    const r = record(
      'SUP-4',
      [entry({ facets: { requestType: null, organizations: [], policyId: 'gold', followUpsBefore: 0 } })],
      [
        { commentId: '7', authorId: 'alice', at: '2026-11-29T09:00:00+01:00', notify: 'sent' },
        { commentId: '8', authorId: 'alice', at: '2026-12-01T09:00:00+01:00', notify: 'sent' },
      ],
    );
    const fs = stepsOfRecord(r, DEFAULT_CONFIG).filter((s) => s.kind === 'followUp');
    expect(fs.map((s) => [s.id, s.policyId])).toEqual([
      ['SUP-4#f#7', 'default'],
      ['SUP-4#f#8', 'gold'],
    ]);
  });

  it('an older entry without facets counts in the default policy with no request type', () => {
    const [s] = stepsOfRecord(record('HR-12', [entry({ facets: undefined })]), DEFAULT_CONFIG);
    expect(s).toMatchObject({ projectKey: 'HR', policyId: 'default', requestType: null, organizations: [] });
  });
});

describe('summarize', () => {
  const tz = DEFAULT_CONFIG.calendar.timezone;
  const records = [
    record('SUP-1', [
      entry({ acknowledgedAt: '2026-11-30T09:10:00+01:00', closedAt: '2026-11-30T11:00:00+01:00' }),
      entry({ level: 2, at: '2026-12-07T09:00:00+01:00', reasonId: 'too-slow' }),
    ]),
    record('SUP-2', [entry({ acknowledgedAt: '2026-11-30T09:30:00+01:00', reasonId: 'too-slow' })]),
    record('HR-1', [
      entry({
        acknowledgedAt: '2026-11-30T10:00:00+01:00',
        facets: { requestType: { id: '11', name: 'Leave' }, organizations: [], policyId: 'gold', followUpsBefore: 5 },
      }),
    ]),
  ];

  function bucketsOf(rs: RequestRecord[]) {
    const map = new Map<string, ReturnType<typeof emptyBucket>>();
    for (const s of rs.flatMap((r) => stepsOfRecord(r, config24x7))) {
      const week = weekStartOf(s.at, tz);
      const k = `${s.projectKey}:${week}`;
      map.set(k, applyStep(map.get(k) ?? emptyBucket(s.projectKey, week), s));
    }
    return [...map.values()];
  }

  it('adds up buckets: totals, weeks, reasons, percentiles, tops, follow-ups per escalated request', () => {
    const f = summarize(bucketsOf(records), ['2026-11-30', '2026-12-07', '2026-12-14']);
    expect(f.totals).toEqual({
      escalations: 4,
      acknowledged: 3,
      closed: 1,
      withdrawn: 0,
      followUps: 0,
      automatic: 0,
      repeat: 1,
      escalatedRequests: 3,
    });
    expect(f.byWeek.map((w) => w.escalations)).toEqual([3, 1, 0]);
    expect(f.byWeek[1].byReason).toEqual({ 'too-slow': 1 });
    expect(f.byReason).toEqual([
      { reasonId: 'no-answer', count: 2 },
      { reasonId: 'too-slow', count: 2 },
    ]);
    // Acknowledged after 10, 30 and 60 minutes.
    expect(f.timeToAcknowledge).toEqual({
      medianMinutes: 30,
      p90Minutes: 54,
      timerMedianMinutes: 30,
      timerP90Minutes: 54,
    });
    expect(f.timeToClose.medianMinutes).toBe(120);
    expect(f.topRequestTypes).toEqual([
      { id: '10', name: 'Get IT help', count: 3 },
      { id: '11', name: 'Leave', count: 1 },
    ]);
    expect(f.topOrganizations).toEqual([{ id: '1', name: 'Acme', count: 3 }]);
    expect(f.followUpsPerEscalatedRequest).toBe(3);
    // The default deadline (4 timer hours) applies: all three were acknowledged within it.
    expect(f.acknowledgedInTime).toEqual({ within: 3, withDeadline: 3, share: 1 });
  });

  it('filters one policy, and leaves out weeks outside the period', () => {
    const f = summarize(bucketsOf(records), ['2026-11-30'], 'gold');
    expect(f.totals.escalations).toBe(1);
    expect(f.followUpsPerEscalatedRequest).toBe(5);
    expect(summarize(bucketsOf(records), ['2026-12-07']).totals.escalations).toBe(1);
  });

  it('counting the same records twice (a retried step, a second backfill) changes nothing', () => {
    const once = bucketsOf(records);
    const all = records.flatMap((r) => stepsOfRecord(r, config24x7));
    const mine = (b: (typeof once)[number]) =>
      all.filter((s) => s.projectKey === b.projectKey && weekStartOf(s.at, tz) === b.weekStart);
    const again = once.map((b) => mine(b).reduce(applyStep, b));
    again.forEach((b, i) => expect(b).toBe(once[i]));
  });
});
