/**
 * Issue 14, item 4: an edit is never a new follow-up, however late it comes. The comment claim expires
 * after 7 days and the record keeps only the newest 200 follow-ups; the decision also rests on facts that
 * never expire: the comment was edited (`updated` after `created`) and was created over a day ago
 * (docs/rules.md §2, `edited`).
 */
import type { Sandbox } from '../../sandbox';
import { ALICE, DAVE } from '../support/personas';
import { emailsFor, useSandbox } from '../support/sandbox-setup';
import { agent, ok } from '../support/invoke';
import { customerComments, editComment, issueProperty } from '../support/site-actions';
import { newRequest } from './support';

jest.setTimeout(300_000);

let sb: Sandbox;
useSandbox((s) => (sb = s));

const followUpCount = async (key: string) => Number((await issueProperty(sb, key))?.followUps ?? 0);

describe('an agent edits the first follow-up after 1,000 more', () => {
  it('then at 7 days and again at 30 days no email goes out and nothing is counted', async () => {
    const key = await newRequest(sb);
    const first = await customerComments(sb, ALICE, key, 'Où en est ma demande ?');
    await sb.waitForEvents();
    expect(emailsFor(sb, key)).toHaveLength(1);
    for (let i = 0; i < 1000; i++) await customerComments(sb, ALICE, key, `Relance ${i + 1}`);
    await sb.waitForEvents(240_000);
    expect(await followUpCount(key)).toBe(1001);
    const mails = emailsFor(sb, key).length;
    const before = ok(await agent(sb, DAVE, key, 'getAgentState')).followUps;

    // Day 7: the comment claim has expired, and the record kept only the newest 200 follow-ups.
    // Day 30: the claim the day-7 edit took has expired as well.
    for (const [minutes, text] of [
      [7 * 24 * 60, 'Où en est ma demande ? (corrigé)'],
      [23 * 24 * 60, 'Où en est ma demande ? (corrigé deux fois)'],
    ] as const) {
      sb.clock.advanceMinutes(minutes);
      await editComment(sb, DAVE, key, first, text);
      await sb.waitForEvents();
      expect(emailsFor(sb, key)).toHaveLength(mails);
      expect(await followUpCount(key)).toBe(1001);
      expect(ok(await agent(sb, DAVE, key, 'getAgentState')).followUps).toEqual(before);
    }
  });
});

describe('an edit within the comment claim', () => {
  it('then an edit an hour later is no follow-up either', async () => {
    const key = await newRequest(sb);
    const first = await customerComments(sb, ALICE, key, 'Où en est ma demande ?');
    await sb.waitForEvents();
    sb.clock.advanceMinutes(60);
    await editComment(sb, DAVE, key, first, 'Où en est ma demande ? (corrigé)');
    await sb.waitForEvents();
    expect(emailsFor(sb, key)).toHaveLength(1);
    expect(await followUpCount(key)).toBe(1);
  });
});

describe('a first event that comes late', () => {
  it('then an unedited comment is still a follow-up', async () => {
    const key = await newRequest(sb);
    await customerComments(sb, ALICE, key, 'Où en est ma demande ?');
    sb.clock.advanceMinutes(3 * 24 * 60);
    await sb.waitForEvents();
    expect(emailsFor(sb, key)).toHaveLength(1);
    expect(await followUpCount(key)).toBe(1);
  });
});
