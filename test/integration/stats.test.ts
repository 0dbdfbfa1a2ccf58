/**
 * getStats (the analytics gadget's resolver) through the sandbox: the buckets follow each escalation step as it
 * happens, retries count once, and the viewer sees only what they may browse. Real handlers, real @forge packages.
 */
import type { Sandbox } from '../../sandbox';
import type { PayloadOf, StatsResult } from '../../src/contract';
import { ALICE, BOB, CAROL, DAVE, ERIN, FRANK } from '../support/personas';
import { freshSite, productCalls, useSandbox } from '../support/sandbox-setup';
import { agent, errorCode, escalation, exportCsv, gadget, ok, portal, refusalOf, unchecked } from '../support/invoke';
import { customerComments } from '../support/site-actions';
import { newRequest, passAllDelays, URGENCY, IMPACT } from '../proof/support';

jest.setTimeout(60_000);

let sb: Sandbox;
useSandbox((s) => (sb = s), { fresh: false });

/** Monday 10:00 in Paris (09:00 UTC) on or after the sandbox clock, which only moves forward. */
function nextMondayAtTen(now: Date): Date {
  const at = new Date(now);
  at.setUTCHours(9, 0, 0, 0);
  while (at.getUTCDay() !== 1 || at < now) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * 24 * 60 * 60 * 1000);

/** The week of the reset's escalation of SUP-4: every test starts a fresh site on a Monday, 10:00 in Paris. */
let WEEK_OF_T0: { from: string; to: string };
let monday: Date;
beforeEach(async () => {
  monday = nextMondayAtTen(sb.clock.now());
  sb.clock.set(monday);
  await freshSite(sb);
  WEEK_OF_T0 = { from: day(monday), to: day(plusDays(monday, 6)) };
});

async function stats(payload: PayloadOf<'getStats'>, as = DAVE): Promise<StatsResult> {
  return ok(await gadget(sb, as, 'getStats', payload));
}

describe('getStats: figures kept as escalations happen', () => {
  it('counts the seed escalation of SUP-4 in the week of T0, with its reason in the caller language', async () => {
    const fr = await stats({ ...WEEK_OF_T0, locale: 'fr-FR' });
    expect(fr.totals).toMatchObject({ escalations: 1, acknowledged: 0, closed: 0, withdrawn: 0, escalatedRequests: 1 });
    expect(fr.byReason).toEqual([{ reasonId: 'no-answer', label: 'Pas de réponse', count: 1 }]);
    expect(fr.byWeek).toEqual([{ weekStart: WEEK_OF_T0.from, escalations: 1, byReason: { 'no-answer': 1 } }]);
    expect(fr.timeToAcknowledge.medianMinutes).toBeNull();
    // Every project Dave may browse: SUP and the second service project INF (no escalation there).
    expect(fr.projectKeys).toEqual(['SUP', 'INF']);
    // SUP-4 is Alice's, shared with her company: the JSM Organizations field, read with the request.
    expect(fr.topOrganizations).toEqual([{ id: '1', label: 'Transports Martin', count: 1 }]);
    expect(fr.topRequestTypes).toEqual([{ id: '11', label: expect.any(String), count: 1 }]);
    const en = await stats({ ...WEEK_OF_T0, locale: 'en-US' });
    expect(en.byReason[0].label).toBe('No answer');
    // The week before holds nothing.
    const before = { from: day(plusDays(monday, -7)), to: day(plusDays(monday, -1)) };
    expect((await stats(before)).totals.escalations).toBe(0);
  });

  it('acknowledge and close add their durations, in calendar and timer minutes; a retry counts once', async () => {
    sb.clock.advanceMinutes(30);
    await agent(sb, DAVE, 'SUP-4', 'acknowledge', { note: 'Je prends.' });
    // A second click is refused and counts nothing more.
    expect(errorCode(await agent(sb, ERIN, 'SUP-4', 'acknowledge', {}))).toBe('CONFLICT');
    sb.clock.advanceMinutes(24 * 60);
    await agent(sb, DAVE, 'SUP-4', 'closeEscalation', {
      reasonId: 'resolved',
      note: 'Rappelé le client, problème résolu.',
    });
    const s = await stats(WEEK_OF_T0);
    expect(s.totals).toMatchObject({ escalations: 1, acknowledged: 1, closed: 1 });
    expect(s.timeToAcknowledge).toMatchObject({ medianMinutes: 30, p90Minutes: 30, timerMedianMinutes: 30 });
    // 24.5 h of calendar time; business hours (08:30–18:00 Paris): Monday 10:00 → 18:00, then Tuesday to 10:30.
    expect(s.timeToClose).toMatchObject({ medianMinutes: 1470, timerMedianMinutes: 480 + 120 });
  });

  it('counts follow-ups once, even when the platform delivers the comment event again', async () => {
    await customerComments(sb, ALICE, 'SUP-3', 'Des nouvelles ?');
    await sb.waitForEvents();
    await sb.replayEvents(1);
    await sb.waitForEvents();
    expect((await stats(WEEK_OF_T0)).totals.followUps).toBe(1);
  });

  it('the rate divides escalated requests by the requests created in the same weeks and projects', async () => {
    sb.clock.advanceMinutes(7 * 24 * 60); // the next Monday
    const keys = [];
    for (let i = 0; i < 4; i++)
      keys.push(await newRequest(sb, { impact: IMPACT.significant, urgency: URGENCY.high, summary: `Panne ${i}` }));
    passAllDelays(sb);
    expect(errorCode(await portal(sb, ALICE, keys[0], 'escalate', escalation))).toBeUndefined();
    const now = sb.clock.now();
    const s = await stats({ from: day(plusDays(monday, 7)), to: day(now) });
    expect(s.rate).toEqual({ escalatedRequests: 1, createdRequests: 4, rate: 0.25 });
  });

  it('makes at most 2 product calls: one bulk permission check as the viewer, one approximate count', async () => {
    sb.clearCalls();
    await stats({ from: day(plusDays(monday, -364)), to: day(monday) });
    const calls = productCalls(sb).map((c) => `${c.method} ${c.path.split('?')[0]} as ${c.as}`);
    expect(calls.sort()).toEqual([
      'POST /rest/api/3/permissions/project as user',
      'POST /rest/api/3/search/approximate-count as app',
    ]);
  });
});

describe('getStats: authorization', () => {
  it.each([
    ['a customer', ALICE],
    ['another customer', BOB],
    ['an unlicensed participant', CAROL],
  ])('refuses %s with FORBIDDEN, before any call', async (_who, accountId) => {
    sb.clearCalls();
    const body = await gadget(sb, accountId, 'getStats', WEEK_OF_T0);
    expect(body).toEqual({ error: { code: 'FORBIDDEN', message: expect.any(String) } });
    expect(sb.calls()).toEqual([]);
  });

  it('counts only the projects the viewer can browse; asking only for others is FORBIDDEN', async () => {
    expect((await stats({ ...WEEK_OF_T0, projectKeys: ['SUP', 'HR'] })).projectKeys).toEqual(['SUP']);
    expect(errorCode(await gadget(sb, DAVE, 'getStats', { ...WEEK_OF_T0, projectKeys: ['HR'] }))).toBe('FORBIDDEN');
  });

  it('an admin reads the same figures', async () => {
    expect((await stats(WEEK_OF_T0, FRANK)).totals.escalations).toBe(1);
  });

  it.each([
    [{ from: '2025-12-07', to: '2025-12-01' }, 'to'],
    [{ from: '2024-01-01', to: '2025-12-01' }, 'to'],
    [{ from: '2025-02-30', to: '2025-12-01' }, 'from'],
    [{ from: 'yesterday', to: '2025-12-01' }, 'from'],
    [{ from: '2025-12-01', to: '2025-12-07', policyId: 'gold' }, 'policyId'],
    [{ from: '2025-12-01', to: '2025-12-07', projectKeys: ['sup'] }, 'projectKeys.0'],
    [{ to: '2025-12-01' }, 'from'],
  ])('refuses bad input %j with a translated INVALID_INPUT on %s', async (payload, path) => {
    const body = await gadget(sb, DAVE, 'getStats', unchecked({ ...payload, locale: 'fr-FR' }));
    expect(errorCode(body)).toBe('INVALID_INPUT');
    const fields = refusalOf(body)?.fields ?? [];
    expect(fields.map((f) => f.path)).toContain(path);
    expect(fields.every((f) => f.message.length > 0 && !f.message.startsWith('stats.'))).toBe(true);
  });
});

describe('getGadgetOptions', () => {
  it('offers the projects the viewer can browse and the default policy', async () => {
    expect(await gadget(sb, DAVE, 'getGadgetOptions', { locale: 'en-US' })).toEqual({
      projects: ['INF', 'SUP'],
      policies: [{ id: 'default', label: 'Default policy' }],
      canRebuild: false,
    });
    expect(await gadget(sb, FRANK, 'getGadgetOptions', {})).toMatchObject({ canRebuild: true });
    expect(errorCode(await gadget(sb, ALICE, 'getGadgetOptions', {}))).toBe('FORBIDDEN');
  });
});

describe('rebuildStats (backfill)', () => {
  it('a Jira admin rebuilds from the records; over up-to-date buckets it counts nothing twice', async () => {
    sb.clock.advanceMinutes(30);
    await agent(sb, DAVE, 'SUP-4', 'acknowledge', {});
    const before = await stats(WEEK_OF_T0);
    const run = await gadget(sb, FRANK, 'rebuildStats', { restart: true });
    expect(run).toMatchObject({ done: true, records: expect.any(Number), steps: expect.any(Number) });
    expect((run as { records: number }).records).toBeGreaterThanOrEqual(1);
    expect(await stats(WEEK_OF_T0)).toEqual(before);
    // Done: a second run without restart answers the finished state.
    expect(await gadget(sb, FRANK, 'rebuildStats', {})).toMatchObject({ done: true });
  });

  it('refuses agents', async () => {
    expect(errorCode(await gadget(sb, DAVE, 'rebuildStats', {}))).toBe('FORBIDDEN');
  });
});

describe('exportEscalations (CSV)', () => {
  it('one row per escalation with ISO dates, a translated header, only for licensed viewers', async () => {
    sb.clock.advanceMinutes(30);
    await agent(sb, DAVE, 'SUP-4', 'acknowledge', {});
    sb.clearCalls();
    const page = ok(await exportCsv(sb, DAVE, { locale: 'fr-FR' }));
    expect(page.done).toBe(true);
    expect(page.rows).toBe(1);
    const [header, row, end] = page.csv.split('\r\n');
    expect(header).toBe(
      'Clé,Résumé,Projet,Type de demande,Organisations,Niveau,Motif,Escaladée le,Prise en charge le,Clôturée le,Motif de clôture,Politique',
    );
    const cells = row.split(',');
    expect(cells[0]).toBe('SUP-4');
    expect(cells[4]).toBe('Transports Martin');
    expect(cells.slice(5, 7)).toEqual(['1', 'Pas de réponse']);
    // ISO 8601 in UTC; the sandbox clock runs in real time, so a few milliseconds may have passed.
    const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    expect(cells[7]).toMatch(ISO);
    expect(cells[8]).toMatch(ISO);
    expect(Math.abs(Date.parse(cells[7]) - monday.getTime())).toBeLessThan(60_000);
    expect(Math.abs(Date.parse(cells[8]) - monday.getTime() - 30 * 60_000)).toBeLessThan(60_000);
    expect(cells[11]).toBe('Politique par défaut');
    expect(end).toBe('');
    // Two product calls per page: the viewer's projects, then the summaries.
    expect(productCalls(sb).map((c) => `${c.method} ${c.path.split('?')[0]} as ${c.as}`)).toEqual([
      'POST /rest/api/3/permissions/project as user',
      'POST /rest/api/3/issue/bulkfetch as app',
    ]);
    expect(errorCode(await exportCsv(sb, ALICE, {}))).toBe('FORBIDDEN');
    expect(errorCode(await exportCsv(sb, DAVE, unchecked({ cursor: 42 })))).toBe('INVALID_INPUT');
  });
});
