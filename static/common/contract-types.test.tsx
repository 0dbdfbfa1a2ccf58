/**
 * The UIs' bridge is typed by the resolver contract (src/contract.ts): an unknown function, a wrong payload or a
 * misread answer fails `npm run typecheck` (each `@ts-expect-error` must stay an error).
 */
import { isError } from '../../src/contract';
import type { Bridge } from './bridge';
import { fakeBridge } from './test/render';

/** Compiled, never run: only the type-check reads these calls. */
export async function typeChecks(bridge: Bridge): Promise<void> {
  // @ts-expect-error no such function
  await bridge.invoke('getPortalStat');
  // @ts-expect-error a wrong payload: details is text
  await bridge.invoke('escalate', { reasonId: 'no-answer', details: 5 });
  // @ts-expect-error a key the function does not take
  await bridge.invoke('acknowledge', { note: 'ok', level: 2 });
  const state = await bridge.invoke('getPortalState');
  // @ts-expect-error an answer may be an error: narrow it with isError first
  void state.canEscalate;
  if (!isError(state)) {
    // @ts-expect-error the portal state has no timeline (the agent state has)
    void state.timeline;
    const ok: boolean = state.canEscalate;
    void ok;
  }
}

describe('the typed bridge', () => {
  it('answers with the result the contract names for the function', async () => {
    const bridge = fakeBridge({ listSlaMetrics: { names: ['Time to resolution'] } });
    const r = await bridge.invoke('listSlaMetrics');
    expect(isError(r) ? null : r.names).toEqual(['Time to resolution']);
  });
});
