/** 4. An admin changes a matrix cell; the live preview follows; saved; the portal panel follows. */
import { assert, assertEqual } from '../browser';
import type { Scenario } from '../scenario';

interface PortalState {
  kind: string;
  eligibleAt?: string;
}

interface ConfigEnvelope {
  version: number;
  config: { matrix: Record<string, Record<string, unknown>>; critical: { phone: string } };
}

export const adminMatrixScenario: Scenario = {
  title: 'admin sets moderate × medium from 16 to 1 h → preview follows → saved → portal SUP-2 follows',
  async run({ ctl, tab, t }) {
    await ctl.toNextMondayMorning();
    await ctl.reset();
    const state = () =>
      ctl.invoke<PortalState>('portal-panel', 'getPortalState', 'customer-alice', { issueKey: 'SUP-2' });
    const before = await state();
    assert(before.kind === 'waiting' && before.eligibleAt, `SUP-2 before: ${JSON.stringify(before)}`);

    await tab.as('customer-alice');
    let panel = await tab.portal('SUP-2');
    const shownBefore = await panel.getByTestId('eligible-at').textContent();

    await tab.as('admin-frank');
    const admin = await tab.open('/admin', 'admin-page', 'admin-page');
    await admin.getByRole('heading', { name: t.adminTitle }).waitFor();
    await admin
      .getByTestId('config-version')
      .filter({ hasText: t.version(0) })
      .waitFor();
    // The matrix and its preview share a tab.
    await admin.getByRole('tab', { name: t.tabs.matrix }).click();
    // The preview defaults to moderate × medium.
    const preview = admin.locator('[data-testid="preview-text"][data-status="done"]');
    await preview.filter({ hasText: t.previewHours(16) }).waitFor();

    const cell = admin.getByTestId('matrix-cell-moderate-medium');
    assertEqual(await cell.inputValue(), '16', 'moderate × medium before');
    await cell.fill('1');
    await preview.filter({ hasText: t.previewHours(1) }).waitFor();
    await tab.shot('admin-page');

    await admin.getByTestId('save-button').click();
    await admin
      .getByTestId('save-success')
      .filter({ hasText: t.saved(1) })
      .waitFor();
    await admin
      .getByTestId('config-version')
      .filter({ hasText: t.version(1) })
      .waitFor();
    const saved = await ctl.invoke<ConfigEnvelope>('admin-page', 'getConfig', 'admin-frank');
    assertEqual(saved.version, 1, 'config version after the save');
    assertEqual(saved.config.matrix.moderate?.medium, 1, 'moderate × medium after the save');

    // The portal follows: an earlier date, then the link one business hour after creation.
    const after = await state();
    assert(
      after.eligibleAt && new Date(after.eligibleAt) < new Date(before.eligibleAt),
      `eligibleAt should be earlier: before ${before.eligibleAt}, after ${after.eligibleAt}`,
    );
    await tab.as('customer-alice');
    panel = await tab.portal('SUP-2');
    const shown = panel.getByTestId('eligible-at');
    await shown.filter({ hasText: t.eligibleAt }).waitFor();
    assert((await shown.textContent()) !== shownBefore, `the panel shows a new date (was "${shownBefore}")`);
    assertEqual(await panel.getByTestId('escalate-link').count(), 0, 'links before the hour has passed');

    const now = await ctl.now();
    const wait = new Date(after.eligibleAt).getTime() - now.getTime();
    if (wait <= 60 * 60_000) {
      // Created on a working Monday at 09:00: one business hour later is within the page's "+1 h".
      await tab.page.getByRole('button', { name: '+1 h' }).click();
    } else {
      // The Monday is a public holiday: move the clock to the computed date instead.
      await ctl.setClock(new Date(after.eligibleAt));
      await tab.page.reload();
    }
    panel = tab.page.frameLocator('iframe.app[data-module="portal-panel"]');
    await panel.locator('[data-testid="portal-panel"][data-kind="eligible"]').waitFor();
    await panel.getByTestId('escalate-link').filter({ hasText: t.link }).waitFor();
  },
};
