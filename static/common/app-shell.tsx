/**
 * Loads the Forge context (locale, time zone) once, asks the host for the design-token theme, then renders
 * the app inside the bridge and locale providers. `mountApp` is what each app's main.tsx calls.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BridgeProvider, type AppContext, type Bridge } from './bridge';
import { LocaleProvider } from './i18n';
import { Loading } from './components/spinner';
import { translate, langOf } from '../../src/i18n/translate';
import './styles.css';

export function AppShell({ bridge, children }: { bridge: Bridge; children: (context: AppContext) => ReactNode }) {
  const [context, setContext] = useState<AppContext | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let alive = true;
    // Theme is cosmetic: the CSS has fallbacks, so a host without theming is not an error.
    bridge.enableTheme?.().catch(() => undefined);
    bridge
      .getContext()
      .then((ctx) => {
        if (!alive) return;
        // One page template serves every app and language: the page's language is the user's, for screen readers.
        document.documentElement.lang = langOf(ctx.locale);
        setContext(ctx);
      })
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
    };
  }, [bridge]);

  if (failed) {
    const lang = langOf(typeof navigator !== 'undefined' ? navigator.language : 'en');
    return (
      <p role="alert" data-testid="context-error">
        {translate(lang, 'common.error.context')}
      </p>
    );
  }
  if (!context) {
    return (
      <BridgeProvider bridge={bridge}>
        <Loading />
      </BridgeProvider>
    );
  }
  return (
    <BridgeProvider bridge={bridge} locale={context.locale}>
      <LocaleProvider locale={context.locale} timezone={context.timezone}>
        {children(context)}
      </LocaleProvider>
    </BridgeProvider>
  );
}

export function mountApp(bridge: Bridge, render: (context: AppContext) => ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing');
  createRoot(container).render(<AppShell bridge={bridge}>{render}</AppShell>);
}
