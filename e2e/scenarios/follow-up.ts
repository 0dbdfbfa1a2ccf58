/** 3. A comment posted through the portal page's comment box emails the assignee exactly once, replay included. */
import { assert, assertEqual } from '../browser';
import type { Scenario } from '../scenario';

export const followUpScenario: Scenario = {
  title: 'portal comment → one follow-up email to the assignee, still one after an event replay',
  async run({ ctl, tab, t, lang }) {
    await ctl.reset();
    // French: Alice on her fresh SUP-2; English: Bob (an English customer) on SUP-7. Dave is assigned to both.
    const [customer, key] = lang === 'fr' ? ['customer-alice', 'SUP-2'] : ['customer-bob', 'SUP-7'];
    await tab.as(customer);
    let panel = await tab.portal(key);
    await panel.locator('[data-testid="portal-panel"][data-kind="waiting"]').waitFor();
    const before = (await ctl.outbox()).filter((m) => m.issueKey === key).length;
    assertEqual(before, 0, `emails for ${key} before the comment`);

    const text = `${t.details} (${Date.now()})`;
    await tab.page.locator('#comment-body').fill(text);
    await tab.page.locator('#comment-form button[type="submit"]').click();
    // The page reloads with the comment in the activity.
    const comment = tab.page.locator('.comment').filter({ hasText: text });
    await comment.waitFor();
    const commentId = await comment.getAttribute('data-comment-id');
    assert(commentId, 'the new comment has an id');

    const events = await ctl.waitForEvents();
    const mine = events.filter((e) => e.commentId === commentId);
    assertEqual(
      mine.map((e) => e.status),
      ['done'],
      `events for comment ${commentId}`,
    );
    let mails = (await ctl.outbox()).filter((m) => m.issueKey === key);
    assertEqual(mails.length, 1, `follow-up emails for ${key}`);
    assert(
      mails[0]?.to.some((r) => r.emailAddress === 'dave@example.com'),
      `follow-up email recipients: ${JSON.stringify(mails[0]?.to)}`,
    );

    // Delivery is at least once: the same event again must not email again.
    const { replayed } = await ctl.replay(1);
    assertEqual(
      (replayed as { commentId?: string }[]).map((e) => e.commentId),
      [commentId],
      'replayed comment',
    );
    const after = await ctl.waitForEvents();
    assert(
      after.some((e) => e.replayOf && e.commentId === commentId && e.status === 'done'),
      `the replay was delivered: ${JSON.stringify(after.filter((e) => e.commentId === commentId))}`,
    );
    mails = (await ctl.outbox()).filter((m) => m.issueKey === key);
    assertEqual(mails.length, 1, `follow-up emails for ${key} after the replay`);

    // The panel counts the follow-up.
    panel = await tab.portal(key);
    await panel.getByTestId('follow-ups').filter({ hasText: t.followUpOne }).waitFor();
  },
};
