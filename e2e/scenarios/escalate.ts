/** 1. No link on a fresh request; the clock passes the delay; the link; the modal; escalated; email; agent timeline. */
import { assert, assertEqual, until } from '../browser';
import type { FrameLocator, Locator } from 'playwright-core';
import { AGENT, type Scenario, type ScenarioContext } from '../scenario';

export const escalateScenario: Scenario = {
  title: 'fresh request → clock past the delay → escalate through the modal → email and agent timeline',
  async run(ctx) {
    const { ctl, tab, t } = ctx;
    await ctl.toNextMondayMorning();
    await ctl.reset();
    await tab.as('customer-alice');

    // Waiting: the date from which escalation is possible, and no link.
    let panel = await tab.portal('SUP-2');
    await panel.locator('[data-testid="portal-panel"][data-kind="waiting"]').waitFor();
    await panel.getByTestId('eligible-at').filter({ hasText: t.eligibleAt }).waitFor();
    assertEqual(await panel.getByTestId('escalate-link').count(), 0, 'escalation links on a fresh request');
    await tab.shot('portal-waiting');

    // The page's "+1 week" button ("+1 semaine" in French) moves the sandbox clock and reloads the page.
    await tab.page.getByRole('button', { name: t.host.plusWeek }).click();
    panel = tab.page.frameLocator('iframe.app[data-module="portal-panel"]');
    await panel.locator('[data-testid="portal-panel"][data-kind="eligible"]').waitFor();
    const link = panel.getByTestId('escalate-link');
    await link.filter({ hasText: t.link }).waitFor();
    await tab.shot('portal-eligible');
    await tab.shotAside('portal-eligible');

    const dialog = await escalateThroughModal(ctx, panel, link);

    await panel.locator('[data-testid="portal-panel"][data-kind="escalated"]').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const line = panel.getByTestId('escalated-line');
    await line
      .filter({ hasText: t.escalatedLine })
      .filter({ hasText: t.escalatedReason })
      .filter({ hasText: t.reason })
      .waitFor();
    assertEqual(
      await panel.getByTestId('escalate-link').count(),
      0,
      'links once escalated at level 1 (next level later)',
    );
    await tab.shot('portal-escalated');
    await tab.shotAside('portal-escalated');

    await checkEmail(ctx);
    await checkAgentTimeline(ctx);
  },
};

/** The modal: reason, details (the iframe grows to show the whole dialog), continue, confirm, submit. */
async function escalateThroughModal({ tab, t }: ScenarioContext, panel: FrameLocator, link: Locator): Promise<Locator> {
  await link.click();
  const dialog = panel.getByRole('dialog', { name: t.link });
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: t.reason }).check();
  await dialog.locator('textarea').fill(t.details);
  // The auto-sized iframe must grow to show the whole dialog. Measured in document coordinates (scroll added
  // back), so this holds whatever Playwright scrolled; polled because the frame resizes asynchronously.
  const frameBox = tab.page.locator('iframe.app[data-module="portal-panel"]');
  await until(
    'the portal iframe to fit the whole dialog',
    async () => ({
      frame: await frameBox.evaluate((el) => el.clientHeight),
      dialog: await dialog.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const scrolled = el.ownerDocument.scrollingElement?.scrollTop ?? 0;
        return { top: r.top + scrolled, bottom: r.bottom + scrolled };
      }),
    }),
    (v) => v.dialog.top >= 0 && v.dialog.bottom <= v.frame,
    5_000,
  );
  await tab.shot('portal-modal');
  await dialog.getByTestId('escalate-continue').click();
  await dialog.getByTestId('escalate-confirm').filter({ hasText: t.reason }).waitFor();
  await dialog.getByTestId('escalate-submit').click();
  return dialog;
}

/** One email to the assignee (Dave) for SUP-2, with the details the customer typed. */
async function checkEmail({ ctl, t }: ScenarioContext): Promise<void> {
  const mails = await until(
    'the escalation email for SUP-2',
    async () => (await ctl.outbox()).filter((m) => m.issueKey === 'SUP-2'),
    (m) => m.length > 0,
  );
  assertEqual(mails.length, 1, 'emails for SUP-2');
  assert(
    mails[0]?.to.some((r) => r.emailAddress === 'dave@example.com'),
    `escalation email recipients: ${JSON.stringify(mails[0]?.to)}`,
  );
  assert(mails[0]?.textBody.includes(t.details), 'the email carries the details the customer typed');
}

/** The agent panel shows the escalation in its timeline. */
async function checkAgentTimeline({ tab, t, lang }: ScenarioContext): Promise<void> {
  await tab.as(AGENT[lang]);
  const agent = await tab.open('/jira/SUP-2', 'agent-panel', 'agent-panel');
  const entry = agent.getByTestId('timeline-escalation');
  await entry
    .filter({ hasText: t.timelineEscalation })
    .filter({ hasText: t.reason })
    .filter({ hasText: t.details })
    .waitFor();
  await tab.shot('agent-panel');
  await tab.shotPart('agent-panel', 'agent-panel');
}
