/** Renders the portal panel with a fake bridge answering `getPortalState` (and `escalate` when given). */
import type { PortalState, Result } from '../../../../src/contract';
import { fakeBridge, renderApp } from '../../../common/test/render';
import { PortalPanel } from '../portal-panel';

export function renderPanel(
  state: Result<PortalState> | Promise<Result<PortalState>>,
  opts: { locale?: string; escalate?: unknown } = {},
) {
  const bridge = fakeBridge({
    getPortalState: () => state,
    ...(opts.escalate !== undefined ? { escalate: opts.escalate } : {}),
  });
  renderApp(<PortalPanel />, { bridge, locale: opts.locale ?? 'fr-FR', timezone: 'Europe/Paris' });
  return bridge;
}
