/**
 * PRODUCT.md §2b / issue 11 §2, the acknowledgement deadline: a level nobody takes in hand within
 * `escalation.acknowledgeWithinHours` timer hours gets one reminder (email to the level's and the next level's
 * recipients, an internal comment, `overdue: true` in the property), sent by the scheduled trigger with no
 * user action; optionally the next level is raised by the app. Driven through the real handlers in the sandbox.
 */
import type { Sandbox } from '../../sandbox';
import { DateTime } from 'luxon';
import { DEFAULT_CONFIG, isBusinessTime, type Config } from '../../src/domain';
import { ALICE, DAVE, FRANK } from '../support/personas';
import { emailsFor, freshSite, useSandbox } from '../support/sandbox-setup';
import { admin, agent, errorCode, escalation, portal, queue, ok } from '../support/invoke';
import { comments, issueProperty } from '../support/site-actions';

jest.setTimeout(60_000);

let sb: Sandbox;
useSandbox((s) => (sb = s), { fresh: false });
/**
 * The sandbox clock only moves forward: each case starts at 10:00 in Paris on the next Monday of a week with no
 * public holiday (Monday to the next Monday), on a fresh site (which escalates SUP-4 then).
 */
function nextPlainMonday(after: Date): Date {
  let day = DateTime.fromJSDate(after, { zone: 'Europe/Paris' }).startOf('day').set({ hour: 10 });
  for (;;) {
    day = day.plus({ days: 1 });
    if (day.weekday !== 1) continue;
    const week = [0, 1, 2, 3, 4, 7].map((d) => day.plus({ days: d }).toJSDate());
    if (week.every((d) => isBusinessTime(d, DEFAULT_CONFIG.calendar))) return day.toJSDate();
  }
}

beforeEach(async () => {
  sb.clock.set(nextPlainMonday(sb.clock.now()));
  await freshSite(sb);
});

async function saveConfig(change: (c: Config) => Config): Promise<void> {
  const current = ok(await admin(sb, FRANK, 'getConfig'));
  const saved = await admin(sb, FRANK, 'saveConfig', {
    config: change(current.config),
    expectedVersion: current.version,
  });
  expect(errorCode(saved)).toBeUndefined();
}

/** Moves the sandbox clock (firing the trigger when due) and waits for the runs. */
async function minutesPass(minutes: number): Promise<void> {
  sb.advanceClock(minutes);
  await sb.waitForEvents();
}

const timeline = async (key: string) => ok(await agent(sb, DAVE, key, 'getAgentState')).timeline;
const appNotes = async (key: string) => (await comments(sb, key)).filter((c) => c.author === 'app-escalade');
const reminders = (key: string) => emailsFor(sb, key).filter((m) => /pas encore prise en charge/.test(m.subject));

async function jqlKeys(jql: string): Promise<string[]> {
  const res = await sb.rest(DAVE, 'POST', '/rest/api/3/search/jql', { jql, fields: ['summary'] });
  expect(res.status).toBe(200);
  return ((res.body as { issues: { key: string }[] }).issues ?? []).map((i) => i.key);
}

/** Alice escalates SUP-3 (assigned to Dave) at 10:00 Paris, a Monday: the default deadline is 14:00. */
async function aliceEscalatesSup3(): Promise<void> {
  expect(errorCode(await portal(sb, ALICE, 'SUP-3', 'escalate', escalation))).toBeUndefined();
  expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
}

describe('acknowledgement deadline (escalation.acknowledgeWithinHours, default 4 timer hours)', () => {
  it('sends one reminder once the deadline passes: email, internal note, overdue property and JQL alias', async () => {
    await aliceEscalatesSup3();
    const notesBefore = (await appNotes('SUP-3')).length;

    await minutesPass(235); // 13:55: not yet
    expect(reminders('SUP-3')).toHaveLength(0);
    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ state: 'escalated', overdue: false });

    await minutesPass(5); // 14:00: four business hours after the escalation
    const sent = reminders('SUP-3');
    expect(sent).toHaveLength(1);
    expect(sent[0].to.map((r) => r.accountId)).toEqual(['agent-dave']);
    expect(sent[0].textBody).toContain('attend depuis 4 heures');
    expect(await appNotes('SUP-3')).toHaveLength(notesBefore + 1);
    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ state: 'escalated', level: 1, overdue: true });
    expect(await jqlKeys('escaladeOverdue = "true"')).toContain('SUP-3');
    const overdue = (await timeline('SUP-3')).find((e) => e.type === 'overdue');
    expect(overdue).toMatchObject({ level: 1, notify: { outcome: 'sent' } });

    // Exactly once: later runs send nothing more.
    await minutesPass(60);
    await minutesPass(60);
    expect(reminders('SUP-3')).toHaveLength(1);
    expect(await appNotes('SUP-3')).toHaveLength(notesBefore + 1);

    // Taken in hand: no longer overdue.
    expect(errorCode(await agent(sb, DAVE, 'SUP-3', 'acknowledge', {}))).toBeUndefined();
    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ state: 'acknowledged', overdue: false });
    expect(await jqlKeys('escaladeOverdue = "true"')).not.toContain('SUP-3');
  });

  it('emails the next level’s recipients too', async () => {
    await saveConfig((c) => ({
      ...c,
      escalation: {
        ...c.escalation,
        levels: [
          c.escalation.levels[0],
          { notifyAssignee: false, recipients: { groups: [], accountIds: ['agent-erin'] } },
        ],
      },
    }));
    await aliceEscalatesSup3();
    await minutesPass(240);
    const sent = reminders('SUP-3');
    expect(sent).toHaveLength(1);
    expect(sent[0].to.map((r) => r.accountId).sort()).toEqual(['agent-dave', 'agent-erin']);
  });

  it('sends nothing when the level is acknowledged in time, and takes it off the list', async () => {
    await aliceEscalatesSup3();
    await minutesPass(60);
    expect(errorCode(await agent(sb, DAVE, 'SUP-3', 'acknowledge', {}))).toBeUndefined();
    await minutesPass(240);
    expect(reminders('SUP-3')).toHaveLength(0);
    expect((await timeline('SUP-3')).some((e) => e.type === 'overdue')).toBe(false);
    // Off the list: a later run reads nothing of SUP-3.
    sb.clearCalls();
    await minutesPass(5);
    expect(sb.calls().filter((c) => c.kind === 'product' && c.path.includes('SUP-3'))).toHaveLength(0);
  });

  it('sends nothing when the deadline is off (null)', async () => {
    await saveConfig((c) => ({ ...c, escalation: { ...c.escalation, acknowledgeWithinHours: null } }));
    await aliceEscalatesSup3();
    await minutesPass(600);
    expect(reminders('SUP-3')).toHaveLength(0);
    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ overdue: false });
  });

  it('counts business hours: escalated Friday 17:00, due Monday 11:30', async () => {
    // Monday 10:00 + 4 days 7 h = Friday 17:00; then 1 h on Friday and 3 h from Monday 08:30.
    sb.clock.advanceMinutes((4 * 24 + 7) * 60);
    await aliceEscalatesSup3();
    await minutesPass(2 * 24 * 60 + 18 * 60 + 25); // Monday 11:25
    expect(reminders('SUP-3')).toHaveLength(0);
    await minutesPass(5); // Monday 11:30
    expect(reminders('SUP-3')).toHaveLength(1);
  });

  it('completes an interrupted reminder on the next run, still exactly once', async () => {
    await aliceEscalatesSup3();
    await minutesPass(235);
    sb.addFault({ pathPattern: '/notify', status: 503, count: 4 });
    await minutesPass(5);
    expect(reminders('SUP-3')).toHaveLength(0);
    await minutesPass(5);
    expect(reminders('SUP-3')).toHaveLength(1);
    await minutesPass(5);
    expect(reminders('SUP-3')).toHaveLength(1);
    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ overdue: true });
  });

  it('lists overdue escalations first in the queue, with the flag', async () => {
    // SUP-4 (escalated at the reset) is taken in hand; SUP-3, escalated later, is not.
    expect(errorCode(await agent(sb, DAVE, 'SUP-4', 'acknowledge', {}))).toBeUndefined();
    sb.clock.advanceMinutes(30);
    await aliceEscalatesSup3();
    await minutesPass(240);
    const page = ok(await queue(sb, DAVE, { startAt: 0, pageSize: 10 }));
    expect(page.items.map((i) => [i.key, i.overdue])).toEqual([
      ['SUP-3', true],
      ['SUP-4', false],
    ]);
  });

  describe('with escalation.autoRaiseOnAcknowledgeTimeout', () => {
    it('raises the next level by itself, with the reason "not acknowledged in time"', async () => {
      await saveConfig((c) => ({ ...c, escalation: { ...c.escalation, autoRaiseOnAcknowledgeTimeout: true } }));
      await aliceEscalatesSup3();
      await minutesPass(240);
      expect(reminders('SUP-3')).toHaveLength(1);
      const level2 = (await timeline('SUP-3')).find((e) => e.type === 'escalation' && e.level === 2);
      expect(level2).toMatchObject({
        reasonLabel: 'Non prise en charge dans le délai',
        by: { displayName: 'Escalade (automatique)' },
        notify: { outcome: 'sent' },
      });
      expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ state: 'escalated', level: 2, overdue: false });
      // Level 2 (escalated at 14:00) is the last: its own deadline (08:30 the next day, the day closing at 18:00)
      // sends one more reminder, and raises nothing more.
      await minutesPass(20 * 60);
      expect(reminders('SUP-3')).toHaveLength(2);
      // No next level: the fallback stands in for it (no recipients configured, so the project lead, Frank).
      expect(
        reminders('SUP-3')[1]
          .to.map((r) => r.accountId)
          .sort(),
      ).toEqual(['admin-frank', 'agent-dave']);
      expect((await timeline('SUP-3')).filter((e) => e.type === 'escalation')).toHaveLength(2);
    });
  });
});
