/**
 * Time from navigation to the escalation link being visible on the sandbox's portal page, in Chromium: the
 * sandbox started as `npm start` starts it, the production portal build, one fresh browser context per load
 * (no HTTP cache, as a customer's first visit), median of `loads` loads, without and with 4× CPU throttling
 * (the DevTools protocol's `Emulation.setCPUThrottlingRate`, through playwright-core's CDP session).
 * Wall time in the bench process, from just before `page.goto` to the link being visible in the panel's iframe.
 */
import { launchChromium } from '../e2e/browser';
import { Control } from '../e2e/control';
import { startSandbox } from '../e2e/sandbox-process';

export interface VisibleTiming {
  throttle: number;
  loads: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export async function measureTimeToVisible(loads = 10, throttles = [1, 4]): Promise<VisibleTiming[]> {
  const sandbox = await startSandbox();
  const browser = await launchChromium().catch(async (e: unknown) => {
    await sandbox.stop();
    throw e;
  });
  try {
    // SUP-2, a week after a Monday-morning reset, is eligible: the panel shows the link.
    const ctl = new Control(sandbox.url);
    await ctl.toNextMondayMorning();
    await ctl.reset();
    await ctl.call('POST', '/sandbox/clock', { advanceMinutes: 7 * 24 * 60 });
    const rows: VisibleTiming[] = [];
    for (const rate of throttles) {
      const times: number[] = [];
      // One load first, not counted: it warms the sandbox's server (module and route caches), not the browser.
      for (let i = 0; i <= loads; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
        await context.addCookies([{ name: 'persona', value: 'customer-alice', url: sandbox.url }]);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        const started = performance.now();
        await page.goto(`${sandbox.url}/portal/SUP-2`, { waitUntil: 'commit' });
        await page
          .frameLocator('iframe.app[data-module="portal-panel"]')
          .getByTestId('escalate-link')
          .waitFor({ state: 'visible', timeout: 60_000 });
        if (i > 0) times.push(performance.now() - started);
        await context.close();
      }
      rows.push({
        throttle: rate,
        loads,
        medianMs: Math.round(median(times)),
        minMs: Math.round(Math.min(...times)),
        maxMs: Math.round(Math.max(...times)),
      });
    }
    return rows;
  } finally {
    await browser.close().catch(() => undefined);
    await sandbox.stop();
  }
}

if (require.main === module) {
  measureTimeToVisible().then(
    (rows) => console.table(rows),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
