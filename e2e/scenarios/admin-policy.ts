/**
 * 9. An admin creates a support policy for Bob's organization (Durand Conseil) on the admin page, picked by name,
 * with a 1 h delay for minor × medium; saved; Bob's SUP-7 (minor × medium) becomes eligible earlier and his pane
 * shows the link an hour later, while Alice's SUP-2 (another organization) keeps the default's date.
 */
import { assert, assertEqual } from '../browser';
import type { Scenario } from '../scenario';

interface PortalState {
  kind: string;
  eligibleAt?: string;
}

interface Saved {
  version: number;
  config: {
    matrix: Record<string, Record<string, unknown>>;
    policies: { match: { organizationIds: string[] }; matrix?: Record<string, Record<string, unknown>> }[];
  };
}

export const adminPolicyScenario: Scenario = {
  title: 'admin adds a policy for Durand Conseil (minor × medium 1 h) → saved → Bob’s SUP-7 follows, Alice’s SUP-2 not',
  async run({ ctl, tab, t }) {
    await ctl.toNextMondayMorning();
    await ctl.reset();
    const state = (who: string, key: string) =>
      ctl.invoke<PortalState>('portal-panel', 'getPortalState', who, { issueKey: key });
    const bobBefore = await state('customer-bob', 'SUP-7');
    const aliceBefore = await state('customer-alice', 'SUP-2');
    assert(bobBefore.kind === 'waiting' && bobBefore.eligibleAt, `SUP-7 before: ${JSON.stringify(bobBefore)}`);

    await tab.as('admin-frank');
    const admin = await tab.open('/admin', 'admin-page', 'admin-page');
    await admin.getByRole('tab', { name: t.tabs.policies }).click();
    await admin.getByTestId('policy-add').click();
    const editor = admin.getByTestId('policy-editor');
    // Picked by name from the site's organizations (listOrganizations, as the admin).
    const orgs = editor.locator('select[id="cfg-policies.0.match.organizationIds-add"]');
    await orgs.locator('option', { hasText: 'Durand Conseil' }).waitFor({ state: 'attached' });
    await orgs.selectOption({ label: 'Durand Conseil' });
    await editor.getByTestId('cfg-policies.0.match.organizationIds-add-button').click();
    await editor.getByTestId('chosen-organizationIds-2').filter({ hasText: 'Durand Conseil' }).waitFor();

    const matrix = editor.getByTestId('override-matrix');
    await matrix.getByTestId('override-matrix-status').filter({ hasText: t.policy.inherits }).waitFor();
    const cell = matrix.getByTestId('matrix-cell-minor-medium');
    await cell.fill('1');
    await matrix.getByTestId('override-matrix-status').filter({ hasText: t.policy.overridden }).waitFor();
    await editor.getByTestId('override-calendar-status').filter({ hasText: t.policy.inherits }).waitFor();
    await tab.shot('admin-policy');

    await admin.getByTestId('save-button').click();
    await admin
      .getByTestId('save-success')
      .filter({ hasText: t.saved(1) })
      .waitFor();
    const saved = await ctl.invoke<Saved>('admin-page', 'getConfig', 'admin-frank');
    assertEqual(saved.config.policies.length, 1, 'policies saved');
    assertEqual(saved.config.policies[0].match.organizationIds.join(), '2', 'the policy matches Durand Conseil');
    assertEqual(saved.config.policies[0].matrix?.minor?.medium, 1, 'the policy’s minor × medium');
    assert(saved.config.matrix.minor?.medium !== 1, 'the default policy is unchanged');

    const bobAfter = await state('customer-bob', 'SUP-7');
    assert(
      bobAfter.eligibleAt && new Date(bobAfter.eligibleAt) < new Date(bobBefore.eligibleAt),
      `SUP-7 should be eligible earlier: before ${bobBefore.eligibleAt}, after ${bobAfter.eligibleAt}`,
    );
    assertEqual((await state('customer-alice', 'SUP-2')).eligibleAt, aliceBefore.eligibleAt, 'Alice’s SUP-2');

    await tab.as('customer-bob');
    let panel = await tab.portal('SUP-7');
    await panel.getByTestId('eligible-at').filter({ hasText: t.eligibleAt }).waitFor();
    assertEqual(await panel.getByTestId('escalate-link').count(), 0, 'no link before the hour has passed');
    const wait = new Date(bobAfter.eligibleAt).getTime() - (await ctl.now()).getTime();
    if (wait <= 60 * 60_000) {
      await tab.page.getByRole('button', { name: '+1 h' }).click();
    } else {
      // The Monday is a public holiday: move the clock to the computed date instead.
      await ctl.setClock(new Date(bobAfter.eligibleAt));
      await tab.page.reload();
    }
    panel = tab.page.frameLocator('iframe.app[data-module="portal-panel"]');
    await panel.locator('[data-testid="portal-panel"][data-kind="eligible"]').waitFor();
    await panel.getByTestId('escalate-link').filter({ hasText: t.link }).waitFor();
  },
};
