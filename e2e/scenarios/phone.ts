/**
 * 8. The portal page as a customer's phone shows it (390 px wide): one column, no horizontal scrolling, the
 * request's pane (status, type, the app's panel) and the escalation link on screen; the page's chrome in the
 * customer's language with the portal's name.
 */
import type { Locator } from 'playwright-core';
import { assert, assertEqual } from '../browser';
import { expectHostClock } from '../host-chrome';
import type { Scenario } from '../scenario';

const WIDTH = 390;

/** The element's box lies within the page's width (nothing cut off at the right or the left). */
async function inWidth(el: Locator, what: string): Promise<void> {
  const box = await el.boundingBox();
  assert(box, `${what} is not displayed`);
  assert(
    box.x >= 0 && box.x + box.width <= WIDTH + 0.5,
    `${what} overflows the ${WIDTH} px page: ${JSON.stringify(box)}`,
  );
  assert(box.width > 0 && box.height > 0, `${what} has no size: ${JSON.stringify(box)}`);
}

export const phoneScenario: Scenario = {
  title: 'portal page at 390 px: no horizontal overflow, pane and link visible; chrome in the customer’s language',
  async run({ ctl, tab, t }) {
    await ctl.toNextMondayMorning();
    await ctl.reset();
    await ctl.call('POST', '/sandbox/clock', { advanceMinutes: 7 * 24 * 60 });
    await tab.page.setViewportSize({ width: WIDTH, height: 844 });
    await tab.as('customer-alice');

    // The chrome: the portal's name, the translated status and request type, dates in the customer's language.
    await tab.portal('SUP-4');
    const page = tab.page;
    await page.getByTestId('portal-crumbs').filter({ hasText: 'myService' }).waitFor();
    assertEqual((await page.getByTestId('portal-status').textContent())?.trim(), t.statusInProgress, 'status name');
    assertEqual(
      (await page.getByTestId('portal-request-type').textContent())?.trim(),
      t.serviceRequest,
      'request type name',
    );
    const date = (await page.getByTestId('comment-date').first().textContent()) ?? '';
    assert(t.monthPattern.test(date), `comment date in the customer's language: "${date}"`);
    await expectHostClock(page, t);

    // The layout: SUP-2 is eligible, so the pane holds the link.
    const panel = await tab.portal('SUP-2');
    const link = panel.getByTestId('escalate-link').filter({ hasText: t.link });
    await link.waitFor();
    const overflow = await page.locator('html').evaluate((html) => ({
      scroll: html.scrollWidth,
      client: html.clientWidth,
    }));
    assert(overflow.scroll <= overflow.client, `the page scrolls sideways: ${JSON.stringify(overflow)}`);
    await inWidth(page.locator('aside'), 'the request pane');
    // One column: the pane and the request's title card share the page's width, the title first.
    const pane = await page.locator('aside').boundingBox();
    const title = await page.locator('.cols > section > .card').first().boundingBox();
    assert(pane && title, 'the pane and the title card are displayed');
    assert(
      pane.width >= WIDTH * 0.8 && Math.abs(pane.x - title.x) < 1 && Math.abs(pane.width - title.width) < 1,
      `one column expected: pane ${JSON.stringify(pane)}, title ${JSON.stringify(title)}`,
    );
    assert(title.y < pane.y, 'the request title comes before the pane');
    await inWidth(page.locator('iframe.app[data-module="portal-panel"]'), 'the app panel');
    await link.scrollIntoViewIfNeeded();
    await inWidth(link, 'the escalation link');
    assert(await link.isVisible(), 'the escalation link is visible');
    await tab.shot('portal-phone');
  },
};
