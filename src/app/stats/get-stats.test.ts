import { aPolicy } from '../../../test/builders';
import { fakePorts } from '../../../test/support/fake-ports';
import {
  applySteps,
  emptyBucket,
  emptyRecord,
  stepsOfRecord,
  DEFAULT_CONFIG,
  DEFAULT_POLICY_ID,
  type RequestRecord,
} from '../../domain';
import { AUTOMATIC_REASONS } from '../reason-label';
import { getGadgetOptions, getStats } from './get-stats';

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

describe('getStats: the escalation rate', () => {
  it('the requests escalated (a level 2 is a repeat, not a new one) over the requests created: 1 of 10 is 0.1', async () => {
    const r = await getStats(ports(), { from: '2026-11-30', to: '2026-12-06', projectKeys: ['SUP'] }, 'en');
    expect(r.ok && r.value.rate).toStrictEqual({ escalatedRequests: 1, createdRequests: 10, rate: 0.1 });
  });
});

describe('the support policies and the named facets', () => {
  const GOLD = aPolicy('gold', { projects: ['SUP'] }, { name: { fr: 'Or', en: 'Gold' } });
  const withFacets = (key: string, requestType: { id: string; name: string | null }, org: string | null) => ({
    ...emptyRecord(key),
    escalations: [
      {
        ...RECORDS[0].escalations[0],
        facets: {
          requestType,
          organizations: [{ id: `o-${key}`, name: org }],
          policyId: 'gold',
          followUpsBefore: 0,
        },
      },
    ],
  });

  it.each([
    ['en', 'Default policy', 'Gold'],
    ['fr', 'Politique par défaut', 'Or'],
  ] as const)(
    'lists a configured policy after the default one, both named in %s, and accepts it as a filter',
    async (lang, defaultName, name) => {
      const p = fakePorts({ ...DEFAULT_CONFIG, policies: [GOLD] }, '2026-12-02T10:00:00.000Z');
      p.jira.browsableProjects.mockResolvedValue(['SUP']);
      p.jira.isAdmin.mockResolvedValue(false);
      p.jira.countCreated.mockResolvedValue(0);
      const options = await getGadgetOptions(p, lang);
      expect(options.ok && options.value.policies).toStrictEqual([
        { id: DEFAULT_POLICY_ID, label: defaultName },
        { id: 'gold', label: name },
      ]);
      const r = await getStats(p, { from: '2026-11-30', to: '2026-12-06', policyId: 'gold' }, lang);
      expect(r).toMatchObject({ ok: true, value: { policyId: 'gold' } });
    },
  );

  it('labels a request type or an organization by its name, or by #id when its name was not read', async () => {
    const p = ports();
    const records = [
      withFacets('SUP-5', { id: '10', name: 'Incident' }, 'Transports Martin'),
      withFacets('SUP-6', { id: '11', name: null }, null),
    ];
    p.stats.buckets.set(
      'SUP:2026-11-30',
      applySteps(
        emptyBucket('SUP', '2026-11-30'),
        records.flatMap((r) => stepsOfRecord(r, DEFAULT_CONFIG)),
      ),
    );
    const r = await getStats(p, { from: '2026-11-30', to: '2026-12-06', projectKeys: ['SUP'] }, 'en');
    if (!r.ok) throw new Error(r.code);
    const byId = (items: { id: string }[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(r.value.topRequestTypes)).toEqual([
      { id: '10', label: 'Incident', count: 1 },
      { id: '11', label: '#11', count: 1 },
    ]);
    expect(byId(r.value.topOrganizations)).toEqual([
      { id: 'o-SUP-5', label: 'Transports Martin', count: 1 },
      { id: 'o-SUP-6', label: '#o-SUP-6', count: 1 },
    ]);
  });
});
