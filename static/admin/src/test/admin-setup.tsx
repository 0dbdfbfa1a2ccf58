/** Shared by the admin page's component tests: the page rendered on a fake bridge, and quick finders. */
import { configure, screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { ConfigEnvelope, PreviewDelayResult } from '../../../../src/contract';
import { fakeBridge, renderApp, type FakeBridge, type Handler } from '../../../common/test/render';
import { AdminApp } from '../admin-app';
import { configFixture } from './config-fixture';

// The machine running the suite may be busy: give async UI updates room before failing.
configure({ asyncUtilTimeout: 8000 });

// The page is large and jsdom slow with it: controls are found by id and buttons by their text (label and role
// queries resolve every accessible name on the page, ~0.5 s each); the labels are asserted once, in the load test.
jest.setTimeout(30_000);

export const ELIGIBLE: PreviewDelayResult = {
  policyId: 'default',
  critical: false,
  delayHours: 16,
  eligibleAt: '2025-12-03T13:30:00Z',
};

export async function setup(handlers: Record<string, Handler | unknown> = {}, locale = 'fr-FR') {
  const bridge = fakeBridge({
    getConfig: { config: configFixture(), version: 3 } satisfies ConfigEnvelope,
    previewDelay: ELIGIBLE,
    ...handlers,
  });
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  renderApp(<AdminApp />, { bridge, locale });
  await screen.findByTestId('admin-page');
  return { bridge, user };
}

export const lastPayload = (bridge: FakeBridge, key: string) => {
  const calls = bridge.callsTo(key);
  return calls[calls.length - 1]?.payload as Record<string, unknown>;
};

export const CELL_LABEL = 'Délai en heures pour l’impact Modéré et l’urgence Moyenne';
// By test id: getByLabelText costs ~0.5 s per call on this page in jsdom (it resolves every label for every
// control). The label itself is asserted once, in the load test.
export const cell = () => screen.getByTestId('matrix-cell-moderate-medium');
/** Selects a section's tab (`tab-<id>`, see SECTIONS), as the admin does before using its controls. */
export const openTab = (user: ReturnType<typeof userEvent.setup>, id: string) =>
  user.click(screen.getByTestId(`tab-${id}`));
export const byId = (id: string) => document.getElementById(id) as HTMLElement;
export const button = (name: string) =>
  screen.getByText(name, { selector: 'button > span' }).closest('button') as HTMLElement;
