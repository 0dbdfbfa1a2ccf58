/**
 * Fault injection on every product call of `escalate` and of the follow-up trigger.
 *
 * The call list is discovered from a clean run (sandbox.calls()), then each call path is faulted
 * in turn with: 429 + Retry-After 0 (until the client gives up), 429 + Retry-After 1, 500, 503
 * (until the client gives up) and a timeout (a delay beyond the invocation's remaining time).
 * After the retries the platform would make (the customer clicks again; the platform redelivers
 * the event), every effect must have happened exactly once, nothing may be half-done, and no
 * invocation may run past its time limit. The one exception is an email whose notify got no answer:
 * Jira may have sent it, so it is recorded "unknown" and never sent again (issue 14; here the sandbox's
 * late 504 sent nothing, so there is none: the agents' timeline says delivery is not confirmed).
 *
 * Scenarios run on their own request each, so that all the paths that name the issue run
 * concurrently (the suite would otherwise take minutes: a timeout costs the client's 10 s call
 * timeout). Paths that do not name the issue (site metadata such as the priority list, read by a
 * cold container) are faulted one at a time. Each scenario's outcome is then one test row.
 */
import type { Sandbox } from '../../sandbox';
import { resetWarmCaches } from '../../src/forge/platform';
import { ALICE } from '../support/personas';
import { startSandbox } from '../support/sandbox-setup';
import { errorCode, escalation, portal, saveConfig } from '../support/invoke';
import { customerComments } from '../support/site-actions';
import { allEffectsOn, newRequest, passAllDelays } from './support';
import { callsOf, ESCALATE_CALLS, ESCALATE_ROWS, FOLLOW_UP_CALLS, FOLLOW_UP_ROWS, type Template } from './fault-table';
import { escalateUnder, followUpUnder, type Outcome } from './fault-runs';
import { ALL_EFFECTS_DONE } from '../builders';

jest.setTimeout(30_000);

let sb: Sandbox;
const discovered: { escalate: string[]; followUp: string[] } = { escalate: [], followUp: [] };
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  sb = await startSandbox();
  await saveConfig(sb, allEffectsOn);

  // Clean runs from a cold container, to discover the product calls of each operation.
  const probe = await newRequest(sb);
  passAllDelays(sb);
  resetWarmCaches();
  sb.clearCalls();
  const clean = await portal(sb, ALICE, probe, 'escalate', escalation);
  if (errorCode(clean) !== undefined) throw new Error(`clean escalate refused: ${JSON.stringify(clean)}`);
  discovered.escalate = callsOf(sb, probe);
  const probe2 = await newRequest(sb);
  await sb.waitForEvents();
  resetWarmCaches();
  sb.clearCalls();
  const commentId = await customerComments(sb, ALICE, probe2, 'Une relance propre.');
  await sb.waitForEvents();
  discovered.followUp = callsOf(sb, probe2, commentId);

  // One request per scenario, all made eligible at once.
  const keys = new Map<string, string>();
  for (const [name] of [...ESCALATE_ROWS, ...FOLLOW_UP_ROWS]) keys.set(name, await newRequest(sb));
  passAllDelays(sb);
  await sb.waitForEvents();
  const run = async (name: string, f: () => Promise<Outcome>) => outcomes.set(name, await f());

  // Warm container: every issue-specific path at once. The sandbox delivers events one at a time,
  // so the follow-up scenarios run in sequence, alongside the escalations. The priority list is
  // read by escalate only: its cold-container scenarios run one at a time beside the follow-ups
  // (clearing the caches only makes those re-read the field list, which no fault targets then).
  resetWarmCaches();
  await portal(sb, ALICE, probe, 'getPortalState');
  const isField = (t: Template) => t.path === '/rest/api/3/field';
  const escalations = (async () => {
    await Promise.all(
      ESCALATE_ROWS.filter(([, t]) => !t.shared).map(([name, t, k]) =>
        run(name, () => escalateUnder(sb, t, k, keys.get(name) as string)),
      ),
    );
    for (const [name, t, k] of ESCALATE_ROWS.filter(([, x]) => x.shared && !isField(x))) {
      resetWarmCaches();
      await run(name, () => escalateUnder(sb, t, k, keys.get(name) as string));
    }
  })();
  const followUps = (async () => {
    for (const [name, t, k] of FOLLOW_UP_ROWS.filter(([, x]) => !x.shared))
      await run(name, () => followUpUnder(sb, t, k, keys.get(name) as string));
  })();
  await Promise.all([escalations, followUps]);

  // The field list is read by both operations from a cold container: one scenario at a time.
  for (const [name, t, k] of [...ESCALATE_ROWS, ...FOLLOW_UP_ROWS].filter(([, x]) => isField(x))) {
    resetWarmCaches();
    const op = name.startsWith('escalate') ? escalateUnder : followUpUnder;
    await run(name, () => op(sb, t, k, keys.get(name) as string));
  }
}, 240_000);

afterAll(() => sb.close());

it('faults every product call of a clean escalate (all effects on) and of a clean follow-up', () => {
  const names = (ts: Template[]) => ts.map((t) => `${t.method} ${t.path}`).sort();
  expect([...discovered.escalate].sort()).toEqual(names(ESCALATE_CALLS));
  expect([...discovered.followUp].sort()).toEqual(names(FOLLOW_UP_CALLS));
});

/**
 * The scenario's outcome, once its fault was hit and the retries finished the work without an error. Four failures
 * outlast the client's four attempts: then the platform's retry (a second click, a redelivery) finished it.
 */
function finished(name: string, count: number): Outcome {
  const o = outcomes.get(name) as Outcome;
  expect(o).toBeDefined();
  expect(o.faultHit).toBe(true);
  if (count >= 4) expect(o.attempts).toBeGreaterThanOrEqual(2);
  expect(o.error).toBeUndefined();
  return o;
}

/** A timed-out notify (the sandbox answers 504 late: nothing sent) is "delivery not confirmed", never resent. */
const unknownEmail = (t: Template, k: { delayMs?: unknown }) => Boolean(k.delayMs) && t.path.endsWith('/notify');

describe('escalate under faults: after the customer retries, every effect happened at most once, and once if known', () => {
  it.each(ESCALATE_ROWS.map(([name, t, k]) => [name, k.count, unknownEmail(t, k)] as const))(
    '%s',
    (name, count, unknown) => {
      const o = finished(name, count);
      expect({ emails: o.emails, labels: o.labels, internal: o.internalComments, public: o.publicComments }).toEqual({
        emails: unknown ? 0 : 1,
        labels: 1,
        internal: 1,
        public: 1,
      });
      expect(o.propertyOk).toBe(true);
      expect(o.effects).toEqual({ ...ALL_EFFECTS_DONE, notify: unknown ? 'unknown' : 'done' });
      // Medium (3) raised one step only, to High (2); the "Escalate" transition ran once.
      expect({ priority: o.priority, status: o.status }).toEqual({ priority: '2', status: 'In progress' });
      expect(o.longestInvocationMs).toBeLessThan(o.limitMs);
    },
  );
});

describe('the follow-up trigger under faults: after the platform redelivers, one email and one count', () => {
  it.each(FOLLOW_UP_ROWS.map(([name, t, k]) => [name, k.count, unknownEmail(t, k)] as const))(
    '%s',
    (name, count, unknown) => {
      const o = finished(name, count);
      // A follow-up whose notify got no answer keeps its claim: counted once, its email never resent.
      expect({ emails: o.emails, followUps: o.followUps }).toEqual({ emails: unknown ? 0 : 1, followUps: 1 });
      expect(o.longestInvocationMs).toBeLessThan(o.limitMs);
    },
  );
});
