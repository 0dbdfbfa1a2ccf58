/**
 * The backfill through the sandbox (real stats store on KVS, real resolver): when the aggregates are missing,
 * a Jira admin's rebuild, driven call after call as the gadget's edit mode does, gives exactly the figures the
 * domain computes from the same records. (Interrupting it mid-batch: src/app/stats/backfill.test.ts.)
 */
import type { Sandbox } from '../../sandbox';
import type { StatsResult } from '../../src/contract';
import { DEFAULT_CONFIG, summarize, weeksCovering } from '../../src/domain';
import { bucketsOf, syntheticRecords, writeRecords } from '../support/analytics-data';
import { DAVE, FRANK } from '../support/personas';
import { useSiteWithProjects } from '../support/sandbox-setup';
import { errorCode, gadget, ok } from '../support/invoke';

jest.setTimeout(120_000);

const PROJECTS = ['PA', 'PB'];
const PERIOD = { from: '2025-10-06', to: '2025-11-30' };

let sb: Sandbox;
useSiteWithProjects(PROJECTS, (s) => (sb = s));

async function stats(): Promise<StatsResult> {
  const body = await gadget(sb, DAVE, 'getStats', { ...PERIOD, projectKeys: PROJECTS, locale: 'en-US' });
  if (errorCode(body)) throw new Error(JSON.stringify(body));
  return body as unknown as StatsResult;
}

it('rebuilds missing aggregates from the records: the figures the domain computes from them', async () => {
  const records = syntheticRecords({
    count: 120,
    projects: PROJECTS,
    from: new Date(`${PERIOD.from}T00:00:00Z`),
    to: new Date(`${PERIOD.to}T00:00:00Z`),
    reasonIds: DEFAULT_CONFIG.escalation.reasons.map((r) => r.id),
    seed: 5,
  });
  await writeRecords(records);
  // Records without aggregates (the app installed over older data): nothing to show yet.
  expect((await stats()).totals.escalations).toBe(0);

  const answers: unknown[] = [];
  for (let i = 0; i < 20; i++) {
    const r = await gadget(sb, FRANK, 'rebuildStats', i === 0 ? { resume: true } : {});
    answers.push(r);
    if (errorCode(r) || ok(r).done) break;
  }
  // SUP-4's record too: every record of the site is read.
  expect(answers[answers.length - 1]).toMatchObject({ done: true, records: 121 });

  const expected = summarize(bucketsOf(records, DEFAULT_CONFIG), weeksCovering(PERIOD.from, PERIOD.to));
  const got = await stats();
  expect(got.totals).toEqual(expected.totals);
  expect(got.byWeek).toEqual(expected.byWeek);
  expect(got.timeToAcknowledge).toEqual(expected.timeToAcknowledge);
  expect(got.timeToClose).toEqual(expected.timeToClose);
  expect(got.topOrganizations.map((o) => [o.label, o.count])).toEqual(
    expected.topOrganizations.map((o) => [o.name, o.count]),
  );
  expect(got.totals.escalations).toBe(120);
});
