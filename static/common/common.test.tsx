import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { render } from '@testing-library/react';
import { AppShell } from './app-shell';
import { useBridge } from './bridge';
import { ErrorBanner } from './components/error-banner';
import { Modal } from './components/modal';
import { formatDateTime, formatRelative, telHref } from './format';
import { useT } from './i18n';
import { fakeBridge, renderApp } from './test/render';

describe('format', () => {
  const now = new Date('2025-11-20T10:00:00Z');
  it('formats a date in French in the user time zone', () => {
    expect(formatDateTime('2025-12-03T13:30:00Z', 'fr', 'Europe/Paris', now)).toBe('3 déc. à 14:30');
  });
  it('formats a date in English in another time zone', () => {
    expect(formatDateTime('2025-12-03T13:30:00Z', 'en', 'America/New_York', now)).toBe('3 Dec at 08:30');
  });
  it('adds the year when it differs', () => {
    expect(formatDateTime('2026-01-05T08:00:00Z', 'fr', 'Europe/Paris', now)).toBe('5 janv. 2026 à 09:00');
  });
  it('writes the first of the month as 1er in French only', () => {
    expect(formatDateTime('2026-01-01T08:00:00Z', 'fr', 'Europe/Paris', now)).toBe('1er janv. 2026 à 09:00');
    expect(formatDateTime('2026-01-01T08:00:00Z', 'en', 'Europe/Paris', now)).toBe('1 Jan 2026 at 09:00');
  });
  it('survives an unknown time zone and a bad date', () => {
    expect(formatDateTime('2025-12-03T13:30:00Z', 'en', 'Nowhere/Else', now)).toMatch(/^3 Dec at \d\d:30$/);
    expect(formatDateTime('not a date', 'en', 'UTC', now)).toBe('not a date');
  });
  it('gives relative ages', () => {
    expect(formatRelative('2025-11-20T07:00:00Z', 'fr', now)).toBe('il y a 3 heures');
    expect(formatRelative('2025-11-22T10:00:00Z', 'en', now)).toBe('in 2 days');
  });
  it('builds tel: links with digits only', () => {
    expect(telHref('03 88 64 50 50')).toBe('tel:0388645050');
    expect(telHref('+33 (0)3 88.64.50.50')).toBe('tel:+33388645050');
  });
});

function Hello() {
  const t = useT();
  return <p>{t('common.error.context')}</p>;
}

describe('i18n and shell', () => {
  it('translates with the context locale (fr and en)', async () => {
    render(<AppShell bridge={fakeBridge({}, { locale: 'fr-FR' })}>{() => <Hello />}</AppShell>);
    expect(await screen.findByText('L’application n’a pas pu se charger. Rechargez la page.')).toBeInTheDocument();
  });
  it('sets the page language to the user’s (one page template serves both languages)', async () => {
    render(<AppShell bridge={fakeBridge({}, { locale: 'en-US' })}>{() => <Hello />}</AppShell>);
    expect(await screen.findByText('The app could not load. Reload the page.')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
  it('renders English for en-US and asks for the theme once', async () => {
    const bridge = { ...fakeBridge({}, { locale: 'en-US' }), enableTheme: jest.fn(async () => undefined) };
    render(<AppShell bridge={bridge}>{() => <Hello />}</AppShell>);
    expect(await screen.findByText('The app could not load. Reload the page.')).toBeInTheDocument();
    expect(bridge.enableTheme).toHaveBeenCalledTimes(1);
  });
  it('shows a loading state, then a calm error when the context fails', async () => {
    const bridge = { ...fakeBridge(), getContext: () => Promise.reject(new Error('no host')) };
    render(<AppShell bridge={bridge}>{() => <Hello />}</AppShell>);
    expect(await screen.findByTestId('context-error')).toBeInTheDocument();
  });
  it('gives components the injected bridge', async () => {
    function Caller() {
      const bridge = useBridge();
      const [v, setV] = useState('');
      return (
        <button onClick={async () => setV(JSON.stringify(await bridge.invoke('getPortalState', { a: 1 } as never)))}>
          go {v}
        </button>
      );
    }
    const bridge = fakeBridge({ getPortalState: (p: unknown) => ({ pong: p }) });
    renderApp(<Caller />, { bridge });
    await userEvent.click(screen.getByRole('button'));
    // Every call carries the UI's locale (Forge gives functions none).
    expect(await screen.findByText('go {"pong":{"a":1,"locale":"fr-FR"}}')).toBeInTheDocument();
    expect(bridge.calls).toEqual([{ functionKey: 'getPortalState', payload: { a: 1, locale: 'fr-FR' } }]);
  });
  it('the shell sends the locale of view.getContext() with every call, payload or not', async () => {
    function Caller() {
      const bridge = useBridge();
      return <button onClick={() => void bridge.invoke('getPortalState')}>go</button>;
    }
    const bridge = fakeBridge({ getPortalState: {} }, { locale: 'en-US' });
    render(<AppShell bridge={bridge}>{() => <Caller />}</AppShell>);
    await userEvent.click(await screen.findByRole('button'));
    expect(bridge.calls).toEqual([{ functionKey: 'getPortalState', payload: { locale: 'en-US' } }]);
  });
});

describe('ErrorBanner', () => {
  it('shows the code in plain words and the field errors', () => {
    renderApp(
      <ErrorBanner
        error={{ code: 'INVALID_INPUT', message: 'bad', fields: [{ path: 'details', message: 'Trop court' }] }}
        fieldLabels={{ details: 'Détails' }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Certaines informations ne sont pas valides');
    expect(screen.getByRole('alert')).toHaveTextContent('Détails : Trop court');
  });
  it('falls back to a generic text for an unknown code, in English', () => {
    renderApp(<ErrorBanner error={{ code: 'WHAT' as never, message: 'boom' }} />, { locale: 'en-US' });
    expect(screen.getByRole('alert')).toHaveTextContent('Something unexpected went wrong.');
    expect(screen.getByRole('alert')).toHaveTextContent('boom');
  });
});

describe('Modal', () => {
  function Harness() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button onClick={() => setOpen(true)}>open</button>
        {open ? (
          <Modal title="Titre" closeLabel="Fermer" onClose={() => setOpen(false)}>
            <input aria-label="a" />
            <button>b</button>
          </Modal>
        ) : null}
      </>
    );
  }
  it('traps focus, closes on Escape and returns focus to the opener', async () => {
    const user = userEvent.setup();
    renderApp(<Harness />);
    const opener = screen.getByRole('button', { name: 'open' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Titre' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('button', { name: 'Fermer' })).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('a')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'b' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Fermer' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'b' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    await act(async () => undefined);
  });
});
