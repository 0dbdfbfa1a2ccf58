/**
 * The sandbox host's own words in the persona's language (French personas read French): the top bar's clock
 * (in the persona's zone, named in words), the admin page's title (the manifest's translated module title) and
 * the Jira page's labels.
 */
import type { Page } from 'playwright-core';
import { assert } from './browser';
import type { Texts } from './texts';

export async function expectHostClock(page: Page, t: Texts): Promise<void> {
  const clock = (await page.getByTestId('sandbox-clock').textContent()) ?? '';
  assert(clock.includes(t.host.clock), `the clock's label is "${t.host.clock}": ${clock}`);
  assert(clock.includes(t.host.zone), `the clock names the persona's zone "${t.host.zone}": ${clock}`);
  assert(clock.includes(t.host.plusWeek), `the clock's buttons speak the persona's language: ${clock}`);
}

export async function expectAdminHostPage(page: Page, t: Texts): Promise<void> {
  await page.locator('main h1').filter({ hasText: t.host.adminPage }).first().waitFor();
  assert(!(await page.content()).includes('Escalade configuration'), 'no English page title left');
  await expectHostClock(page, t);
}

export async function expectJiraHostPage(page: Page, t: Texts): Promise<void> {
  const fields = (await page.getByTestId('jira-fields').textContent()) ?? '';
  assert(fields.includes(t.host.assignee), `the Jira page's labels speak the persona's language: ${fields}`);
  await page.getByRole('heading', { name: t.host.activity, exact: true }).waitFor();
  await expectHostClock(page, t);
}
