/**
 * getPortalState under the most demanding calendar validation accepts: one working hour a week
 * (Monday 08:00–09:00, French holidays) with every delay at the longest the calendar can reach
 * within a year (calendar/capacity.ts). The portal then walks about a year of days to find the
 * date: the worst case of a valid configuration. Cold = warm caches cleared (config, fields);
 * the process keeps its memoized public holidays, as a warm Forge container would.
 */
import type { Sandbox } from '../sandbox';
import { minBusinessMinutesPerYear } from '../src/domain/calendar/capacity';
import type { Config } from '../src/domain/config/schema';
import { ALICE } from '../test/support/personas';
import { coldContainer, freshSite } from '../test/support/sandbox-setup';
import { ok, portal, saveConfig } from '../test/support/invoke';
import { newRequest } from '../test/proof/support';
import { summarize, timed } from './stats';
import type { TimingRow } from './timing';

function demanding(c: Config): Config {
  const calendar = { ...c.calendar, workingDays: [1], hours: [{ start: '08:00', end: '09:00' }] };
  const hours = Math.floor(minBusinessMinutesPerYear(calendar) / 60);
  const matrix = Object.fromEntries(
    Object.entries(c.matrix).map(([i, row]) => [
      i,
      Object.fromEntries(Object.entries(row).map(([u, cell]) => [u, cell === 'critical' ? cell : hours])),
    ]),
  ) as Config['matrix'];
  return { ...c, calendar, matrix, defaultDelayHours: hours, timer: { ...c.timer, mode: 'business' } };
}

export async function measureWorstCalendar(sb: Sandbox, runs: number): Promise<TimingRow[]> {
  await freshSite(sb);
  await saveConfig(sb, demanding);
  const key = await newRequest(sb);
  const check = ok(await portal(sb, ALICE, key, 'getPortalState'));
  if (typeof check.eligibleAt !== 'string') throw new Error(`worst calendar: no date (${JSON.stringify(check)})`);
  const days = Math.round((new Date(check.eligibleAt).getTime() - sb.clock.now().getTime()) / 86_400_000);

  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    coldContainer(sb);
    cold.push(await timed(() => portal(sb, ALICE, key, 'getPortalState')));
    warm.push(await timed(() => portal(sb, ALICE, key, 'getPortalState')));
  }
  await freshSite(sb);
  const label = `getPortalState, 1 h/week calendar, date ${days} days ahead`;
  return [
    { operation: `${label}, cold`, ...summarize(cold) },
    { operation: `${label}, warm`, ...summarize(warm) },
  ];
}
