/**
 * 7. Keyboard paths on every screen that has a dialog or an inline form: the portal's escalation dialog, the
 * agent panel's acknowledge and close forms, the admin page's reload dialog, its section tabs and its check on
 * blur. (The queue and the gadget have neither dialogs nor inline forms.)
 */
import type { FrameLocator, Page } from 'playwright-core';
import { assert, assertEqual, type Tab } from '../browser';
import type { Control } from '../control';
import { expectAdminHostPage, expectJiraHostPage } from '../host-chrome';
import { expectDialogKeyboard, expectFocus, expectFocusInside } from '../keyboard';
import { AGENT, type Scenario } from '../scenario';
import type { Lang, Texts } from '../texts';

async function portalDialog(ctl: Control, tab: Tab, t: Texts): Promise<void> {
  await ctl.call('POST', '/sandbox/clock', { advanceMinutes: 7 * 24 * 60 });
  await tab.as('customer-alice');
  const panel = await tab.portal('SUP-2');
  const link = panel.getByTestId('escalate-link').filter({ hasText: t.link });
  await link.waitFor();
  await expectDialogKeyboard(tab.page, link, panel.getByRole('dialog', { name: t.link }), 'the escalation dialog');
  // Reopened from the keyboard, the dialog still works: nothing was escalated by Escape.
  assertEqual(await panel.locator('[data-testid="portal-panel"]').getAttribute('data-kind'), 'eligible', 'state');
}

/** Enter opens the inline form, focus moves into it, Escape closes it and focus is back on its button. */
async function inlineForm(page: Page, agent: FrameLocator, action: 'acknowledge' | 'close', name: string) {
  const button = agent.getByTestId('agent-actions').getByRole('button', { name });
  await button.focus();
  await page.keyboard.press('Enter');
  const form = agent.getByTestId(`${action}-form`);
  await form.waitFor();
  await expectFocusInside(form, `the ${action} form`);
  await page.keyboard.press('Escape');
  await form.waitFor({ state: 'detached' });
  await expectFocus(button, `the ${action} button`);
}

async function agentForms(tab: Tab, lang: Lang, t: Texts): Promise<void> {
  await tab.as(AGENT[lang]);
  const agent = await tab.open('/jira/SUP-4', 'agent-panel', 'agent-panel');
  await expectJiraHostPage(tab.page, t);
  await inlineForm(tab.page, agent, 'acknowledge', t.acknowledge);
  await inlineForm(tab.page, agent, 'close', t.closeEscalation);
}

interface Envelope {
  version: number;
  config: { matrix: { moderate: { medium: number } } };
}

/**
 * The section tabs follow the ARIA tabs pattern: arrows move between tabs (wrapping) and select them, Home and End
 * go to the first and last, Tab leaves the tab list for the selected panel. Ends on the matrix tab.
 */
async function adminTabs(page: Page, admin: FrameLocator, t: Texts): Promise<void> {
  const selected = () => admin.getByRole('tab', { selected: true });
  const first = admin.getByRole('tab', { name: t.tabs.general });
  await first.focus();
  await expectFocus(selected(), 'the selected tab');
  await page.keyboard.press('ArrowUp');
  await expectFocus(admin.getByTestId('tab-transfer'), 'the last tab (ArrowUp wraps)');
  await page.keyboard.press('ArrowDown');
  await expectFocus(first, 'the first tab (ArrowDown wraps)');
  await page.keyboard.press('End');
  await expectFocus(admin.getByTestId('tab-transfer'), 'the last tab (End)');
  await page.keyboard.press('Home');
  await expectFocus(first, 'the first tab (Home)');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  const calendar = admin.getByRole('tab', { name: t.tabs.calendar });
  await expectFocus(calendar, 'the calendar tab');
  assertEqual(await calendar.getAttribute('aria-selected'), 'true', 'the focused tab is selected');
  assertEqual(await selected().count(), 1, 'selected tabs');
  await admin.getByTestId('panel-calendar').waitFor();
  assertEqual(await admin.getByTestId('panel-general').isVisible(), false, 'the general panel is hidden');
  await expectInAutoSizedFrame(page, admin, 'section-calendar');
  await page.keyboard.press('Tab');
  await expectFocus(admin.getByTestId('panel-calendar'), 'the calendar panel');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expectFocus(admin.getByRole('tab', { name: t.tabs.matrix }), 'the matrix tab');
  await admin.getByTestId('panel-matrix').waitFor();
}

/**
 * Why tabs and not a sticky index: the sandbox, like Jira, sizes the admin frame to its content, so the frame
 * never scrolls itself (nothing in it can stay pinned). A selected section's heading is in the host's first
 * screen, with the host page not scrolled.
 */
async function expectInAutoSizedFrame(page: Page, admin: FrameLocator, sectionTestId: string): Promise<void> {
  const doc = await admin.locator('html').evaluate((h) => ({ scroll: h.scrollHeight, client: h.clientHeight }));
  assert(doc.scroll <= doc.client + 1, `the admin frame is sized to its content (${doc.scroll} > ${doc.client})`);
  const box = await admin.getByTestId(sectionTestId).locator('h2').boundingBox();
  const viewport = page.viewportSize();
  const scrollY = await page.locator('html').evaluate((h) => h.ownerDocument.defaultView?.scrollY);
  assert(
    box && viewport && box.y >= 0 && box.y + box.height <= viewport.height,
    `heading on screen: ${JSON.stringify(box)}`,
  );
  assertEqual(scrollY, 0, 'the host page did not scroll');
}

async function adminPage(ctl: Control, tab: Tab, t: Texts): Promise<void> {
  await tab.as('admin-frank');
  const admin = await tab.open('/admin', 'admin-page', 'admin-page');
  const { page } = tab;
  await expectAdminHostPage(page, t);

  await adminTabs(page, admin, t);

  // Leaving a field checks it with the server: the limit is in the message, the section is marked.
  const delay = admin.locator('[id="cfg-defaultDelayHours"]');
  await delay.fill('99999');
  await page.keyboard.press('Tab');
  await admin.getByTestId('error-defaultDelayHours').filter({ hasText: t.tooLarge }).waitFor();
  await admin.getByTestId('tab-matrix-errors').waitFor();
  assertEqual(await admin.getByTestId('tab-matrix').getAttribute('data-unsaved'), 'true', 'matrix marked unsaved');
  await page.locator('html').evaluate((h) => h.ownerDocument.defaultView?.scrollTo(0, 0));
  await tab.shotPart('admin-page', 'viewport');
  await delay.fill('30');
  await page.keyboard.press('Tab');
  await admin.getByTestId('tab-matrix-errors').waitFor({ state: 'detached' });
  const cell = admin.getByTestId('matrix-cell-moderate-medium');
  await cell.fill('17');

  // Someone else saves meanwhile: Save is refused, and the reload dialog follows the keyboard rules.
  const stored = await ctl.invoke<Envelope>('admin-page', 'getConfig', 'admin-frank');
  const other = structuredClone(stored.config);
  other.matrix.moderate.medium = 20;
  await ctl.invoke('admin-page', 'saveConfig', 'admin-frank', {
    payload: { config: other, expectedVersion: stored.version },
  });
  const save = admin.getByTestId('save-button');
  await save.focus();
  await page.keyboard.press('Enter');
  const reload = admin.getByTestId('reload-button');
  await reload.waitFor();
  await expectDialogKeyboard(page, reload, admin.getByRole('dialog', { name: t.reloadTitle }), 'the reload dialog');
  assert((await cell.inputValue()) === '17', 'Escape keeps the edits');
  await tab.shot('admin-conflict');
}

export const keyboardScenario: Scenario = {
  title: 'keyboard: portal dialog, agent inline forms, admin tabs, blur check and reload dialog',
  async run({ ctl, tab, t, lang }) {
    await ctl.toNextMondayMorning();
    await ctl.reset();
    await portalDialog(ctl, tab, t);
    await agentForms(tab, lang, t);
    await adminPage(ctl, tab, t);
  },
};
