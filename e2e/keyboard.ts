/**
 * Keyboard checks shared by the scenarios: where focus is, that it moves into a dialog or an inline form, that Tab
 * and Shift+Tab stay inside a dialog, that Escape closes it and that focus goes back to what opened it.
 */
import type { Locator, Page } from 'playwright-core';
import { assert } from './browser';

/** A short description of the focused element of `within`'s document, for failure messages. */
function focused(within: Locator): Promise<string> {
  return within.evaluate((el) => {
    const a = el.ownerDocument.activeElement;
    if (!a) return 'nothing';
    const id = a.id ? `#${a.id}` : '';
    const testId = a.getAttribute('data-testid');
    return `${a.tagName.toLowerCase()}${id}${testId ? `[data-testid=${testId}]` : ''} "${(a.textContent ?? '').trim().slice(0, 40)}"`;
  });
}

export async function hasFocus(el: Locator): Promise<boolean> {
  return el.evaluate((e) => e === e.ownerDocument.activeElement);
}

export async function focusInside(container: Locator): Promise<boolean> {
  return container.evaluate((e) => e.contains(e.ownerDocument.activeElement));
}

/** Polls (focus moves after a render) until `el` has focus. */
export async function expectFocus(el: Locator, what: string, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await hasFocus(el))) {
    if (Date.now() > end) throw new Error(`focus should be on ${what}; it is on ${await focused(el)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function expectFocusInside(container: Locator, what: string, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await focusInside(container))) {
    if (Date.now() > end) throw new Error(`focus should be inside ${what}; it is on ${await focused(container)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Presses Tab, then Shift+Tab, more times than the dialog has controls: focus must stay inside and go round
 * (at least two distinct elements visited each way).
 */
export async function expectTabTrapped(page: Page, dialog: Locator, what: string, presses = 12): Promise<void> {
  for (const key of ['Tab', 'Shift+Tab']) {
    const seen = new Set<string>();
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(key);
      assert(await focusInside(dialog), `${key} #${i + 1} left ${what}: focus on ${await focused(dialog)}`);
      seen.add(await focused(dialog));
    }
    assert(seen.size >= 2, `${key} did not move focus inside ${what} (${[...seen].join(', ')})`);
  }
}

/** The whole dialog path from a focused opener: Enter opens, focus inside, Tab trapped, Escape closes, focus back. */
export async function expectDialogKeyboard(page: Page, opener: Locator, dialog: Locator, what: string): Promise<void> {
  await opener.focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await expectFocusInside(dialog, what);
  await expectTabTrapped(page, dialog, what);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expectFocus(opener, `the control that opened ${what}`);
}
