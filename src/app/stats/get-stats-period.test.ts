/** The analytics' period and projects (PRODUCT.md §8) on in-memory ports: limits both sides, who sees what, the rate. */
import { fakePorts } from '../../../test/support/fake-ports';
import { DEFAULT_CONFIG, DEFAULT_POLICY_ID } from '../../domain';
import { getGadgetOptions, getStats, MAX_PERIOD_DAYS } from './get-stats';

function ports(browsable: string[] = ['SUP', 'OPS'], projects: string[] = []) {
  const p = fakePorts({ ...DEFAULT_CONFIG, projects }, '2026-12-02T10:00:00.000Z');
  p.jira.browsableProjects.mockResolvedValue(browsable);
  p.jira.countCreated.mockResolvedValue(0);
  p.jira.isAdmin.mockResolvedValue(false);
  return p;
}

describe('getStats: the period', () => {
  it.each([
    ['one day (from = to)', '2026-11-30', '2026-11-30'],
    ['366 days, the longest', '2025-11-30', '2026-12-01'],
  ])('%s: accepted', async (_name, from, to) => {
    expect((await getStats(ports(), { from, to }, 'en')).ok).toBe(true);
    expect(MAX_PERIOD_DAYS).toBe(366);
  });

  it.each([
    ['367 days', '2025-11-30', '2026-12-02', [{ path: 'to', key: 'stats.errors.period', params: { max: 366 } }]],
    [
      'to 1 day before from',
      '2026-11-30',
      '2026-11-29',
      [{ path: 'to', key: 'stats.errors.period', params: { max: 366 } }],
    ],
    ['from not a date', '30/11/2026', '2026-11-30', [{ path: 'from', key: 'errors.field.date' }]],
    ['to not a date', '2026-11-30', '2026-02-30', [{ path: 'to', key: 'errors.field.date' }]],
    [
      'from a date and time, 2 years before to: the bad date alone, no period check',
      '2024-11-30T09:00',
      '2026-11-30',
      [{ path: 'from', key: 'errors.field.date' }],
    ],
    [
      'neither a date: both named, no period check',
      '',
      'tomorrow',
      [
        { path: 'from', key: 'errors.field.date' },
        { path: 'to', key: 'errors.field.date' },
      ],
    ],
  ])('%s: INVALID_INPUT, nothing read', async (_name, from, to, fields) => {
    const p = ports();
    expect(await getStats(p, { from, to }, 'en')).toEqual({ ok: false, code: 'INVALID_INPUT', fields });
    expect(p.jira.browsableProjects).not.toHaveBeenCalled();
  });

  it('an unknown policy: INVALID_INPUT on policyId; the default one and none are accepted', async () => {
    const q = { from: '2026-11-30', to: '2026-12-06' };
    expect(await getStats(ports(), { ...q, policyId: 'platinum' }, 'en')).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      fields: [{ path: 'policyId', key: 'errors.field.invalid' }],
    });
    expect(await getStats(ports(), { ...q, policyId: DEFAULT_POLICY_ID }, 'en')).toMatchObject({
      ok: true,
      value: { policyId: DEFAULT_POLICY_ID },
    });
    expect(await getStats(ports(), { ...q, policyId: null }, 'en')).toMatchObject({
      ok: true,
      value: { policyId: null },
    });
  });
});

describe('getStats: the projects counted', () => {
  const q = { from: '2026-11-30', to: '2026-12-06' };
  it.each([
    ['none asked: every browsable one (no project list configured)', undefined, [], ['SUP', 'OPS']],
    ['none asked: the browsable among the configured', undefined, ['OPS', 'HR'], ['OPS']],
    ['asked, twice, and one not browsable: the browsable once', ['SUP', 'SUP', 'HR'], [], ['SUP']],
  ])('%s', async (_name, projectKeys, configured, counted) => {
    const p = ports(['SUP', 'OPS'], configured);
    const r = await getStats(p, { ...q, projectKeys }, 'en');
    expect(r.ok && r.value.projectKeys).toEqual(counted);
    expect(p.jira.countCreated).toHaveBeenCalledWith(counted, '2026-11-30', '2026-12-07');
  });

  it.each([
    ['only projects the viewer cannot browse', ['HR'], []],
    ['the configured projects, none browsable', undefined, ['HR']],
  ])('%s: FORBIDDEN', async (_name, projectKeys, configured) => {
    expect(await getStats(ports(['SUP'], configured), { ...q, projectKeys }, 'en')).toEqual({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it.each([
    ['no request created: no rate', 0, null],
    ['4 created, none escalated: 0', 4, 0],
  ])('%s', async (_name, created, rate) => {
    const p = ports();
    p.jira.countCreated.mockResolvedValue(created);
    const r = await getStats(p, q, 'en');
    expect(r.ok && r.value.rate).toEqual({ escalatedRequests: 0, createdRequests: created, rate });
  });
});

describe('getGadgetOptions', () => {
  it('the viewer’s active projects, sorted, the default policy named in their language, and whether they may rebuild', async () => {
    const p = ports(['SUP', 'HR', 'OPS'], ['SUP', 'OPS']);
    p.jira.isAdmin.mockResolvedValue(true);
    const r = await getGadgetOptions(p, 'fr');
    expect(r).toMatchObject({ ok: true, value: { projects: ['OPS', 'SUP'], canRebuild: true } });
    expect(r.ok && r.value.policies).toStrictEqual([{ id: DEFAULT_POLICY_ID, label: 'Politique par défaut' }]);
  });

  it('no project the viewer may browse: FORBIDDEN', async () => {
    expect(await getGadgetOptions(ports([], []), 'en')).toEqual({ ok: false, code: 'FORBIDDEN' });
  });
});
