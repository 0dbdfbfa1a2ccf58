/**
 * Authorization matrix: every resolver function × every persona, one test per cell, each on a
 * fresh site. A refusal must change nothing; the "other key" persona names SUP-3 in the payload
 * while its context is another request, and SUP-3 must stay untouched whatever the answer.
 *
 * The same table is in the README ("Performance and reliability").
 */
import type { Sandbox } from '../../sandbox';
import { FUNCTION_KEYS, MODULE_KEYS } from '../../src/contract';
import { DEFAULT_CONFIG } from '../../src/domain';
import { ALICE, BOB, CAROL, DAVE, FRANK } from '../support/personas';
import { freshSite, useSandbox } from '../support/sandbox-setup';
import { errorCode, escalation, getConfig, invokeWith } from '../support/invoke';
import { snapshot, writeCalls, type Body } from './support';

jest.setTimeout(30_000);

type Persona = 'customerOn' | 'customerNotOn' | 'unlicensed' | 'agent' | 'admin' | 'otherKey';
type Module = keyof typeof FUNCTION_KEYS;
/** `ok` = a valid result about the context's request; otherwise the refusal code. */
type Expect = 'ok' | 'FORBIDDEN' | 'INVALID_INPUT' | 'NOTHING_TO_WITHDRAW';

const PERSONAS: Persona[] = ['customerOn', 'customerNotOn', 'unlicensed', 'agent', 'admin', 'otherKey'];

/**
 * Who calls, on which request. Portal: SUP-3 (Alice's, eligible); agent: SUP-4 (escalated, so
 * acknowledge/close have something to act on); Carol is a participant on SUP-7; the "other key"
 * caller is entitled to its context's request (Bob on SUP-5; Dave on SUP-4) and names SUP-3 in the payload.
 */
/** A site-wide module (no request in its context): each persona as themselves; the "other key" caller is `other`. */
function siteWide(other: string): Record<Persona, { accountId: string }> {
  return {
    customerOn: { accountId: ALICE },
    customerNotOn: { accountId: BOB },
    unlicensed: { accountId: CAROL },
    agent: { accountId: DAVE },
    admin: { accountId: FRANK },
    otherKey: { accountId: other },
  };
}

/** A request module: each persona on `key` (Carol on SUP-7, where she is a participant); `otherKey` as given. */
function onRequest(key: string, otherKey: { accountId: string; key: string }) {
  const caller = siteWide(otherKey.accountId);
  const on = (p: Persona) => ({ ...caller[p], key: p === 'unlicensed' ? 'SUP-7' : key });
  return { ...Object.fromEntries(PERSONAS.map((p) => [p, on(p)])), otherKey } as Record<
    Persona,
    { accountId: string; key: string }
  >;
}

const CALLER: Record<Module, Record<Persona, { accountId: string; key?: string }>> = {
  portal: onRequest('SUP-3', { accountId: BOB, key: 'SUP-5' }),
  agent: onRequest('SUP-4', { accountId: DAVE, key: 'SUP-4' }),
  admin: siteWide(FRANK),
  queue: siteWide(DAVE),
  gadget: siteWide(DAVE),
};

// prettier-ignore
const MATRIX: Record<string, Record<Persona, Expect>> = {
  //                              customerOn     customerNotOn  unlicensed     agent          admin          otherKey
  'portal.getPortalState':      { customerOn: 'ok',        customerNotOn: 'FORBIDDEN', unlicensed: 'ok',        agent: 'FORBIDDEN', admin: 'FORBIDDEN', otherKey: 'ok' },
  'portal.escalate':            { customerOn: 'ok',        customerNotOn: 'FORBIDDEN', unlicensed: 'ok',        agent: 'FORBIDDEN', admin: 'FORBIDDEN', otherKey: 'INVALID_INPUT' },
  // SUP-3, SUP-5 and SUP-7 have no open escalation: a caller who passes the check gets the typed refusal.
  'portal.withdrawEscalation':  { customerOn: 'NOTHING_TO_WITHDRAW', customerNotOn: 'FORBIDDEN', unlicensed: 'NOTHING_TO_WITHDRAW', agent: 'FORBIDDEN', admin: 'FORBIDDEN', otherKey: 'NOTHING_TO_WITHDRAW' },
  'agent.getAgentState':        { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'ok',        admin: 'ok',        otherKey: 'ok' },
  'agent.acknowledge':          { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'ok',        admin: 'ok',        otherKey: 'INVALID_INPUT' },
  'agent.closeEscalation':      { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'ok',        admin: 'ok',        otherKey: 'INVALID_INPUT' },
  'admin.getConfig':            { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'FORBIDDEN', admin: 'ok',        otherKey: 'ok' },
  'admin.saveConfig':           { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'FORBIDDEN', admin: 'ok',        otherKey: 'ok' },
  'admin.validateConfig':       { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'FORBIDDEN', admin: 'ok',        otherKey: 'ok' },
  'admin.previewDelay':         { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'FORBIDDEN', admin: 'ok',        otherKey: 'ok' },
  'admin.detectFields':         { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'FORBIDDEN', admin: 'ok',        otherKey: 'ok' },
  'admin.listSlaMetrics':       { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'FORBIDDEN', admin: 'ok',        otherKey: 'INVALID_INPUT' },
  'admin.listProjects':         { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'FORBIDDEN', admin: 'ok',        otherKey: 'ok' },
  'admin.listRequestTypes':     { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'FORBIDDEN', admin: 'ok',        otherKey: 'ok' },
  'admin.listOrganizations':    { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'FORBIDDEN', admin: 'ok',        otherKey: 'ok' },
  'queue.listEscalations':      { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'ok',        admin: 'ok',        otherKey: 'ok' },
  'queue.exportEscalations':    { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'ok',        admin: 'ok',        otherKey: 'ok' },
  'gadget.getStats':            { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'ok',        admin: 'ok',        otherKey: 'ok' },
  'gadget.getGadgetOptions':    { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'ok',        admin: 'ok',        otherKey: 'ok' },
  'gadget.rebuildStats':        { customerOn: 'FORBIDDEN', customerNotOn: 'FORBIDDEN', unlicensed: 'FORBIDDEN', agent: 'FORBIDDEN', admin: 'ok',        otherKey: 'FORBIDDEN' },
};

const OTHER_KEY = { key: 'SUP-3', requestKey: 'SUP-3', issueKey: 'SUP-3' };

/** A valid payload for each function (saveConfig's depends on the stored version). */
async function payloadFor(sb: Sandbox, fn: string): Promise<unknown> {
  switch (fn) {
    case 'portal.escalate':
      return escalation;
    case 'agent.acknowledge':
      return { note: 'Je prends la demande.' };
    case 'agent.closeEscalation':
      return { reasonId: 'resolved', note: 'Rappelé le client, problème résolu.' };
    case 'portal.withdrawEscalation':
      return { note: 'Plus besoin, merci.' };
    case 'admin.saveConfig': {
      const { config, version } = await getConfig(sb);
      return { config, expectedVersion: version };
    }
    case 'admin.validateConfig':
      return { config: DEFAULT_CONFIG };
    case 'admin.listRequestTypes':
      return { serviceDeskId: '1' };
    case 'admin.previewDelay':
      return { impact: 'Moderate / Limited', urgency: 'High' };
    case 'queue.listEscalations':
      return { startAt: 0, pageSize: 25 };
    case 'gadget.getStats':
      return { from: '2026-01-01', to: '2026-12-31' };
    default:
      return {};
  }
}

const FUNCTIONS = (Object.keys(FUNCTION_KEYS) as Module[]).flatMap((m) =>
  FUNCTION_KEYS[m].map((f) => ({ module: m, fn: f, id: `${m}.${f}` })),
);

const CELLS = FUNCTIONS.flatMap(({ module, fn, id }) =>
  PERSONAS.map((persona) => [id, persona, MATRIX[id]?.[persona] ?? 'missing', module, fn] as const),
);

let sb: Sandbox;
useSandbox((s) => (sb = s), { fresh: false });

it('the matrix has a row for every resolver function of the contract', () => {
  expect(Object.keys(MATRIX).sort()).toEqual(FUNCTIONS.map((f) => f.id).sort());
});

describe.each(CELLS)('%s as %s → %s', (id, persona, expected, module, fn) => {
  it('answers as the matrix says, and a refusal changes nothing', async () => {
    await freshSite(sb);
    // The seed is dated from the reset: a week later Carol's SUP-7 (1 h old) can be escalated too.
    sb.clock.advanceMinutes(7 * 24 * 60);
    const caller = CALLER[module][persona];
    let payload = await payloadFor(sb, id);
    if (persona === 'otherKey') payload = { ...(payload as Body), ...OTHER_KEY };
    const watched = caller.key ?? 'SUP-3';
    const before = await snapshot(sb, watched);
    const sup3Before = await snapshot(sb, 'SUP-3');
    sb.clearCalls();

    const moduleKey = MODULE_KEYS[module];
    const body = await invokeWith(sb, moduleKey, fn, caller.accountId, sb.extensionFor(moduleKey, caller.key), payload);
    const result = body as Body;
    const writes = writeCalls(sb);

    if (expected === 'ok') {
      expect(errorCode(result)).toBeUndefined();
      if (caller.key && 'requestKey' in result) expect(result.requestKey).toBe(caller.key);
    } else {
      expect(errorCode(result)).toBe(expected);
      const error = result.error as { message: unknown };
      expect(typeof error.message).toBe('string');
      expect(await snapshot(sb, watched)).toEqual(before);
    }
    if (expected === 'FORBIDDEN') {
      // Refused before anything is read or written for the request (no KVS or product write at all).
      expect(writes).toEqual([]);
      // Nothing leaks: not the summary, the status or whether the request exists.
      expect(Object.keys(result)).toEqual(['error']);
      expect(Object.keys(result.error as Body).sort()).toEqual(['code', 'message']);
    }
    if (persona === 'otherKey' && caller.key) expect(await snapshot(sb, 'SUP-3')).toEqual(sup3Before);
  });
});
