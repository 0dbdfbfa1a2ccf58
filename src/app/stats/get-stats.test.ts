import { fakePorts } from '../../../test/support/fake-ports';
import { applySteps, emptyBucket, emptyRecord, stepsOfRecord, DEFAULT_CONFIG, type RequestRecord } from '../../domain';
import { AUTOMATIC_REASONS } from '../reason-label';
import { getStats } from './get-stats';

/** SUP-1 escalated by the customer, SUP-2 by the app when its acknowledgement deadline passed (issue 11). */
const RECORDS: RequestRecord[] = [
  {
    ...emptyRecord('SUP-1'),
    escalations: [
      {
        level: 1,
        at: '2026-11-30T09:00:00.000Z',
        byAccountId: 'alice',
        reasonId: 'no-answer',
        details: '',
        effects: {},
      },
    ],
  },
  {
    ...emptyRecord('SUP-2'),
    escalations: [
      {
        level: 2,
        at: '2026-12-01T09:00:00.000Z',
        byAccountId: 'app',
        reasonId: AUTOMATIC_REASONS.ackTimeout,
        details: '',
        effects: {},
        automatic: 'ackTimeout',
      },
    ],
  },
];

function ports() {
  const p = fakePorts(DEFAULT_CONFIG, '2026-12-02T10:00:00.000Z');
  const steps = RECORDS.flatMap((r) => stepsOfRecord(r, DEFAULT_CONFIG));
  p.stats.buckets.set('SUP:2026-11-30', applySteps(emptyBucket('SUP', '2026-11-30'), steps));
  p.jira.browsableProjects.mockResolvedValue(['SUP']);
  p.jira.countCreated.mockResolvedValue(10);
  return p;
}

describe('getStats: automatic escalations', () => {
  it.each([
    ['en', 'Not acknowledged in time', 'No answer'],
    ['fr', 'Non prise en charge dans le délai', 'Pas de réponse'],
  ] as const)('counts them and labels their reason in %s', async (lang, automatic, configured) => {
    const r = await getStats(ports(), { from: '2026-11-30', to: '2026-12-06', projectKeys: ['SUP'] }, lang);
    if (!r.ok) throw new Error(r.code);
    expect(r.value.totals).toMatchObject({ escalations: 2, automatic: 1, repeat: 1 });
    expect(Object.fromEntries(r.value.byReason.map((b) => [b.reasonId, b.label]))).toEqual({
      'no-answer': configured,
      [AUTOMATIC_REASONS.ackTimeout]: automatic,
    });
  });
});
