/**
 * Issue 10 item 3 in the browser: a Custom UI module that declares `viewportSize` gets an iframe of fixed height
 * on a real site ("Remove this property to enable automatic resizing of the module"), so the escalation dialog
 * is clipped; the repository's manifest declares none, so its portal panel grows until the dialog is fully
 * visible. Two in-process sandboxes, one on a copy of manifest.yml with `viewportSize: medium` on the portal
 * panel, the same persona, request and clock; French only (the layout does not depend on the language).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { createSandbox } from '../sandbox';
import { assert, assertEqual, Tab, until } from './browser';
import { TEXTS } from './texts';

const ROOT = resolve(__dirname, '..');
const T0 = new Date('2025-12-01T09:00:00.000Z');
/** The sandbox's height for `medium` (sandbox/server/pages.ts, VIEWPORT_HEIGHTS). */
const MEDIUM_PX = 300;

function manifestWithPortalViewport(dir: string): string {
  const doc = parse(readFileSync(join(ROOT, 'manifest.yml'), 'utf8')) as {
    modules: Record<string, Record<string, unknown>[]>;
  };
  doc.modules['jiraServiceManagement:portalRequestDetailPanel']![0]!.viewportSize = 'medium';
  const file = join(dir, 'manifest.yml');
  writeFileSync(file, stringify(doc));
  return file;
}

interface Measure {
  frame: number;
  dialogBottom: number;
}

/** Opens SUP-3 as Alice, opens the escalation dialog, and measures the iframe and the dialog (document coordinates). */
async function openDialog(browser: Browser, url: string): Promise<{ tab: Tab; measure: () => Promise<Measure> }> {
  const tab = await Tab.open(browser, url, 'fr');
  await tab.as('customer-alice');
  const panel = await tab.portal('SUP-3');
  await panel.getByTestId('escalate-link').filter({ hasText: TEXTS.fr.link }).click();
  const dialog = panel.getByRole('dialog', { name: TEXTS.fr.link });
  await dialog.waitFor();
  const frame = tab.page.locator('iframe.app[data-module="portal-panel"]');
  const measure = async (): Promise<Measure> => ({
    frame: await frame.evaluate((el) => el.clientHeight),
    dialogBottom: await dialog.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom + (el.ownerDocument.scrollingElement?.scrollTop ?? 0);
    }),
  });
  return { tab, measure };
}

/** Throws when the fixed frame does not clip the dialog, or the repository's panel does not show it whole. */
export async function checkViewportClipping(browser: Browser): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'escalade-e2e-viewport-'));
  const fixed = await createSandbox({ now: T0, manifestPath: manifestWithPortalViewport(dir) });
  const fixedServer = await fixed.listen(0);
  const tabs: Tab[] = [];
  try {
    const clipped = await openDialog(browser, fixedServer.url);
    tabs.push(clipped.tab);
    // Give the panel time to ask for more height: a fixed frame must not grow.
    await clipped.tab.page.waitForTimeout(500);
    const f = await clipped.measure();
    assertEqual(f.frame, MEDIUM_PX, 'height of the portal iframe declared viewportSize: medium');
    assert(f.dialogBottom > f.frame, `the dialog (bottom ${f.dialogBottom} px) is clipped by the ${f.frame} px frame`);
    await clipped.tab.shot('portal-modal-viewport-medium');
  } finally {
    for (const t of tabs) await t.close();
    await fixedServer.close();
    await fixed.close();
    rmSync(dir, { recursive: true, force: true });
  }

  // The repository's manifest: the same dialog, and the frame grows to show all of it.
  const real = await createSandbox({ now: T0 });
  const realServer = await real.listen(0);
  try {
    const grown = await openDialog(browser, realServer.url);
    try {
      const g = await until(
        'the auto-sized portal iframe to show the whole dialog',
        grown.measure,
        (v) => v.dialogBottom <= v.frame,
        5_000,
      );
      assert(g.frame > MEDIUM_PX, `the auto-sized frame (${g.frame} px) is taller than a medium one`);
    } finally {
      await grown.tab.close();
    }
  } finally {
    await realServer.close();
    await real.close();
  }
}
