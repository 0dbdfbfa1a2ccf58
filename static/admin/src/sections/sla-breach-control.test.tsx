/**
 * The levels section's control for `escalation.autoOnSlaBreach` (issue 11 §3): a checkbox, and the SLA name once
 * it is on, in French and English; the field shows the save's error for a missing name.
 */
import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Config, FieldError } from '../../../../src/contract';
import { fakeBridge, renderApp } from '../../../common/test/render';
import { setIn } from '../draft';
import { EditorProvider } from '../editor-context';
import { configFixture } from '../test/config-fixture';
import { LevelsSection } from './levels-section';

configure({ asyncUtilTimeout: 5000 });

let latest: Config;

function Host({ initial, errors }: { initial: Config; errors: FieldError[] }) {
  const [config, setConfig] = useState(initial);
  latest = config;
  return (
    <EditorProvider editor={{ config, update: (p, v) => setConfig((c) => setIn(c, p, v)), errors }}>
      <LevelsSection />
    </EditorProvider>
  );
}

function renderLevels(locale: string, { config = configFixture(), errors = [] as FieldError[] } = {}) {
  renderApp(<Host initial={config} errors={errors} />, { bridge: fakeBridge({}), locale });
  return userEvent.setup();
}

const FR = {
  // Testing Library folds the no-break spaces (au niveau 1, motif : SLA) into plain ones.
  box: 'Quand le SLA d’une demande est dépassé, l’escalader automatiquement au niveau 1 (motif : SLA dépassé)',
  name: 'SLA surveillé',
};
const EN = {
  box: 'When a request’s SLA breaches, escalate it automatically to level 1 (reason: SLA breached)',
  name: 'SLA to watch',
};

describe('levels section: escalation on SLA breach', () => {
  it.each([
    ['fr-FR', FR],
    ['en-US', EN],
  ])('in %s: off by default; turning it on asks for the SLA name, which the draft keeps', async (locale, words) => {
    const user = renderLevels(locale);
    const box = screen.getByLabelText(words.box);
    expect(box).not.toBeChecked();
    expect(screen.queryByLabelText(words.name)).not.toBeInTheDocument();

    await user.click(box);
    expect(latest.escalation.autoOnSlaBreach).toEqual({ enabled: true, slaName: null });
    await user.type(screen.getByLabelText(words.name), 'Time to resolution');
    expect(latest.escalation.autoOnSlaBreach).toEqual({ enabled: true, slaName: 'Time to resolution' });

    await user.clear(screen.getByLabelText(words.name));
    expect(latest.escalation.autoOnSlaBreach.slaName).toBeNull();
    await user.click(box);
    expect(latest.escalation.autoOnSlaBreach.enabled).toBe(false);
  });

  it('shows the save’s error under the SLA name', () => {
    const config = configFixture();
    config.escalation.autoOnSlaBreach = { enabled: true, slaName: null };
    renderLevels('fr-FR', {
      config,
      errors: [{ path: 'escalation.autoOnSlaBreach.slaName', message: 'Indiquez le SLA à suivre.' }],
    });
    expect(screen.getByLabelText(FR.name)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Indiquez le SLA à suivre.')).toBeInTheDocument();
  });
});
