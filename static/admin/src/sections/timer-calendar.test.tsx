/**
 * The timer section's SLA metric picker and the calendar's time zone suggestions, rendered alone inside an
 * editor whose draft really changes (a small stateful host), with a fake bridge.
 */
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import type { Config, SlaMetricsResult } from '../../../../src/contract';
import { deferred, fakeBridge, renderApp, type Handler } from '../../../common/test/render';
import { setIn } from '../draft';
import { EditorProvider } from '../editor-context';
import { configFixture } from '../test/config-fixture';
import { CalendarSection } from './calendar-section';
import { TimerSection } from './timer-section';

configure({ asyncUtilTimeout: 5000 });

let latest: Config;

function Host({ initial, children }: { initial: Config; children: ReactNode }) {
  const [config, setConfig] = useState(initial);
  latest = config;
  return (
    <EditorProvider editor={{ config, update: (p, v) => setConfig((c) => setIn(c, p, v)), errors: [] }}>
      {children}
    </EditorProvider>
  );
}

const slaConfig = (slaName: string | null = null): Config => ({ ...configFixture(), timer: { mode: 'sla', slaName } });

function renderTimer(listSlaMetrics: Handler | unknown, { config = slaConfig(), locale = 'fr-FR' } = {}) {
  const bridge = fakeBridge({ listSlaMetrics });
  renderApp(
    <Host initial={config}>
      <TimerSection />
    </Host>,
    { bridge, locale },
  );
  return { bridge, user: userEvent.setup() };
}

const datalistValues = (id: string) =>
  Array.from(document.querySelectorAll(`datalist#${id} option`)).map((o) => (o as HTMLOptionElement).value);

describe('timer section: SLA metric picker', () => {
  it('is offered only in SLA mode', async () => {
    const { user } = renderTimer({ names: [] }, { config: configFixture() });
    expect(screen.queryByRole('button', { name: 'Trouver les SLA' })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Temps écoulé d’un SLA de JSM'));
    expect(screen.getByRole('button', { name: 'Trouver les SLA' })).toBeInTheDocument();
    expect(screen.getByLabelText('Nom de l’indicateur SLA')).toHaveAttribute('list', 'sla-names');
  });

  it('shows a loading state, then offers the found names; choosing one fills the SLA name', async () => {
    const answer = deferred<SlaMetricsResult>();
    const { bridge, user } = renderTimer(() => answer.promise);
    await user.click(screen.getByRole('button', { name: 'Trouver les SLA' }));
    const busy = screen.getByRole('button', { name: /Recherche…/ });
    expect(busy).toBeDisabled();
    expect(within(busy).getByRole('progressbar')).toBeInTheDocument();
    answer.resolve({ names: ['Time to first response', 'Time to resolution'] });

    const select = await screen.findByLabelText('SLA trouvés sur les demandes récentes');
    expect(bridge.callsTo('listSlaMetrics')).toEqual([{ functionKey: 'listSlaMetrics', payload: { locale: 'fr-FR' } }]);
    expect(screen.getByRole('button', { name: 'Trouver les SLA' })).toBeEnabled();
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choisir un SLA…', 'Time to first response', 'Time to resolution']);
    await user.selectOptions(select, 'Time to resolution');
    expect(screen.getByLabelText('Nom de l’indicateur SLA')).toHaveValue('Time to resolution');
    expect(latest.timer).toEqual({ mode: 'sla', slaName: 'Time to resolution' });
    expect(select).toHaveValue('Time to resolution');
    // The found names come first among the input's suggestions, without duplicates.
    expect(datalistValues('sla-names')).toEqual([
      'Time to first response',
      'Time to resolution',
      'Time to close after resolution',
    ]);
  });

  it('keeps typing possible: a name that was not found is kept as typed', async () => {
    const { user } = renderTimer({ names: ['Time to resolution'] }, { config: slaConfig('Time to resolution') });
    await user.click(screen.getByRole('button', { name: 'Trouver les SLA' }));
    const select = await screen.findByLabelText('SLA trouvés sur les demandes récentes');
    expect(select).toHaveValue('Time to resolution');
    const input = screen.getByLabelText('Nom de l’indicateur SLA');
    await user.clear(input);
    await user.type(input, 'Délai de prise en charge VIP');
    expect(latest.timer.slaName).toBe('Délai de prise en charge VIP');
    // The select no longer claims a found name.
    expect(select).toHaveValue('');
    expect(datalistValues('sla-names')[0]).toBe('Time to resolution');
  });

  it('says when no SLA was found on recent requests', async () => {
    const { user } = renderTimer({ names: [] });
    await user.click(screen.getByRole('button', { name: 'Trouver les SLA' }));
    expect(await screen.findByTestId('sla-none-found')).toHaveTextContent(
      'Aucun SLA trouvé sur les demandes récentes : saisissez le nom.',
    );
    expect(screen.queryByLabelText('SLA trouvés sur les demandes récentes')).not.toBeInTheDocument();
    // JSM's default names are still suggested.
    expect(datalistValues('sla-names')).toContain('Time to resolution');
  });

  it('shows the server refusal and lets the admin retry', async () => {
    const { bridge, user } = renderTimer((_p: unknown, call: number) =>
      call === 1
        ? { error: { code: 'UNAVAILABLE', message: 'Jira ne répond pas.' } }
        : { names: ['Time to resolution'] },
    );
    await user.click(screen.getByRole('button', { name: 'Trouver les SLA' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Les SLA n’ont pas pu être lus : Jira ne répond pas.');
    await user.click(screen.getByRole('button', { name: 'Trouver les SLA' }));
    await screen.findByLabelText('SLA trouvés sur les demandes récentes');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(bridge.callsTo('listSlaMetrics')).toHaveLength(2);
  });

  it('reads in English', async () => {
    const { user } = renderTimer({ names: [] }, { locale: 'en-US' });
    await user.click(screen.getByRole('button', { name: 'Find SLA metrics' }));
    expect(await screen.findByTestId('sla-none-found')).toHaveTextContent(
      'No SLA found on recent requests: type the name.',
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Find SLA metrics' })).toBeEnabled());
  });
});

describe('calendar section: time zone suggestions', () => {
  const renderCalendar = () =>
    renderApp(
      <Host initial={configFixture()}>
        <CalendarSection />
      </Host>,
    );

  it('suggests the IANA zones of Intl.supportedValuesOf on the time zone input', () => {
    renderCalendar();
    expect(screen.getByLabelText('Fuseau horaire')).toHaveAttribute('list', 'time-zones');
    const zones = datalistValues('time-zones');
    expect(zones).toEqual(Intl.supportedValuesOf('timeZone'));
    expect(zones).toContain('Europe/Paris');
    expect(zones.length).toBeGreaterThan(300);
  });

  it('still renders, with no suggestions, where Intl.supportedValuesOf is missing or throws', () => {
    const intl = Intl as unknown as { supportedValuesOf?: unknown };
    const original = intl.supportedValuesOf;
    try {
      intl.supportedValuesOf = undefined;
      const first = renderCalendar();
      expect(datalistValues('time-zones')).toEqual([]);
      expect(screen.getByLabelText('Fuseau horaire')).toHaveValue('Europe/Paris');
      first.unmount();
      intl.supportedValuesOf = () => {
        throw new RangeError('unsupported');
      };
      renderCalendar();
      expect(datalistValues('time-zones')).toEqual([]);
    } finally {
      intl.supportedValuesOf = original;
    }
  });
});
