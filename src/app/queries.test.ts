/** The small read-only use cases and helpers: queue listing, SLA metric names, request access, outcomes. */
import { a24x7Config, aConfig, aRequest, anSla, CUSTOMER, PARTICIPANT, STRANGER } from '../../test/builders';
import { fakePorts } from '../../test/support/fake-ports';
import { listEscalations, overdueFirst } from './list-escalations';
import { listSlaMetrics, SLA_SAMPLE_REQUESTS } from './list-sla-metrics';
import { ok, refuse } from './outcome';
import { readRequestForParty, slaFor } from './request-access';

const NOW = '2025-03-12T10:00:00.000Z';
const AGENT_CALLER = { accountId: 'agent', accountType: 'licensed' } as const;
const FIRST_PAGE = { pageToken: null, startAt: 0, pageSize: 10 };
const item = (key: string, escalatedAt: string) => ({ key, summary: key, level: 1, escalatedAt, acknowledged: false });

describe('listEscalations: oldest first, with the age in whole minutes', () => {
  it('given items out of order, then sorted by escalation time with their ages, and the paging echoed', async () => {
    const ports = fakePorts(aConfig(), NOW);
    ports.jira.searchEscalations.mockResolvedValue({
      items: [
        item('SUP-2', '2025-03-12T09:59:00.001Z'), // 59.999 s ago: 0 min (an older property, with milliseconds)
        item('SUP-1', '2025-03-12T08:00:00Z'), // 2 h ago: 120 min (the indexed format, no milliseconds)
        item('SUP-3', '2025-03-12T10:05:00.000Z'), // in the future (clock skew): 0, never negative
        item('SUP-4', '2025-03-12T09:59:00.000Z'), // exactly 60 s ago: 1 min
      ],
      nextPageToken: 'next',
    });
    ports.jira.countEscalations.mockResolvedValue(14);
    ports.jira.canBrowse.mockResolvedValue(true);
    const result = await listEscalations(ports, AGENT_CALLER, { pageToken: 'p3', startAt: 10, pageSize: 4 });
    expect(ports.jira.searchEscalations).toHaveBeenCalledWith('p3', 4);
    expect(result).toEqual({
      ok: true,
      value: {
        items: [
          { ...item('SUP-1', '2025-03-12T08:00:00Z'), ageMinutes: 120 },
          { ...item('SUP-4', '2025-03-12T09:59:00.000Z'), ageMinutes: 1 },
          { ...item('SUP-2', '2025-03-12T09:59:00.001Z'), ageMinutes: 0 },
          { ...item('SUP-3', '2025-03-12T10:05:00.000Z'), ageMinutes: 0 },
        ],
        total: 14,
        startAt: 10,
        pageSize: 4,
        nextPageToken: 'next',
      },
    });
  });
});

describe('overdueFirst: the queue’s order', () => {
  const OLD = '2025-03-12T08:00:00Z';
  const NEW = '2025-03-12T09:00:00Z';
  it.each([
    { given: 'an overdue younger one and an older one on time', a: [true, NEW], b: [false, OLD], then: 'a first' },
    { given: 'one on time and an overdue younger one', a: [false, OLD], b: [true, NEW], then: 'b first' },
    { given: 'both overdue, the older second', a: [true, NEW], b: [true, OLD], then: 'b first' },
    { given: 'both on time, the older first', a: [false, OLD], b: [false, NEW], then: 'a first' },
  ] as const)('given $given, then $then', ({ a, b, then }) => {
    const [rowA, rowB] = [a, b].map(([overdue, escalatedAt]) => ({ overdue, escalatedAt }));
    expect(Math.sign(overdueFirst(rowA, rowB))).toBe(then === 'a first' ? -1 : 1);
  });

  it('given a page with an overdue escalation, then it comes first, before older ones', async () => {
    const ports = fakePorts(aConfig(), NOW);
    const rows = [item('SUP-1', '2025-03-12T08:00:00Z'), { ...item('SUP-2', '2025-03-12T09:00:00Z'), overdue: true }];
    ports.jira.searchEscalations.mockResolvedValue({ items: rows, nextPageToken: null });
    ports.jira.countEscalations.mockResolvedValue(2);
    ports.jira.canBrowse.mockResolvedValue(true);
    const result = await listEscalations(ports, AGENT_CALLER, FIRST_PAGE);
    expect(result.ok && result.value.items.map((i) => i.key)).toEqual(['SUP-2', 'SUP-1']);
  });
});

describe('listEscalations: who gets in and which rows they see', () => {
  it.each(['customer', 'unlicensed', 'anonymous'] as const)(
    'given a %s caller, then FORBIDDEN and no search',
    async (accountType) => {
      const ports = fakePorts(aConfig(), NOW);
      expect(await listEscalations(ports, { accountId: 'x', accountType }, FIRST_PAGE)).toEqual(refuse('FORBIDDEN'));
      expect(ports.jira.searchEscalations).not.toHaveBeenCalled();
    },
  );

  it('given no caller, then FORBIDDEN', async () => {
    expect(await listEscalations(fakePorts(aConfig(), NOW), null, FIRST_PAGE)).toEqual(refuse('FORBIDDEN'));
  });

  it('given rows of two projects, one not browsable, then one BROWSE check per project and only its rows', async () => {
    const ports = fakePorts(aConfig(), NOW);
    ports.jira.searchEscalations.mockResolvedValue({
      items: [item('SUP-1', NOW), item('OPS-7', NOW), item('SUP-2', NOW)],
      nextPageToken: null,
    });
    ports.jira.countEscalations.mockResolvedValue(2);
    ports.jira.canBrowse.mockImplementation(async (key: string) => key.startsWith('SUP-'));
    const result = await listEscalations(ports, AGENT_CALLER, FIRST_PAGE);
    expect(result.ok && result.value.items.map((i) => i.key)).toEqual(['SUP-1', 'SUP-2']);
    // The total is the viewer's count (as the user), not the rows the app's search found.
    expect(result.ok && result.value.total).toBe(2);
    expect(ports.jira.canBrowse).toHaveBeenCalledTimes(2);
  });

  it('given no page token, then the first page whatever startAt says', async () => {
    const ports = fakePorts(aConfig(), NOW);
    ports.jira.searchEscalations.mockResolvedValue({ items: [], nextPageToken: null });
    ports.jira.countEscalations.mockResolvedValue(0);
    const result = await listEscalations(ports, AGENT_CALLER, { pageToken: null, startAt: 1975, pageSize: 25 });
    expect(ports.jira.searchEscalations).toHaveBeenCalledWith(null, 25);
    expect(result.ok && result.value.startAt).toBe(0);
  });
});

describe('listSlaMetrics: distinct names, case-insensitively, sorted', () => {
  it('given two sampled requests sharing a name in another case, then each name once, the first spelling kept', async () => {
    const ports = fakePorts(aConfig({ projects: ['SUP', 'OPS'] }));
    ports.jira.recentRequestKeys.mockResolvedValue(['SUP-9', 'OPS-3']);
    ports.jira.slaMetricNames.mockImplementation(async (key: string) =>
      key === 'SUP-9' ? ['Time to resolution', 'Time to first response'] : ['time to RESOLUTION', 'Approval'],
    );
    expect(await listSlaMetrics(ports)).toEqual(
      ok({ names: ['Approval', 'Time to first response', 'Time to resolution'] }),
    );
    expect(ports.jira.recentRequestKeys).toHaveBeenCalledWith(['SUP', 'OPS'], SLA_SAMPLE_REQUESTS);
    expect(SLA_SAMPLE_REQUESTS).toBe(2);
  });

  it('given no request to sample, then no name', async () => {
    const ports = fakePorts();
    ports.jira.recentRequestKeys.mockResolvedValue([]);
    expect(await listSlaMetrics(ports)).toEqual(ok({ names: [] }));
  });
});

describe('readRequestForParty: the request, for its reporter or a participant only', () => {
  it.each([
    { given: 'the reporter', caller: CUSTOMER, found: true },
    { given: 'a participant', caller: PARTICIPANT, found: true },
    { given: 'someone else', caller: STRANGER, found: false },
  ])('given $given, then found is $found', async ({ caller, found }) => {
    const ports = fakePorts();
    const request = aRequest();
    ports.jira.getRequest.mockResolvedValue(request);
    expect(await readRequestForParty(ports.jira, aConfig(), 'SUP-1', caller)).toEqual(
      found ? { ok: true, value: request } : { ok: false, code: 'FORBIDDEN' },
    );
  });

  it('given a missing request, then the same FORBIDDEN', async () => {
    const ports = fakePorts();
    ports.jira.getRequest.mockResolvedValue(null);
    expect(await readRequestForParty(ports.jira, aConfig(), 'SUP-404', CUSTOMER)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('slaFor: the SLA cycle, read only in SLA mode with a name', () => {
  it.each([
    { given: 'the business timer', config: aConfig(), reads: false },
    { given: 'the 24/7 timer', config: a24x7Config(), reads: false },
    {
      given: 'SLA mode with a name',
      config: aConfig({ timer: { mode: 'sla', slaName: 'Time to resolution' } }),
      reads: true,
    },
    { given: 'SLA mode with an empty name', config: aConfig({ timer: { mode: 'sla', slaName: '' } }), reads: false },
  ])('given $given, then the SLA is read: $reads', async ({ config, reads }) => {
    const ports = fakePorts();
    const cycle = anSla({ breachTime: 1 });
    ports.jira.getSlaCycle.mockResolvedValue(cycle);
    expect(await slaFor(ports.jira, config, 'SUP-1')).toBe(reads ? cycle : null);
    if (reads) expect(ports.jira.getSlaCycle).toHaveBeenCalledWith('SUP-1', 'Time to resolution');
    else expect(ports.jira.getSlaCycle).not.toHaveBeenCalled();
  });
});

describe('outcomes', () => {
  it.each([
    { given: 'no fields', fields: undefined, then: { ok: false, code: 'FORBIDDEN' } },
    { given: 'an empty field list (left out)', fields: [], then: { ok: false, code: 'FORBIDDEN' } },
    {
      given: 'one field',
      fields: [{ path: 'note', key: 'rules.input.required' }],
      then: { ok: false, code: 'FORBIDDEN', fields: [{ path: 'note', key: 'rules.input.required' }] },
    },
  ])('refuse, given $given', ({ fields, then }) => {
    expect(refuse('FORBIDDEN', fields)).toStrictEqual(then);
  });
  it('ok wraps the value', () => {
    expect(ok(42)).toStrictEqual({ ok: true, value: 42 });
  });
});
