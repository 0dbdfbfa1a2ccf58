/**
 * Product API calls per operation, counted in the sandbox's call log (kind 'product'), from a
 * cold container (warm caches cleared, as a fresh Forge container) and warm (the same call again).
 */
import type { Sandbox } from '../sandbox';
import { resetWarmCaches } from '../src/forge/platform';
import { ALICE, DAVE } from '../test/support/personas';
import { freshSite } from '../test/support/sandbox-setup';
import { agent, errorCode, escalation, portal, saveConfig } from '../test/support/invoke';
import { customerComments } from '../test/support/site-actions';
import { allEffectsOn, newRequest, passAllDelays } from '../test/proof/support';

export interface CallRow {
  operation: string;
  floor: number;
  /** Budgets from the backend issue; null where none is set. */
  budgetCold: number | null;
  budgetWarm: number | null;
  cold: number;
  warm: number;
  /** What the cold run called, for the README and for anyone checking the floor. */
  coldCalls: string[];
}

const productCalls = (sb: Sandbox): string[] =>
  sb
    .calls()
    .filter((c) => c.kind === 'product')
    .map((c) => `${c.as} ${c.method} ${c.path.split('?')[0]}`);

/** Runs `op` cold then warm (on a second, equivalent target) and counts product calls. */
export async function measure(sb: Sandbox, op: (target: string) => Promise<void>, targets: [string, string]) {
  resetWarmCaches();
  sb.clearCalls();
  await op(targets[0]);
  const coldCalls = productCalls(sb);
  sb.clearCalls();
  await op(targets[1]);
  const warm = productCalls(sb).length;
  return { cold: coldCalls.length, warm, coldCalls };
}

function must(body: unknown, what: string): void {
  if (errorCode(body) !== undefined) throw new Error(`${what} refused: ${JSON.stringify(body)}`);
}

export async function measureCalls(sb: Sandbox): Promise<CallRow[]> {
  await freshSite(sb);
  const rows: CallRow[] = [];
  const pair = async (): Promise<[string, string]> => [await newRequest(sb), await newRequest(sb)];

  const portalTargets = await pair();
  passAllDelays(sb);
  const state = await measure(
    sb,
    async (key) => must(await portal(sb, ALICE, key, 'getPortalState'), 'getPortalState'),
    portalTargets,
  );
  rows.push({ operation: 'getPortalState', floor: 1, budgetCold: 2, budgetWarm: 1, ...state });

  const followTargets = await pair();
  await sb.waitForEvents();
  const followUp = await measure(
    sb,
    async (key) => {
      await customerComments(sb, ALICE, key, 'Avez-vous du nouveau ?');
      await sb.waitForEvents();
    },
    followTargets,
  );
  // Floor: read the comment and the request (the event is not trusted), send the email.
  rows.push({ operation: 'follow-up event', floor: 3, budgetCold: 4, budgetWarm: 4, ...followUp });

  const escTargets = await pair();
  passAllDelays(sb);
  const esc = await measure(
    sb,
    async (key) => must(await portal(sb, ALICE, key, 'escalate', escalation), 'escalate'),
    escTargets,
  );
  // Floor: read the request, then property, label, internal comment, email.
  rows.push({ operation: 'escalate (default effects)', floor: 5, budgetCold: 6, budgetWarm: 6, ...esc });

  const agentTargets: [string, string] = escTargets;
  const agentState = await measure(
    sb,
    async (key) => must(await agent(sb, DAVE, key, 'getAgentState'), 'getAgentState'),
    agentTargets,
  );
  // Floor: the permission check as the user, and the request.
  rows.push({ operation: 'getAgentState', floor: 2, budgetCold: null, budgetWarm: null, ...agentState });

  await saveConfig(sb, allEffectsOn);
  const allTargets = await pair();
  passAllDelays(sb);
  const all = await measure(
    sb,
    async (key) => must(await portal(sb, ALICE, key, 'escalate', escalation), 'escalate (all effects)'),
    allTargets,
  );
  // Floor: read, property, label, internal comment, email, priority, transition, public comment.
  rows.push({ operation: 'escalate (all effects on)', floor: 8, budgetCold: null, budgetWarm: null, ...all });
  return rows;
}
