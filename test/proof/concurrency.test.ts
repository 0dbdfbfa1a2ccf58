/**
 * Concurrency: 20 parallel escalate calls on one request give exactly one escalation per level and
 * one email per level, with every effect on (label, comments, priority, transition) applied once.
 */
import type { Sandbox } from '../../sandbox';
import { ALICE, DAVE } from '../support/personas';
import { useSandbox } from '../support/sandbox-setup';
import { agent, errorCode, escalation, ok, portal, saveConfig } from '../support/invoke';
import { allEffectsOn, appComments, issueView, newRequest, passAllDelays } from './support';

jest.setTimeout(30_000);

let sb: Sandbox;
useSandbox(
  async (s) => {
    sb = s;
    await saveConfig(sb, allEffectsOn);
  },
  { fresh: false },
);

const burst = (key: string) =>
  Promise.all(Array.from({ length: 20 }, () => portal(sb, ALICE, key, 'escalate', escalation)));

it('20 parallel escalations per level: one winner, one escalation and one email per level', async () => {
  const key = await newRequest(sb);
  passAllDelays(sb);

  const first = await burst(key);
  expect(first.filter((b) => errorCode(b) === undefined)).toHaveLength(1);
  expect(first.filter((b) => errorCode(b) === 'ALREADY_ESCALATED')).toHaveLength(19);
  expect(sb.outbox().filter((m) => m.issueKey === key)).toHaveLength(1);

  // Level 2 becomes possible 8 business hours after level 1.
  passAllDelays(sb);
  const second = await burst(key);
  const winners = second.filter((b) => errorCode(b) === undefined);
  expect(winners).toHaveLength(1);
  expect(ok(winners[0]).escalation).toMatchObject({ level: 2 });
  expect(second.filter((b) => errorCode(b) === 'ALREADY_ESCALATED')).toHaveLength(19);

  const timeline = ok(await agent(sb, DAVE, key, 'getAgentState')).timeline;
  const escalations = timeline.filter((e) => e.type === 'escalation');
  expect(escalations.map((e) => e.level).sort()).toEqual([1, 2]);
  for (const e of escalations) expect(Object.values(e.effects ?? {}).every((s) => s === 'done')).toBe(true);

  expect(sb.outbox().filter((m) => m.issueKey === key)).toHaveLength(2);
  const mine = await appComments(sb, key);
  expect(mine.filter((c) => !c.jsdPublic)).toHaveLength(2); // one internal note per level
  expect(mine.filter((c) => c.jsdPublic)).toHaveLength(2); // one public confirmation per level
  const view = await issueView(sb, key);
  expect(view.labels.filter((l) => l === 'escalade')).toHaveLength(1);
  // Medium (3) → High (2) → Highest (1): one step per level, never two.
  expect(view.priority).toBe('1');

  // A third burst: the last level is reached, nothing more happens.
  passAllDelays(sb);
  const third = await burst(key);
  expect(third.every((b) => errorCode(b) === 'MAX_LEVEL')).toBe(true);
  expect(sb.outbox().filter((m) => m.issueKey === key)).toHaveLength(2);
});
