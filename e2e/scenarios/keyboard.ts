/**
 * 7. Keyboard paths on every screen that has a dialog or an inline form: the portal's escalation dialog, the
 * agent panel's acknowledge and close forms, the admin page's reload dialog, its section index and its check on
 * blur. (The queue and the gadget have neither dialogs nor inline forms.)
 */
import type { FrameLocator, Page } from 'playwright-core';
import { assert, assertEqual, type Tab } from '../browser';
import type { Control } from '../control';
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
  await inlineForm(tab.page, agent, 'acknowledge', t.acknowledge);
  await inlineForm(tab.page, agent, 'close', t.closeEscalation);
}

interface Envelope {
  version: number;
  config: { matrix: { moderate: { medium: number } } };
}

async function adminPage(ctl: Control, tab: Tab, t: Texts): Promise<void> {
  await tab.as('admin-frank');
  const admin = await tab.open('/admin', 'admin-page', 'admin-page');
  const { page } = tab;

  // The section index: Enter on a link moves focus to its section.
  const calendarLink = admin.getByTestId('nav-calendar').getByRole('link');
  await calendarLink.focus();
  await page.keyboard.press('Enter');
  await expectFocus(admin.getByTestId('section-calendar'), 'the calendar section');

  // Leaving a field checks it with the server: the limit is in the message, the section is marked.
  const delay = admin.locator('[id="cfg-defaultDelayHours"]');
  await delay.fill('99999');
  await page.keyboard.press('Tab');
  await admin.getByTestId('error-defaultDelayHours').filter({ hasText: t.tooLarge }).waitFor();
  await admin.getByTestId('nav-matrix-errors').waitFor();
  assertEqual(await admin.getByTestId('nav-matrix').getAttribute('data-unsaved'), 'true', 'matrix marked unsaved');
  await page.locator('html').evaluate((h) => h.ownerDocument.defaultView?.scrollTo(0, 0));
  await tab.shotPart('admin-page', 'viewport');
  await delay.fill('30');
  await page.keyboard.press('Tab');
  await admin.getByTestId('nav-matrix-errors').waitFor({ state: 'detached' });
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
  title: 'keyboard: portal dialog, agent inline forms, admin index, blur check and reload dialog',
  async run({ ctl, tab, t, lang }) {
    await ctl.toNextMondayMorning();
    await ctl.reset();
    await portalDialog(ctl, tab, t);
    await agentForms(tab, lang, t);
    await adminPage(ctl, tab, t);
  },
};
