/**
 * Every Custom UI frame of the sandbox carries the attributes Forge applies to its iframes (custom-ui/iframe):
 * what Forge refuses (pop-ups, navigating the top page) fails here too, and downloads need a user gesture.
 */
import { createSandbox, type Sandbox } from '..';
import { bridgeScript } from './bridge-script';
import { dashboardPage } from './dashboard';
import { FORGE_IFRAME_ALLOW, FORGE_IFRAME_SANDBOX } from './iframe-policy';
import { jiraPage, modulePage, portalPage } from './pages';

const frames = (html: string) => html.match(/<iframe class="app"[^>]*>/g) ?? [];

describe('Custom UI iframes', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await createSandbox({ now: new Date('2025-12-01T09:00:00.000Z') });
  });
  afterAll(() => sb.close());

  it('have exactly Forge’s sandbox and allow attributes, on every page', async () => {
    expect(FORGE_IFRAME_SANDBOX.split(' ')).toEqual([
      'allow-downloads',
      'allow-forms',
      'allow-modals',
      'allow-pointer-lock',
      'allow-same-origin',
      'allow-scripts',
    ]);
    const ctx = (persona: string) => ({ sandbox: sb, persona });
    const pages = [
      (await portalPage(ctx('customer-alice'), 'SUP-3')).html,
      (await jiraPage(ctx('agent-dave'), 'SUP-3')).html,
      modulePage(ctx('agent-dave'), 'escalations-queue'),
      modulePage(ctx('admin-frank'), 'admin-page'),
      dashboardPage(sb, 'agent-dave', false),
    ];
    const all = pages.flatMap(frames);
    expect(all.length).toBeGreaterThanOrEqual(pages.length);
    for (const frame of all) {
      expect(frame).toContain(` sandbox="${FORGE_IFRAME_SANDBOX}"`);
      expect(frame).toContain(` allow="${FORGE_IFRAME_ALLOW}"`);
      expect(frame).not.toMatch(/allow-popups|allow-top-navigation/);
    }
  });

  it('the bridge hands the router’s navigation to the page, for site-relative URLs only', () => {
    const script = bridgeScript({ moduleKey: 'escalations-queue', accountId: 'agent-dave', extension: {} });
    expect(script).toContain("case 'navigate':");
    expect(script).toContain("payload.url.charAt(0) !== '/'");
  });
});
