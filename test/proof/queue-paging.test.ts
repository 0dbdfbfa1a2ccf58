/**
 * Issue 14, item 7 and the queue part of item 8: the queue's page N must not cost N searches (Jira's
 * `nextPageToken` goes to the UI and comes back), and its total counts only what the viewer can see.
 */
import type { Sandbox } from '../../sandbox';
import { seedEscalations } from '../support/many-escalations';
import { DAVE } from '../support/personas';
import { productCalls, useSandbox } from '../support/sandbox-setup';
import { ok, queue } from '../support/invoke';

let sb: Sandbox;
useSandbox((s) => (sb = s));

const searches = () => productCalls(sb).filter((c) => c.path.startsWith('/rest/api/3/search/jql'));

describe('queue paging: a page costs the same whatever its rank', () => {
  it('reads page 1 and page 12 of 300 escalations with one search each, from the token handed to the UI', async () => {
    await seedEscalations(sb, 300);
    const pageSize = 25;
    sb.clearCalls();
    const first = ok(await queue(sb, DAVE, { pageSize }));
    const firstSearches = searches().length;
    expect(first.startAt).toBe(0);
    expect(first.items).toHaveLength(pageSize);
    expect(first.nextPageToken).toEqual(expect.any(String));

    // The UI follows the tokens page after page, as its Next button does.
    let page = first;
    for (let n = 2; n <= 12; n++) {
      sb.clearCalls();
      page = ok(
        await queue(sb, DAVE, {
          pageToken: page.nextPageToken ?? '',
          startAt: page.startAt + page.items.length,
          pageSize,
        }),
      );
      expect(searches()).toHaveLength(firstSearches);
    }
    expect(firstSearches).toBe(1);
    expect(page.startAt).toBe(11 * pageSize);
    expect(page.items[0]?.key).toBe(`SUP-${10_001 + 11 * pageSize}`);
    // The seed's SUP-4 is escalated too (301 rows): page 13 holds the last one, and says it is the last.
    sb.clearCalls();
    const last = ok(await queue(sb, DAVE, { pageToken: page.nextPageToken ?? '', startAt: 300, pageSize }));
    expect(last.items).toHaveLength(1);
    expect(last.nextPageToken).toBeNull();
    expect(searches()).toHaveLength(1);
  });

  it('never walks from the start: a large startAt without a token is the first page, at the cost of one', async () => {
    await seedEscalations(sb, 120);
    sb.clearCalls();
    const page = ok(await queue(sb, DAVE, { startAt: 100_000, pageSize: 100 }));
    expect(searches()).toHaveLength(1);
    expect(page.startAt).toBe(0);
  });
});

describe('queue total: only rows the viewer can see', () => {
  it('counts the open escalations as the viewer (Jira’s approximate count as the user), in one call', async () => {
    await seedEscalations(sb, 40);
    sb.clearCalls();
    const page = ok(await queue(sb, DAVE, { pageSize: 10 }));
    expect(page.total).toBe(41);
    const counts = productCalls(sb).filter((c) => c.path.startsWith('/rest/api/3/search/approximate-count'));
    // As the user, so Jira leaves out "issues where the user has [no] Browse projects permission".
    expect(counts.map((c) => c.as)).toEqual(['user']);
  });
});
