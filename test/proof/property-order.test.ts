/**
 * Issue 14, item 3: the `escalade` issue property never goes back in time. A writer's PUT may be slow (still
 * successful) and land after another writer's: every writer writes the record as it stands at write time and
 * reads it again once Jira answered, writing again when the record moved meanwhile (docs/rules.md §8).
 */
import type { Sandbox } from '../../sandbox';
import { ALICE, DAVE } from '../support/personas';
import { useSandbox } from '../support/sandbox-setup';
import { agent, errorCode, escalation, ok, portal, queue } from '../support/invoke';
import { customerComments, issueProperty } from '../support/site-actions';
import { escapeRegex, newRequest, passAllDelays } from './support';

jest.setTimeout(60_000);

/** Within the client's 10 s call timeout: slow, but Jira answers and the write succeeds. */
const SLOW_MS = 3_000;

let sb: Sandbox;
useSandbox((s) => (sb = s));

/** The next property PUT of `key` waits SLOW_MS, then is carried out and answered 200. */
function slowPropertyPut(key: string): void {
  const path = `/rest/api/3/issue/${key}/properties/escalade`;
  sb.addFault({
    pathPattern: `/^${escapeRegex(path)}(\\?.*)?$/`,
    method: 'PUT',
    status: 200,
    count: 1,
    delayMs: SLOW_MS,
  });
}

/** Resolves once the slow PUT has started (its fault is taken): the race's other writer may go. */
async function slowPutStarted(): Promise<void> {
  for (let i = 0; i < 400 && sb.faults().length > 0; i++) await new Promise((r) => setTimeout(r, 25));
  if (sb.faults().length > 0) throw new Error('the slow PUT never started');
}

describe("the escalation's slow property PUT, while an agent closes the escalation", () => {
  it('then the property says closed and the queue does not list it', async () => {
    const key = await newRequest(sb);
    passAllDelays(sb);
    slowPropertyPut(key);
    const escalating = portal(sb, ALICE, key, 'escalate', escalation);
    await slowPutStarted();
    ok(await agent(sb, DAVE, key, 'closeEscalation', { reasonId: 'resolved' }));
    expect(errorCode(await escalating)).toBeUndefined();

    expect(await issueProperty(sb, key)).toMatchObject({ state: 'closed', level: 1 });
    const listed = ok(await queue(sb, DAVE)).items.map((i) => i.key);
    expect(listed).not.toContain(key);
  });
});

describe("a follow-up's slow property PUT, while an agent acknowledges", () => {
  it('then the property keeps the acknowledgement', async () => {
    const key = await newRequest(sb);
    passAllDelays(sb);
    expect(errorCode(await portal(sb, ALICE, key, 'escalate', escalation))).toBeUndefined();
    slowPropertyPut(key);
    await customerComments(sb, ALICE, key, 'Des nouvelles ?');
    await slowPutStarted();
    ok(await agent(sb, DAVE, key, 'acknowledge', {}));
    await sb.waitForEvents(30_000);

    const property = await issueProperty(sb, key);
    expect(property).toMatchObject({ state: 'acknowledged', followUps: 1 });
    expect(property?.acknowledgedAt).not.toBeNull();
  });
});
