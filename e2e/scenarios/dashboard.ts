/**
 * 6. The analytics gadget on the dashboard: figures from the seed escalation, period switch, table views, edit mode;
 * then the queue's CSV export, downloaded from Forge's sandboxed iframe by a click, and the queue's issue link.
 */
import { readFileSync } from 'node:fs';
import { assert, assertEqual } from '../browser';
import { AGENT, type Scenario } from '../scenario';

export const dashboardScenario: Scenario = {
  title: 'dashboard gadget → figures in table views, period switch, edit mode saves the period',
  async run({ ctl, tab, t, lang }) {
    await ctl.toNextMondayMorning();
    await ctl.reset(); // SUP-4 is escalated now, through the app
    await tab.as(AGENT[lang]);
    let gadget = await tab.open('/dashboard', 'escalade-gadget', 'gadget-view');
    await gadget.getByTestId('card-figures').waitFor();

    // Key figures as a table: one escalation in the last 4 weeks.
    await gadget.getByTestId('toggle-figures').click();
    const row = gadget.getByTestId('table-figures').locator('tbody tr').first();
    assertEqual((await row.locator('th').innerText()).trim(), t.gadgetEscalations, 'first key figure');
    assertEqual((await row.locator('td').innerText()).trim(), '1', 'escalations in the last 4 weeks');

    // Switch to 12 weeks: the weekly table has a row per week, the total of the newest week is 1.
    const range4w = await gadget.getByTestId('gadget-range').innerText();
    await gadget.getByTestId('period-12w').click();
    await gadget.getByTestId('gadget-range').filter({ hasNotText: range4w }).waitFor();
    await gadget.getByTestId('card-weekly').waitFor();
    await gadget.getByTestId('toggle-weekly').click();
    const weeks = gadget.getByTestId('table-weekly').locator('tbody tr');
    const count = await weeks.count();
    assert(count >= 12 && count <= 13, `weeks in the 12-week table: ${count}`);
    const newest = weeks
      .nth(count - 1)
      .locator('td')
      .last();
    assertEqual((await newest.innerText()).trim(), '1', 'escalations in the newest week');
    await tab.shot('dashboard-gadget');

    // Edit mode: save "last 12 months"; the gadget then opens on it.
    await tab.page.getByTestId('dashboard-edit').click();
    const edit = tab.page.frameLocator('iframe.app[data-module="escalade-gadget"]');
    await edit.getByTestId('gadget-edit').waitFor();
    await edit.getByTestId('edit-period-12m').check();
    await edit.getByTestId('edit-save').click();
    await tab.page.waitForURL(/\/dashboard$/);
    gadget = tab.page.frameLocator('iframe.app[data-module="escalade-gadget"]');
    await gadget.locator('[data-testid="period-12m"][aria-pressed="true"]').waitFor();

    // The queue's CSV export. The frame has Forge's sandbox attributes (allow-downloads, no pop-ups, no top
    // navigation): the file is offered as a link, and the viewer's click on it downloads it.
    const queue = await tab.open('/queue', 'escalations-queue', 'queue-page');
    const sandboxed = await tab.page.locator('iframe.app[data-module="escalations-queue"]').getAttribute('sandbox');
    assertEqual(
      sandboxed,
      'allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts',
      'queue iframe sandbox',
    );
    await queue.getByTestId('queue-export').click();
    const link = queue.getByTestId('queue-export-save');
    await link.waitFor();
    const [download] = await Promise.all([tab.page.waitForEvent('download'), link.click()]);
    assert(
      /^(escalades|escalations)-\d{4}-\d{2}-\d{2}\.csv$/.test(download.suggestedFilename()),
      `file name ${download.suggestedFilename()}`,
    );
    const bytes = readFileSync(await download.path());
    assertEqual([...bytes.subarray(0, 3)].join(','), '239,187,191', 'UTF-8 BOM');
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    const sup4 = lines.find((l) => l.startsWith('SUP-4,')) ?? '';
    assert(sup4.includes(',Transports Martin,'), `SUP-4's row has Alice's organization: ${sup4}`);

    // The issue link goes through @forge/bridge's router: the page, not the frame, navigates.
    await queue.getByTestId('queue-row-SUP-4').locator('a').click();
    await tab.page.waitForURL(/\/browse\/SUP-4$/);
  },
};
