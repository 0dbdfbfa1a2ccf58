import { fakePorts } from '../../../test/support/fake-ports';
import { emptyRecord, type RequestRecord } from '../../domain';
import { exportEscalations } from './export-escalations';

function escalated(key: string, org: string | null): RequestRecord {
  return {
    ...emptyRecord(key),
    escalations: [
      {
        level: 1,
        at: '2026-11-30T09:00:00.000Z',
        byAccountId: 'customer-alice',
        reasonId: 'no-answer',
        details: '',
        effects: {},
        facets: {
          requestType: { id: '10', name: 'Incident' },
          organizations: org ? [{ id: '1', name: org }] : [],
          policyId: 'default',
          followUpsBefore: 0,
        },
      },
    ],
  };
}

const RECORDS = [
  escalated('HR-1', 'Ressources humaines'),
  emptyRecord('SUP-1'), // never escalated: no row
  escalated('SUP-2', 'Transports Martin'),
  escalated('SUP-3', null),
];
// SUP-2's escalation was closed by an agent with a close reason (issue 11).
Object.assign(RECORDS[2].escalations[0], { closedAt: '2026-12-01T10:00:00.000Z', closeReasonId: 'workaround' });
// SUP-3 was later escalated again by the app, its acknowledgement deadline passed (issue 11).
RECORDS[3].escalations.push({
  ...RECORDS[3].escalations[0],
  level: 2,
  byAccountId: 'app',
  reasonId: 'auto:ack-timeout',
  automatic: 'ackTimeout',
});

function ports(browsable: string[]) {
  const p = fakePorts();
  p.jira.browsableProjects.mockResolvedValue(browsable);
  p.jira.summaries.mockImplementation(async (keys: string[]) => new Map(keys.map((k) => [k, `Résumé ${k}`])));
  // Pages of 2 records, by key, as the KVS query gives them.
  p.stats.listRecords = async (cursor, limit) => {
    const from = cursor === null ? 0 : RECORDS.findIndex((r) => r.issueKey === cursor) + 1;
    const page = RECORDS.slice(from, from + limit);
    return { records: page, cursor: from + limit < RECORDS.length ? page[page.length - 1].issueKey : null };
  };
  return p;
}

describe('exportEscalations', () => {
  it('exports only the projects the viewer can browse, with the organizations column, page by page', async () => {
    const p = ports(['SUP']);
    const first = await exportEscalations(p, null, 'en', 2);
    expect(first).toMatchObject({ ok: true, value: { rows: 0, cursor: 'SUP-1', done: false } });
    // HR-1 is in a project the viewer cannot browse: not a trace of it, summary included.
    const firstCsv = first.ok ? first.value.csv : '';
    expect(firstCsv).not.toContain('HR-1');
    expect(firstCsv.split('\r\n')[0]).toContain('Organizations');
    expect(p.jira.summaries).toHaveBeenCalledWith([]);

    const second = await exportEscalations(p, 'SUP-1', 'en', 2);
    expect(second).toMatchObject({ ok: true, value: { rows: 3, cursor: null, done: true } });
    const lines = (second.ok ? second.value.csv : '').split('\r\n');
    // No header after the first page; the organizations are the fifth column.
    expect(lines[0].split(',').slice(0, 5)).toEqual(['SUP-2', 'Résumé SUP-2', 'SUP', 'Incident', 'Transports Martin']);
    expect(lines[1].split(',').slice(0, 5)).toEqual(['SUP-3', 'Résumé SUP-3', 'SUP', 'Incident', '']);
    // The close reason column carries the configured label.
    expect(lines[0].split(',').slice(9, 11)).toEqual(['2026-12-01T10:00:00.000Z', 'Workaround given']);
    expect(lines[1].split(',')[10]).toBe('');
    // The app's own escalation carries its translated reason, not its id.
    expect(lines[2].split(',').slice(5, 7)).toEqual(['2', 'Not acknowledged in time']);
  });

  it.each([
    { given: 'the default policy, in English', policyId: 'default', lang: 'en', policy: 'Default policy' },
    { given: 'the default policy, in French', policyId: 'default', lang: 'fr', policy: 'Politique par défaut' },
    { given: 'a support policy: its id', policyId: 'gold', lang: 'en', policy: 'gold' },
  ] as const)('names $given in the policy column', async ({ policyId, lang, policy }) => {
    const p = ports(['SUP']);
    const record = escalated('SUP-2', null);
    record.escalations[0].facets!.policyId = policyId;
    p.stats.listRecords = async () => ({ records: [record], cursor: null });
    const page = await exportEscalations(p, 'SUP-1', lang, 2); // a later page: no header line
    expect((page.ok ? page.value.csv : '').split('\r\n')[0].split(',')[11]).toBe(policy);
  });

  it('reads pages of 100 records unless told, and leaves a summary Jira did not give empty', async () => {
    const p = ports(['SUP']);
    const list = jest
      .spyOn(p.stats, 'listRecords')
      .mockResolvedValue({ records: [escalated('SUP-2', null)], cursor: null });
    p.jira.summaries.mockResolvedValue(new Map());
    const page = await exportEscalations(p, 'SUP-1', 'en');
    expect(list).toHaveBeenCalledWith('SUP-1', 100);
    expect((page.ok ? page.value.csv : '').split(',').slice(0, 3)).toEqual(['SUP-2', '', 'SUP']);
  });

  it('refuses a viewer who can browse nothing, before reading any record', async () => {
    const p = ports([]);
    const list = jest.spyOn(p.stats, 'listRecords');
    expect(await exportEscalations(p, null, 'fr', 2)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(list).not.toHaveBeenCalled();
  });
});
