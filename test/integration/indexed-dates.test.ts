/**
 * Issue 10 item 4: the dates the app writes into the indexed `escalade` property are in the format Jira's
 * indexer documents for `type: date` (no milliseconds), so JQL orders and range-searches them. The sandbox
 * indexes only values that fit their declared type (sandbox/jira/property-index.ts): with `toISOString()` the
 * queue's ORDER BY fell back to the issue id and the first page showed the wrong escalation.
 */
import type { Sandbox } from '../../sandbox';
import { ALICE, DAVE } from '../support/personas';
import { useSandbox } from '../support/sandbox-setup';
import { agent, escalation, ok, portal, queue } from '../support/invoke';
import { issueProperty } from '../support/site-actions';

const INDEXED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

let sb: Sandbox;
useSandbox((s) => (sb = s));

const search = async (jql: string) => {
  const res = await sb.rest(DAVE, 'POST', '/rest/api/3/search/jql', { jql });
  expect(res.status).toBe(200);
  return (res.body as { issues: { key: string }[] }).issues.map((i) => i.key);
};

describe('indexed dates of the escalade property', () => {
  it('writes escalatedAt and acknowledgedAt as YYYY-MM-DDThh:mm:ssZ, without milliseconds', async () => {
    // A clock with milliseconds, as a real one has.
    sb.clock.set(new Date(sb.clock.nowMs() + 61_789));
    await portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
    await agent(sb, DAVE, 'SUP-3', 'acknowledge', {});
    const property = (await issueProperty(sb, 'SUP-3')) as { escalatedAt: string; acknowledgedAt: string };
    expect(property.escalatedAt).toMatch(INDEXED_DATE_TIME);
    expect(property.acknowledgedAt).toMatch(INDEXED_DATE_TIME);
    // The recorded escalation time, truncated to the second (not the clock's now: real time passes meanwhile).
    const timeline = ok(await agent(sb, DAVE, 'SUP-3', 'getAgentState')).timeline;
    const recorded = Date.parse(timeline.find((e) => e.type === 'escalation')!.at);
    expect(Date.parse(property.escalatedAt)).toBe(Math.floor(recorded / 1000) * 1000);
  });

  it('lets JQL order the queue by escalation date: the oldest escalation is on the first page', async () => {
    // SUP-4 was escalated by the reset; SUP-3 (a lower issue id) a minute later.
    sb.clock.advanceMinutes(1);
    await portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
    expect(await search('escaladeState = escalated ORDER BY escaladeAt ASC')).toEqual(['SUP-4', 'SUP-3']);
    const first = ok(await queue(sb, DAVE, { pageSize: 1 }));
    expect(first.items.map((i) => i.key)).toEqual(['SUP-4']);
    // The next page, by the token the first page handed over (as the queue UI's Next button).
    const second = ok(await queue(sb, DAVE, { pageToken: first.nextPageToken ?? '', startAt: 1, pageSize: 1 }));
    expect(second.items.map((i) => i.key)).toEqual(['SUP-3']);
  });

  it('lets JQL range-search the escalation date', async () => {
    const since = new Date(sb.clock.nowMs() + 30_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    sb.clock.advanceMinutes(1);
    await portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
    expect(await search(`escaladeAt >= "${since}"`)).toEqual(['SUP-3']);
    expect(await search(`escaladeAt < "${since}" AND project = SUP`)).toEqual(['SUP-4']);
  });
});
