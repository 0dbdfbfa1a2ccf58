/**
 * Issue 14, item 6: the admin's configuration cannot make the portal slow. A delay that cannot
 * elapse within a year of calendar time is refused (in the admin's language); the calendar walk is
 * bounded in total work; the most demanding valid calendar still answers with a date within a year.
 */
import type { Sandbox } from '../../sandbox';
import { MODULE_KEYS } from '../../src/contract';
import { addBusinessTime } from '../../src/domain/calendar';
import { minBusinessMinutesPerYear } from '../../src/domain/calendar/capacity';
import type { Calendar, Config } from '../../src/domain/config/schema';
import { ALICE, FRANK } from '../support/personas';
import { useSandbox } from '../support/sandbox-setup';
import { admin, errorCode, getConfig, ok, portal, saveConfig } from '../support/invoke';
import { newRequest } from './support';
import type { Body } from './support';

jest.setTimeout(60_000);

let sb: Sandbox;
useSandbox((s) => (sb = s));

/** One working minute a week (Monday 08:00–08:01), no public holidays. */
const ONE_MINUTE_A_WEEK = (c: Calendar): Calendar => ({
  ...c,
  workingDays: [1],
  hours: [{ start: '08:00', end: '08:01' }],
  holidaysCountry: null,
});

const withDelays = (c: Config, hours: number, calendar: (c: Calendar) => Calendar): Config => ({
  ...c,
  calendar: calendar(c.calendar),
  defaultDelayHours: hours,
  matrix: Object.fromEntries(
    Object.entries(c.matrix).map(([impact, row]) => [
      impact,
      Object.fromEntries(Object.entries(row).map(([u, cell]) => [u, cell === 'critical' ? cell : hours])),
    ]),
  ) as Config['matrix'],
  escalation: { ...c.escalation, nextLevelDelayHours: hours },
});

async function saveAs(locale: string, config: Config, expectedVersion: number): Promise<Body> {
  const extension = sb.extensionFor(MODULE_KEYS.admin);
  // The UI sends the user's locale in the payload (Forge gives functions none).
  const payload = { config, expectedVersion, locale };
  return (
    await sb.invoke({
      moduleKey: MODULE_KEYS.admin,
      functionKey: 'saveConfig',
      accountId: FRANK,
      extension,
      payload,
    })
  ).body as Body;
}

describe('validation', () => {
  it.each([
    ['fr-FR', /ne peut pas s’écouler en moins d’un an/],
    ['en-US', /cannot elapse within a year/],
  ])('one working minute a week with 8,760 h delays is refused (%s), and nothing is saved', async (locale, text) => {
    const before = await getConfig(sb);
    const body = await saveAs(locale, withDelays(before.config, 8760, ONE_MINUTE_A_WEEK), before.version);
    expect(errorCode(body)).toBe('INVALID_INPUT');
    const fields = (body.error as { fields: { path: string; message: string }[] }).fields;
    for (const path of [
      'config.defaultDelayHours',
      'config.matrix.moderate.medium',
      'config.escalation.nextLevelDelayHours',
    ])
      expect(fields.find((f) => f.path === path)?.message).toMatch(text);
    expect(await getConfig(sb)).toEqual(before);
  });

  it('validateConfig refuses it too, and 24x7 mode still takes a one-year delay', async () => {
    const { config } = await getConfig(sb);
    const sparse = withDelays(config, 8760, ONE_MINUTE_A_WEEK);
    expect(errorCode(await admin(sb, FRANK, 'validateConfig', { config: sparse }))).toBe('INVALID_INPUT');
    const roundTheClock = { ...sparse, timer: { ...sparse.timer, mode: '24x7' as const } };
    expect(errorCode(await admin(sb, FRANK, 'validateConfig', { config: roundTheClock }))).toBeUndefined();
  });
});

describe('the most demanding valid calendar', () => {
  /** One hour a week, on Mondays, with French public holidays. */
  const ONE_HOUR_A_WEEK = (c: Calendar): Calendar => ({
    ...c,
    workingDays: [1],
    hours: [{ start: '08:00', end: '09:00' }],
  });

  it('accepts the longest delay it can reach, refuses one more hour, and the portal answers a date within a year', async () => {
    const { config } = await getConfig(sb);
    const longest = Math.floor(minBusinessMinutesPerYear(ONE_HOUR_A_WEEK(config.calendar)) / 60);
    expect(longest).toBeGreaterThan(30);
    const tooLong = withDelays(config, longest + 1, ONE_HOUR_A_WEEK);
    expect(errorCode(await admin(sb, FRANK, 'validateConfig', { config: tooLong }))).toBe('INVALID_INPUT');
    await saveConfig(sb, (c) => withDelays(c, longest, ONE_HOUR_A_WEEK));

    const key = await newRequest(sb);
    const state = ok(await portal(sb, ALICE, key, 'getPortalState'));
    const eligibleAt = new Date(String(state.eligibleAt)).getTime();
    expect(eligibleAt - sb.clock.now().getTime()).toBeLessThanOrEqual(366 * 24 * 3_600_000);
  });
});

describe('the calendar walk', () => {
  it('is bounded in total work, not only in consecutive closed days', () => {
    const sparse = ONE_MINUTE_A_WEEK({
      timezone: 'Europe/Paris',
      workingDays: [],
      hours: [],
      holidaysCountry: null,
      closedDates: [],
    });
    // 10,000 business minutes of one minute a week would end around the year 2220.
    expect(() => addBusinessTime(new Date('2026-01-05T00:00:00Z'), 10_000, sparse)).toThrow(RangeError);
  });
});
