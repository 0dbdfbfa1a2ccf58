/**
 * Issue 14, item 2: agent actions finish what they start. Acknowledge and close record their effects (the
 * property, the customer's comment) with the action; what Jira interrupts is completed by the agent's retry,
 * which answers success with the current state, or by the background run (`escalade-sweep`), with no one's
 * action. An agent never reads a customer's message.
 */
import type { Sandbox } from '../../sandbox';
import { ALICE, DAVE } from '../support/personas';
import { useSandbox } from '../support/sandbox-setup';
import { agent, errorCode, escalation, ok, portal, saveConfig } from '../support/invoke';
import { issueProperty } from '../support/site-actions';
import { appComments, escapeRegex, newRequest, passAllDelays } from './support';

jest.setTimeout(120_000);

let sb: Sandbox;
useSandbox((s) => (sb = s));
beforeEach(async () => {
  await saveConfig(sb, (c) => ({
    ...c,
    escalation: { ...c.escalation, notifyCustomerOnAcknowledge: true, notifyCustomerOnClose: true },
  }));
});

/** Jira is busy on the next 4 calls to exactly `path` (more than the client's attempts). */
function busy(method: string, path: string): void {
  sb.addFault({ pathPattern: `/^${escapeRegex(path)}(\\?.*)?$/`, method, status: 503, count: 4 });
}

async function escalated(): Promise<string> {
  const key = await newRequest(sb);
  passAllDelays(sb);
  expect(errorCode(await portal(sb, ALICE, key, 'escalate', escalation))).toBeUndefined();
  return key;
}

const publicComments = async (key: string) => (await appComments(sb, key)).filter((c) => c.jsdPublic);
const close = { reasonId: 'resolved', note: 'Correctif livré.', notePublic: true };

describe('acknowledge while Jira is busy on the property', () => {
  it('then the retry answers success, the property says acknowledged and the customer is told once', async () => {
    const key = await escalated();
    busy('PUT', `/rest/api/3/issue/${key}/properties/escalade`);
    expect(errorCode(await agent(sb, DAVE, key, 'acknowledge', {}))).toBe('UNAVAILABLE');

    const retry = ok(await agent(sb, DAVE, key, 'acknowledge', {}));
    expect(retry).toMatchObject({ acknowledged: true });
    expect(await issueProperty(sb, key)).toMatchObject({ state: 'acknowledged' });
    expect(await publicComments(key)).toHaveLength(1);
    ok(await agent(sb, DAVE, key, 'acknowledge', {}));
    expect(await publicComments(key)).toHaveLength(1);
  });
});

describe('close while Jira is busy on the comment', () => {
  it('then the retry answers success and the customer is told once', async () => {
    const key = await escalated();
    busy('POST', `/rest/api/3/issue/${key}/comment`);
    expect(errorCode(await agent(sb, DAVE, key, 'closeEscalation', close))).toBe('UNAVAILABLE');

    const retry = ok(await agent(sb, DAVE, key, 'closeEscalation', close));
    expect(retry).toMatchObject({ closed: true });
    expect(await issueProperty(sb, key)).toMatchObject({ state: 'closed' });
    expect(await publicComments(key)).toHaveLength(1);
  });

  it('then, with no retry, the background run tells the customer once', async () => {
    const key = await escalated();
    busy('POST', `/rest/api/3/issue/${key}/comment`);
    expect(errorCode(await agent(sb, DAVE, key, 'closeEscalation', close))).toBe('UNAVAILABLE');
    expect(await publicComments(key)).toHaveLength(0);

    sb.advanceClock(5);
    await sb.waitForEvents(60_000);
    expect(await publicComments(key)).toHaveLength(1);
    sb.advanceClock(5);
    await sb.waitForEvents(60_000);
    expect(await publicComments(key)).toHaveLength(1);
  });
});

describe("an agent never reads a customer's message", () => {
  it.each([
    ['fr-FR', 'Cette demande ne peut pas encore être escaladée.'],
    ['en-US', 'This request cannot be escalated yet.'],
  ])('then closing with nothing open is worded for agents (%s)', async (locale, customerText) => {
    const key = await newRequest(sb);
    const refused = await agent(sb, DAVE, key, 'closeEscalation', { ...close, locale });
    expect(errorCode(refused)).toBe('NOT_ELIGIBLE');
    const message = (refused as { error: { message: string } }).error.message;
    expect(message).not.toBe(customerText);
    expect(message).toMatch(locale === 'fr-FR' ? /escalade ouverte/ : /open escalation/);
  });
});
