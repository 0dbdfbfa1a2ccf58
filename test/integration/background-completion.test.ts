/**
 * PRODUCT.md §2b "nothing is left half-done": effects a busy Jira interrupted are completed by the app's
 * scheduled trigger (`escalade-sweep`, every 5 minutes), with no customer action, each exactly once.
 * The sandbox fires the trigger as its clock passes the interval (sb.advanceClock, POST /sandbox/clock).
 */
import type { Sandbox } from '../../sandbox';
import { ALICE, DAVE } from '../support/personas';
import { emailsFor, useSandbox } from '../support/sandbox-setup';
import { agent, errorCode, escalation, ok, portal } from '../support/invoke';
import { comments, issueLabels, issueProperty } from '../support/site-actions';
import { DEFAULT_EFFECTS_DONE } from '../builders';

jest.setTimeout(60_000);

let sb: Sandbox;
useSandbox((s) => (sb = s));

const escalationEntry = async (key: string) =>
  ok(await agent(sb, DAVE, key, 'getAgentState')).timeline.find((e) => e.type === 'escalation');

const appNotes = async (key: string) => (await comments(sb, key)).filter((c) => c.author === 'app-escalade');

/** Alice escalates SUP-3 while Jira answers 503 to every email: the escalation is recorded, the email is not. */
async function escalateWhileMailIsDown(): Promise<void> {
  sb.addFault({ pathPattern: '/notify', status: 503, count: 4 });
  const answer = await portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
  expect(errorCode(answer)).toBe('UNAVAILABLE');
  expect(emailsFor(sb, 'SUP-3')).toHaveLength(0);
  expect((await escalationEntry('SUP-3'))?.effects).toMatchObject({ label: 'done', notify: 'failed' });
}

describe('background completion (scheduled trigger escalade-sweep)', () => {
  it('completes the missing email within one 5-minute interval, without the customer, exactly once', async () => {
    await escalateWhileMailIsDown();
    sb.clearCalls();

    // Four minutes: the trigger is not due yet.
    expect(sb.advanceClock(4)).toEqual([]);
    await sb.waitForEvents();
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(0);

    // Five minutes after the schedule started: one run, which sends the email.
    const runs = sb.advanceClock(1);
    expect(runs.map((r) => r.triggerKey)).toEqual(['escalade-sweep']);
    await sb.waitForEvents();
    expect(sb.scheduledRuns().at(-1)).toMatchObject({ triggerKey: 'escalade-sweep', status: 'done' });
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
    const entry = await escalationEntry('SUP-3');
    expect(entry?.notify).toEqual({ outcome: 'sent' });
    expect(entry?.effects).toMatchObject(DEFAULT_EFFECTS_DONE);
    // The run's product calls are in the call log, tied to one invocation.
    const notifyCalls = sb.calls().filter((c) => c.path.endsWith('/notify'));
    expect(notifyCalls).toHaveLength(1);
    expect(notifyCalls[0].invocationId).toBeDefined();

    // Later runs repeat nothing: one email, one label, one internal note.
    for (let i = 0; i < 3; i++) {
      sb.advanceClock(5);
      await sb.waitForEvents();
    }
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
    expect((await issueLabels(sb, 'SUP-3')).filter((l) => l === 'escalade')).toHaveLength(1);
    expect(await appNotes('SUP-3')).toHaveLength(1);
    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ state: 'escalated', level: 1 });
  });

  it('keeps trying while Jira stays busy, and completes within 10 minutes once it answers', async () => {
    await escalateWhileMailIsDown();
    sb.addFault({ pathPattern: '/notify', status: 503, count: 4 });
    sb.advanceClock(5);
    await sb.waitForEvents();
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(0);
    sb.advanceClock(5);
    await sb.waitForEvents();
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
  });

  it('completes the property, label and note too when the first call of the escalation failed after recording', async () => {
    sb.addFault({ pathPattern: '/properties/escalade', status: 503, count: 4 });
    expect(errorCode(await portal(sb, ALICE, 'SUP-3', 'escalate', escalation))).toBe('UNAVAILABLE');
    expect(await issueProperty(sb, 'SUP-3')).toBeNull();
    sb.advanceClock(5);
    await sb.waitForEvents();
    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ state: 'escalated', level: 1 });
    expect(await issueLabels(sb, 'SUP-3')).toContain('escalade');
    expect(await appNotes('SUP-3')).toHaveLength(1);
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
  });

  it('a customer retry and the background run at the same time still send one email', async () => {
    await escalateWhileMailIsDown();
    const runs = sb.advanceClock(5);
    const retry = portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
    expect(runs).toHaveLength(1);
    const answer = await retry;
    await sb.waitForEvents();
    expect(['ALREADY_ESCALATED', undefined]).toContain(errorCode(answer));
    sb.advanceClock(5);
    await sb.waitForEvents();
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
  });

  it('leaves an escalation an agent already acknowledged alone (no late email)', async () => {
    await escalateWhileMailIsDown();
    expect(errorCode(await agent(sb, DAVE, 'SUP-3', 'acknowledge', {}))).toBeUndefined();
    sb.advanceClock(5);
    await sb.waitForEvents();
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(0);
    // Taken off the pending list: the next run reads nothing of Jira.
    sb.clearCalls();
    sb.advanceClock(5);
    await sb.waitForEvents();
    expect(sb.calls().filter((c) => c.kind === 'product')).toHaveLength(0);
  });

  it('a run with nothing pending makes no product call', async () => {
    sb.advanceClock(5);
    await sb.waitForEvents();
    expect(sb.scheduledRuns()).toHaveLength(1);
    expect(sb.calls().filter((c) => c.kind === 'product')).toHaveLength(0);
  });

  it('over HTTP: POST /sandbox/clock fires the due trigger, POST /sandbox/events/wait waits for it, calls are listed', async () => {
    await escalateWhileMailIsDown();
    sb.clearCalls();
    const server = await sb.listen(0);
    try {
      const post = async (path: string, body: unknown) =>
        (await fetch(server.url + path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then((r) => r.json())) as Record<string, unknown>;
      const moved = await post('/sandbox/clock', { advanceMinutes: 5 });
      expect(moved.fired).toEqual([expect.objectContaining({ triggerKey: 'escalade-sweep' })]);
      await post('/sandbox/events/wait', { timeoutMs: 20_000 });
      expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
      const scheduled = (await fetch(`${server.url}/sandbox/scheduled`).then((r) => r.json())) as {
        triggers: { key: string; interval: string }[];
        runs: { status: string }[];
      };
      expect(scheduled.triggers).toEqual([expect.objectContaining({ key: 'escalade-sweep', interval: 'fiveMinute' })]);
      expect(scheduled.runs.map((r) => r.status)).toEqual(['done']);
      const calls = (await fetch(`${server.url}/sandbox/calls`).then((r) => r.json())) as { path: string }[];
      expect(calls.filter((c) => c.path.endsWith('/notify'))).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
