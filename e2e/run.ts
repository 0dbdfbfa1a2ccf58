/**
 * Browser tests (`npm run test:e2e`): the production Custom UI builds in headless Chromium, against the
 * sandbox started as `npm start` starts it. Every scenario runs in French and in English (scenario 6),
 * after a `POST /sandbox/reset`. Prints a pass/fail summary; exits non-zero on any failure.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, SCREENSHOTS, Tab } from './browser';
import { Control } from './control';
import { startSandbox, type RunningSandbox } from './sandbox-process';
import type { Scenario } from './scenario';
import { adminInvalidScenario } from './scenarios/admin-invalid';
import { adminMatrixScenario } from './scenarios/admin-matrix';
import { adminPolicyScenario } from './scenarios/admin-policy';
import { criticalScenario } from './scenarios/critical';
import { dashboardScenario } from './scenarios/dashboard';
import { escalateScenario } from './scenarios/escalate';
import { followUpScenario } from './scenarios/follow-up';
import { keyboardScenario } from './scenarios/keyboard';
import { phoneScenario } from './scenarios/phone';
import { TEXTS, type Lang } from './texts';
import { checkViewportClipping } from './viewport';

const SCENARIOS: Scenario[] = [
  escalateScenario,
  criticalScenario,
  followUpScenario,
  adminMatrixScenario,
  adminInvalidScenario,
  dashboardScenario,
  keyboardScenario,
  phoneScenario,
  adminPolicyScenario,
];
const LANGS: Lang[] = ['fr', 'en'];

interface Result {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

async function runOne(browser: Browser, ctl: Control, scenario: Scenario, index: number, lang: Lang): Promise<Result> {
  const name = `${index + 1}. [${lang}] ${scenario.title}`;
  const started = Date.now();
  const tab = await Tab.open(browser, ctl.url, lang);
  try {
    await scenario.run({ ctl, tab, lang, t: TEXTS[lang] });
    return { name, ok: true, ms: Date.now() - started };
  } catch (e) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const shot = join(SCREENSHOTS, `FAILED-${index + 1}-${lang}.png`);
    await tab.page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
    const error = `${(e as Error).stack ?? String(e)}\n  (page: ${tab.page.url()}, screenshot: ${shot})`;
    return { name, ok: false, ms: Date.now() - started, error };
  } finally {
    await tab.close();
  }
}

/** The viewportSize check (e2e/viewport.ts): its own in-process sandboxes, French only. */
async function runViewport(browser: Browser): Promise<Result> {
  const name = `${SCENARIOS.length + 1}. [fr] viewportSize: a fixed frame clips the dialog, the real panel grows`;
  const started = Date.now();
  try {
    await checkViewportClipping(browser);
    const r = { name, ok: true, ms: Date.now() - started };
    console.log(`  ✓ ${r.name} (${(r.ms / 1000).toFixed(1)} s)`);
    return r;
  } catch (e) {
    const r = { name, ok: false, ms: Date.now() - started, error: (e as Error).stack ?? String(e) };
    console.log(`  ✗ ${r.name} (${(r.ms / 1000).toFixed(1)} s)\n      ${r.error.split('\n').join('\n      ')}`);
    return r;
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const only = process.env.E2E_ONLY; // e.g. E2E_ONLY=1,4 to run some scenarios while working on them
  const results: Result[] = [];
  // A failure screenshot from an earlier run would mislead.
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const f of readdirSync(SCREENSHOTS)) if (f.startsWith('FAILED-')) rmSync(join(SCREENSHOTS, f));
  let sandbox: RunningSandbox | undefined;
  let browser: Browser | undefined;
  const stopAll = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    await sandbox?.stop().catch(() => undefined);
  };
  // Ctrl+C must not leave a sandbox behind.
  for (const sig of ['SIGINT', 'SIGTERM'] as const)
    process.once(sig, () => void stopAll().finally(() => process.exit(130)));
  try {
    sandbox = await startSandbox();
    console.log(`e2e: sandbox at ${sandbox.url}; scenarios 1-${SCENARIOS.length}, each in French and English`);
    browser = await launchChromium();
    const ctl = new Control(sandbox.url);
    for (const lang of LANGS) {
      for (const [i, scenario] of SCENARIOS.entries()) {
        if (only && !only.split(',').includes(String(i + 1))) continue;
        const r = await runOne(browser, ctl, scenario, i, lang);
        results.push(r);
        console.log(`${r.ok ? '  ✓' : '  ✗'} ${r.name} (${(r.ms / 1000).toFixed(1)} s)`);
        if (r.error) console.log(`      ${r.error.split('\n').join('\n      ')}`);
      }
    }
    if (!only || only.split(',').includes('viewport')) results.push(await runViewport(browser));
  } catch (e) {
    console.error('e2e: could not run:', e);
    if (sandbox) console.error(`--- sandbox output ---\n${sandbox.log()}`);
    await stopAll();
    return 1;
  }
  await stopAll();
  const failed = results.filter((r) => !r.ok);
  console.log(
    `\ne2e: ${results.length} scenarios in ${((Date.now() - started) / 1000).toFixed(1)} s (screenshots in e2e/screenshots/)`,
  );
  if (results.length === 0) console.log('FAILED: no scenario ran (check E2E_ONLY).');
  if (failed.length > 0) {
    console.log('FAILED:');
    for (const f of failed) console.log(`  ✗ ${f.name}`);
  }
  // The last line is the plain summary CI reads: "N passed, N failed".
  console.log(`e2e: ${results.length - failed.length} passed, ${failed.length} failed`);
  return failed.length === 0 && results.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
