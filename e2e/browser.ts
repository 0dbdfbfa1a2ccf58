/** Browser helpers: Chromium, personas, the sandbox pages and their app iframes, screenshots. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import type { Lang } from './texts';
import { TEXTS } from './texts';

export const SCREENSHOTS = resolve(__dirname, 'screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The persona's own locale, as seeded (sandbox/jira/seed-users.ts). */
const NATIVE: Record<string, string> = {
  'customer-alice': 'fr-FR',
  'customer-bob': 'en-US',
  'unlicensed-carol': 'en-US',
  'agent-dave': 'fr-FR',
  'agent-erin': 'en-US',
  'admin-frank': 'fr-FR',
};

/**
 * One browser tab in the sandbox, acting as a persona (the `persona` cookie). When the persona's own locale
 * is not the scenario's language, the sandbox's `locale` cookie shows the apps in that language.
 */
export class Tab {
  private constructor(
    readonly url: string,
    readonly lang: Lang,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, url: string, lang: Lang): Promise<Tab> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: TEXTS[lang].locale });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    return new Tab(url, lang, context, page);
  }

  async as(accountId: string): Promise<void> {
    await this.context.clearCookies();
    const cookies = [{ name: 'persona', value: accountId, url: this.url }];
    const wanted = TEXTS[this.lang].locale;
    if (NATIVE[accountId] !== wanted) cookies.push({ name: 'locale', value: wanted, url: this.url });
    await this.context.addCookies(cookies);
  }

  /** Opens a sandbox page and answers the app iframe of `moduleKey` once the app has painted `readyTestId`. */
  async open(path: string, moduleKey: string, readyTestId: string): Promise<FrameLocator> {
    await this.page.goto(`${this.url}${path}`);
    const frame = this.page.frameLocator(`iframe.app[data-module="${moduleKey}"]`);
    await frame.getByTestId(readyTestId).first().waitFor();
    return frame;
  }

  portal(key: string): Promise<FrameLocator> {
    return this.open(`/portal/${key}`, 'portal-panel', 'portal-panel');
  }

  async shot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}-${this.lang}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  /** The portal's right-hand pane only (status card and the app's panel): small enough for the README. */
  async shotAside(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}-${this.lang}-pane.png`);
    await this.page.locator('aside').screenshot({ path });
    return path;
  }

  /** One app's iframe only (e.g. the agent panel), or the visible part of the page: small PNGs for the README. */
  async shotPart(name: string, part: 'viewport' | string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}-${this.lang}-part.png`);
    if (part === 'viewport') await this.page.screenshot({ path });
    else await this.page.locator(`iframe.app[data-module="${part}"]`).screenshot({ path });
    return path;
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

/** Waits until `read()` satisfies `ok` (polling a control API answer), or fails with the last value. */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
