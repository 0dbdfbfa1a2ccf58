/**
 * The resolver contract (src/contract.ts) types the tests' sandbox harness: calling an unknown function or one of
 * another module, sending a wrong payload or misreading an answer fails `npm run typecheck` (each
 * `@ts-expect-error` below must stay an error, or the type-check fails). The UIs' side: static/common/contract-types.test.tsx.
 */
import type { Sandbox } from '../sandbox';
import {
  FUNCTION_KEYS,
  MODULE_KEYS,
  type ModuleName,
  type ResolverContract,
  type Result,
  type ResultOf,
} from '../src/contract';
import { ALICE, DAVE } from './support/personas';
import { admin, agent, gadget, ok, portal, unchecked } from './support/invoke';

/** Compiled, never run: only the type-check reads these calls. */
export function typeChecks(sb: Sandbox): void {
  // @ts-expect-error no such function
  void portal(sb, ALICE, 'SUP-1', 'getPortalStat');
  // @ts-expect-error a function of another module (the agent panel's)
  void portal(sb, ALICE, 'SUP-1', 'getAgentState');
  // @ts-expect-error a wrong payload: details is text
  void portal(sb, ALICE, 'SUP-1', 'escalate', { reasonId: 'no-answer', details: 5 });
  // @ts-expect-error a payload key the function does not take
  void agent(sb, DAVE, 'SUP-1', 'closeEscalation', { note: 'ok', level: 2 });
  // A deliberately bad payload says so.
  void agent(sb, DAVE, 'SUP-1', 'closeEscalation', unchecked({ note: 42 }));
  // Every function takes a locale.
  void gadget(sb, DAVE, 'getGadgetOptions', { locale: 'en-US' });

  const read = async () => {
    const state = ok(await portal(sb, ALICE, 'SUP-1', 'getPortalState'));
    // @ts-expect-error the portal state has no timeline (the agent state has)
    void state.timeline;
    const config = ok(await admin(sb, DAVE, 'getConfig'));
    // @ts-expect-error version is a number
    const version: string = config.version;
    void version;
    const answer = await portal(sb, ALICE, 'SUP-1', 'getPortalState');
    // @ts-expect-error an answer may be an error: it is read through ok() or errorCode()
    void answer.canEscalate;
  };
  void read;
}

/** Every function of the contract is listed in FUNCTION_KEYS, and nothing else. */
type Unlisted = {
  [M in ModuleName]: Exclude<keyof ResolverContract[M], (typeof FUNCTION_KEYS)[M][number]>;
}[ModuleName];
const everyFunctionListed: [Unlisted] extends [never] ? true : false = true;

describe('the resolver contract', () => {
  it('lists the functions of every module that has resolvers', () => {
    expect(everyFunctionListed).toBe(true);
    expect(Object.keys(FUNCTION_KEYS).sort()).toEqual(
      Object.keys(MODULE_KEYS)
        .filter((m) => m !== 'trigger')
        .sort(),
    );
  });

  it('keeps function keys unique across modules (the bridge and harness map them flat)', () => {
    const all = Object.values(FUNCTION_KEYS).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('types an answer as the result or the error shape', () => {
    const answer: Result<ResultOf<'listSlaMetrics'>> = { names: ['Time to resolution'] };
    expect(ok(answer).names).toEqual(['Time to resolution']);
    expect(() => ok({ error: { code: 'FORBIDDEN', message: 'no' } })).toThrow(/FORBIDDEN/);
  });
});
