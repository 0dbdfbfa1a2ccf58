/** 2. A critical request shows the phone number as a tel: link and no escalation link (and a resolved one, a neutral line). */
import { assert, assertEqual } from '../browser';
import type { Scenario } from '../scenario';

export const criticalScenario: Scenario = {
  title: 'critical request → phone as a tel: link, no escalation link; resolved request → neutral line',
  async run({ ctl, tab, t }) {
    await ctl.reset();
    await tab.as('customer-alice');
    const panel = await tab.portal('SUP-1');
    await panel.locator('[data-testid="portal-panel"][data-kind="critical"]').waitFor();
    const banner = panel.getByTestId('portal-critical');
    await banner.filter({ hasText: t.criticalTitle }).filter({ hasText: 'SUP-1' }).waitFor();
    const phone = panel.getByTestId('critical-phone');
    assertEqual((await phone.textContent())?.trim(), '03 88 64 50 50', 'phone shown');
    const href = await phone.getAttribute('href');
    assert(href?.startsWith('tel:') && href.replace(/\D/g, '').endsWith('388645050'), `tel: link, got ${href}`);
    assertEqual(await panel.getByTestId('escalate-link').count(), 0, 'escalation links on a critical request');
    assertEqual(await panel.getByRole('dialog').count(), 0, 'dialogs on a critical request');
    await tab.shot('portal-critical');

    await tab.as('customer-bob');
    const resolved = await tab.portal('SUP-6');
    await resolved.locator('[data-testid="portal-panel"][data-kind="resolved"]').waitFor();
    await resolved.getByTestId('portal-resolved').filter({ hasText: t.resolved }).waitFor();
    assertEqual(await resolved.getByTestId('escalate-link').count(), 0, 'escalation links on a resolved request');
    await tab.shot('portal-resolved');
  },
};
