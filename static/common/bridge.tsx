/**
 * The UIs' only door to Forge: an `invoke` typed by the resolver contract (`ResolverContract` in
 * src/contract.ts: an unknown function, a wrong payload or a misread answer fails the type-check) that never
 * throws (failures become `Result` errors), and `getContext`. Components read it from React context, so tests
 * inject a fake without jest.mock.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { FunctionKey, PayloadOf, Result, ResultOf } from '../../src/contract';

/** The part of `view.getContext()` the apps use. */
export interface AppContext {
  locale: string;
  timezone: string;
  accountType?: string;
  moduleKey?: string;
  extension?: Record<string, unknown>;
}

export interface Bridge {
  invoke<K extends FunctionKey>(functionKey: K, payload?: PayloadOf<K>): Promise<Result<ResultOf<K>>>;
  getContext(): Promise<AppContext>;
  /** Asks the host to inject the design-token theme (Forge `view.theme.enable`); optional. */
  enableTheme?(): Promise<void>;
}

const BridgeContext = createContext<Bridge | null>(null);

/**
 * Forge gives backend functions no user locale (only `view.getContext()` has it), so every resolver
 * call carries the UI's `locale` in its payload; the backend answers in that language.
 */
export function withLocale(bridge: Bridge, locale: string): Bridge {
  return {
    ...bridge,
    invoke: (functionKey, payload) => bridge.invoke(functionKey, { ...payload, locale }),
  };
}

/** Provides the bridge; with `locale` (from `view.getContext()`), every `invoke` sends it. */
export function BridgeProvider({ bridge, locale, children }: { bridge: Bridge; locale?: string; children: ReactNode }) {
  const value = useMemo(() => (locale ? withLocale(bridge, locale) : bridge), [bridge, locale]);
  return <BridgeContext.Provider value={value}>{children}</BridgeContext.Provider>;
}

export function useBridge(): Bridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge outside <BridgeProvider>');
  return bridge;
}

/** Turns a thrown bridge failure (network, host, rate limit) into the contract's error shape. */
export function unavailable(e: unknown): Result<never> {
  const message = e instanceof Error ? e.message : String(e);
  return { error: { code: 'UNAVAILABLE', message } };
}

/** Normalises whatever the host returned: a resolver may answer `undefined` on a crash. */
export function asResult<T>(value: unknown): Result<T> {
  if (value === undefined || value === null) return { error: { code: 'UNAVAILABLE', message: 'Empty response' } };
  return value as Result<T>;
}
