/** 5. An invalid admin save shows field errors and changes nothing (config version, portal). */
import { assert, assertEqual } from '../browser';
import { expectFocus } from '../keyboard';
import type { Scenario } from '../scenario';

interface ConfigEnvelope {
  version: number;
  config: { matrix: Record<string, Record<string, unknown>>; critical: { phone: string } };
}

export const adminInvalidScenario: Scenario = {
  title: 'invalid admin save (negative delay, malformed phone) → field errors, nothing saved, portal unchanged',
  async run({ ctl, tab, t }) {
    await ctl.reset();
    const getConfig = () => ctl.invoke<ConfigEnvelope>('admin-page', 'getConfig', 'admin-frank');
    const portal = () =>
      ctl.invoke<{ kind: string; eligibleAt?: string }>('portal-panel', 'getPortalState', 'customer-alice', {
        issueKey: 'SUP-2',
      });
    const configBefore = await getConfig();
    const portalBefore = await portal();

    await tab.as('admin-frank');
    const admin = await tab.open('/admin', 'admin-page', 'admin-page');
    await admin
      .getByTestId('config-version')
      .filter({ hasText: t.version(configBefore.version) })
      .waitFor();
    await admin.getByRole('tab', { name: t.tabs.matrix }).click();
    await admin.getByTestId('matrix-cell-moderate-medium').fill('-5');
    await admin.getByRole('tab', { name: t.tabs.critical }).click();
    await admin.locator('[id="cfg-critical.phone"]').fill('call us maybe');
    await admin.getByRole('tab', { name: t.tabs.general }).click();
    await admin.getByTestId('save-button').click();

    // Both tabs holding an error say so; following an error opens its tab and focuses its field.
    const summary = admin.getByTestId('error-summary');
    await summary.filter({ hasText: t.nothingSaved }).waitFor();
    assertEqual(await admin.getByTestId('tab-matrix').getAttribute('data-errors'), '1', 'matrix tab errors');
    assertEqual(await admin.getByTestId('tab-critical').getAttribute('data-errors'), '1', 'critical tab errors');
    await summary.locator('a[data-path="matrix.moderate.medium"]').click();
    await admin.getByTestId('error-matrix.moderate.medium').waitFor();
    await expectFocus(admin.getByTestId('matrix-cell-moderate-medium'), 'the matrix cell');
    await summary.locator('a[data-path="critical.phone"]').click();
    await admin.getByTestId('error-critical.phone').waitFor();
    await expectFocus(admin.locator('[id="cfg-critical.phone"]'), 'the phone field');
    await admin.getByRole('tab', { name: t.tabs.matrix }).click();
    assertEqual(
      await admin.getByTestId('matrix-cell-moderate-medium').getAttribute('aria-invalid'),
      'true',
      'the matrix cell is marked invalid',
    );
    assertEqual(await admin.getByTestId('save-success').count(), 0, 'success banners');
    await admin
      .getByTestId('config-version')
      .filter({ hasText: t.version(configBefore.version) })
      .waitFor();
    await tab.shot('admin-invalid');

    const configAfter = await getConfig();
    assertEqual(configAfter.version, configBefore.version, 'config version after a refused save');
    assertEqual(configAfter.config, configBefore.config, 'config after a refused save');
    assertEqual(await portal(), portalBefore, 'portal state of SUP-2 after a refused save');

    // And on screen: the critical request still shows the old number.
    await tab.as('customer-alice');
    const panel = await tab.portal('SUP-1');
    const phone = panel.getByTestId('critical-phone');
    assertEqual((await phone.textContent())?.trim(), configBefore.config.critical.phone, 'phone on the portal');
    assert(configBefore.config.critical.phone === '03 88 64 50 50', 'seeded phone');
  },
};
