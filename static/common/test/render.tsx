/**
 * Test helpers: a fake bridge that records calls and answers from handlers, and `renderApp` that renders
 * a component inside the same providers as production (bridge + locale), without jest.mock.
 */
import '@testing-library/jest-dom';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { FunctionKey, Result, ResultOf } from '../../../src/contract';
import { BridgeProvider, type AppContext, type Bridge } from '../bridge';
import { LocaleProvider } from '../i18n';

export type Handler = (payload: Record<string, unknown> | undefined, call: number) => unknown;

export interface FakeBridge extends Bridge {
  calls: { functionKey: string; payload?: Record<string, unknown> }[];
  callsTo(functionKey: string): { functionKey: string; payload?: Record<string, unknown> }[];
}

/**
 * `handlers[functionKey]` returns the resolver's answer (a value or a Promise); a missing handler answers
 * NOT_FOUND so an unexpected call is visible in the test.
 */
export function fakeBridge(
  handlers: Record<string, Handler | unknown> = {},
  context: Partial<AppContext> = {},
): FakeBridge {
  const calls: FakeBridge['calls'] = [];
  const counts: Record<string, number> = {};
  return {
    calls,
    callsTo: (key) => calls.filter((c) => c.functionKey === key),
    async invoke<K extends FunctionKey>(functionKey: K, payload?: Record<string, unknown>) {
      calls.push({ functionKey, payload });
      counts[functionKey] = (counts[functionKey] ?? 0) + 1;
      const handler = handlers[functionKey];
      if (handler === undefined) return { error: { code: 'NOT_FOUND', message: `no fake for ${functionKey}` } };
      const value = typeof handler === 'function' ? await (handler as Handler)(payload, counts[functionKey]) : handler;
      // The fake answers what the test wrote: it stands in for the backend, whose answers the contract types.
      return value as Result<ResultOf<K>>;
    },
    async getContext() {
      return { locale: 'fr-FR', timezone: 'Europe/Paris', ...context };
    },
  };
}

/** A promise with its resolve exposed, to hold a resolver answer while asserting the loading state. */
export function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export function renderApp(
  ui: ReactElement,
  {
    bridge = fakeBridge(),
    locale = 'fr-FR',
    timezone = 'Europe/Paris',
  }: { bridge?: Bridge; locale?: string; timezone?: string } = {},
): RenderResult & { bridge: Bridge } {
  const result = render(
    <BridgeProvider bridge={bridge} locale={locale}>
      <LocaleProvider locale={locale} timezone={timezone}>
        {ui}
      </LocaleProvider>
    </BridgeProvider>,
  );
  return { ...result, bridge };
}
