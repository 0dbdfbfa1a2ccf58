/**
 * Issue 14, item 1: a write Jira carried out but answered late is not repeated. The sandbox applies the call
 * after `delayMs` and answers 200, too late for the client (10 s per call): the app cannot tell whether it was
 * applied. Whatever the timing: at most one email and one comment per level and per follow-up. The email of
 * unknown outcome is never sent again ("delivery not confirmed"); the app's comments carry an `escalade.effect`
 * comment property, looked for before writing again (docs/rules.md §8).
 */
import type { Sandbox } from '../../sandbox';
import type { TimelineEntry } from '../../src/contract';
import { ALICE, DAVE } from '../support/personas';
import { useSandbox } from '../support/sandbox-setup';
import { agent, errorCode, escalation, ok, portal } from '../support/invoke';
import { customerComments } from '../support/site-actions';
import { appComments, escapeRegex, newRequest, passAllDelays } from './support';

jest.setTimeout(120_000);

/** Past the client's 10 s call timeout, within the invocation's 25 s. */
const LATE_MS = 11_000;

let sb: Sandbox;
useSandbox((s) => (sb = s), { fresh: false });

const mailsFor = (key: string) => sb.outbox().filter((m) => m.issueKey === key);
const internalNotes = async (key: string) => (await appComments(sb, key)).filter((c) => !c.jsdPublic);

/** The next call to exactly `path` is carried out after LATE_MS and answered 200, too late. */
function answerLate(method: string, path: string): void {
  sb.addFault({ pathPattern: `/^${escapeRegex(path)}(\\?.*)?$/`, method, status: 200, count: 1, delayMs: LATE_MS });
}

/** Waits (real time) until the late call was carried out: the sandbox logs it when its delay ends. */
async function landed(method: string, path: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (sb.calls().some((c) => c.method === method && c.path.split('?')[0] === path && c.status < 300)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${method} ${path} never landed`);
}

async function timeline(key: string): Promise<TimelineEntry[]> {
  return ok(await agent(sb, DAVE, key, 'getAgentState')).timeline;
}

const escalationOf = async (key: string) =>
  (await timeline(key)).find((e): e is Extract<TimelineEntry, { type: 'escalation' }> => e.type === 'escalation');

describe('an escalation whose email Jira sends but answers late', () => {
  it('then the escalation goes on, the customer clicking again sends no second email, and agents read "not confirmed"', async () => {
    const key = await newRequest(sb);
    passAllDelays(sb);
    sb.clearCalls();
    answerLate('POST', `/rest/api/3/issue/${key}/notify`);
    const first = await portal(sb, ALICE, key, 'escalate', escalation);
    expect(errorCode(first)).toBeUndefined();
    await landed('POST', `/rest/api/3/issue/${key}/notify`);
    expect(mailsFor(key)).toHaveLength(1);

    await portal(sb, ALICE, key, 'escalate', escalation);
    sb.advanceClock(5); // the background completion runs too
    await sb.waitForEvents(60_000);
    expect(mailsFor(key)).toHaveLength(1);
    expect(await internalNotes(key)).toHaveLength(1);
    const entry = await escalationOf(key);
    expect(entry?.notify).toEqual({ outcome: 'unknown' });
    expect(entry?.effects).toMatchObject({ internalComment: 'done', notify: 'unknown', label: 'done' });
  });
});

describe('an escalation whose internal comment Jira writes but answers late', () => {
  it('then a retry finds the comment by its marker and writes none', async () => {
    const key = await newRequest(sb);
    passAllDelays(sb);
    sb.clearCalls();
    answerLate('POST', `/rest/api/3/issue/${key}/comment`);
    const first = await portal(sb, ALICE, key, 'escalate', escalation);
    expect(errorCode(first)).toBeUndefined();
    expect(mailsFor(key)).toHaveLength(1); // the run went on after the comment's late answer
    await landed('POST', `/rest/api/3/issue/${key}/comment`);

    const again = await portal(sb, ALICE, key, 'escalate', escalation);
    expect(errorCode(again)).toBeUndefined();
    sb.advanceClock(5);
    await sb.waitForEvents(60_000);
    const notes = await internalNotes(key);
    expect(notes).toHaveLength(1);
    expect(mailsFor(key)).toHaveLength(1);
    expect((await escalationOf(key))?.effects).toMatchObject({ internalComment: 'done', notify: 'done' });
    // The marker is a comment property, read through Jira's comment property API.
    const marker = await sb.rest(DAVE, 'GET', `/rest/api/3/comment/${notes[0]?.id}/properties/escalade.effect`);
    expect(marker).toEqual({ status: 200, body: { key: 'escalade.effect', value: 'L1-internal' } });
  });

  it('then the background completion alone finds it too', async () => {
    const key = await newRequest(sb);
    passAllDelays(sb);
    sb.clearCalls();
    answerLate('POST', `/rest/api/3/issue/${key}/comment`);
    await portal(sb, ALICE, key, 'escalate', escalation);
    await landed('POST', `/rest/api/3/issue/${key}/comment`);
    sb.advanceClock(5);
    await sb.waitForEvents(60_000);
    expect(await internalNotes(key)).toHaveLength(1);
    expect((await escalationOf(key))?.effects).toMatchObject({ internalComment: 'done' });
  });
});

describe('a follow-up whose email Jira sends but answers late', () => {
  it('then it keeps its claim: no retry or redelivery emails again, it is counted once, "not confirmed"', async () => {
    const key = await newRequest(sb);
    await sb.waitForEvents();
    answerLate('POST', `/rest/api/3/issue/${key}/notify`);
    sb.clearCalls();
    const commentId = await customerComments(sb, ALICE, key, 'Des nouvelles ?');
    await sb.waitForEvents(60_000);
    await landed('POST', `/rest/api/3/issue/${key}/notify`);
    expect(mailsFor(key)).toHaveLength(1);
    sb.replayEvents(1);
    await sb.waitForEvents(60_000);
    expect(mailsFor(key)).toHaveLength(1);
    const state = ok(await agent(sb, DAVE, key, 'getAgentState'));
    expect(state.followUps.count).toBe(1);
    const entry = state.timeline.find((e) => e.type === 'followUp' && e.commentId === commentId);
    expect(entry).toMatchObject({ notify: { outcome: 'unknown' } });
  });
});
