/**
 * The sandbox's Jira dashboard: one dashboard per persona holding the `escalade-gadget`, in view or edit mode.
 *
 * As documented (manifest-reference/modules/jira-dashboard-gadget): the gadget's context carries
 * `extension.gadgetConfiguration` (what the edit mode last submitted), `dashboard.id`, `gadget.id`, and
 * `extension.entryPoint === 'edit'` in the edit mode, which saves with the bridge's `view.submit(payload)`
 * (apis-reference/ui-api-bridge/view, "submit"). A `submit` from anywhere else answers false, which
 * `@forge/bridge` turns into "this resource's view is not submittable". The docs do not say how Jira checks the
 * submitted object; the sandbox stores any JSON object and refuses anything else. Configurations live in memory
 * (per sandbox), so they do not survive a restart of `npm start`, unlike the rest of the sandbox's data.
 */
import { hostChrome } from './host-chrome';
import type { ServedSandbox as Sandbox } from './served-sandbox';
import { esc, layout } from './html';
import { forgeIframeAttributes } from './iframe-policy';

export const GADGET_MODULE = 'escalade-gadget';
const GADGET_TYPE = 'jira:dashboardGadget';

const saved = new WeakMap<Sandbox, Map<string, Record<string, unknown>>>();

function store(sandbox: Sandbox): Map<string, Record<string, unknown>> {
  let map = saved.get(sandbox);
  if (!map) {
    map = new Map();
    saved.set(sandbox, map);
  }
  return map;
}

export function gadgetConfiguration(sandbox: Sandbox, accountId: string): Record<string, unknown> {
  return store(sandbox).get(accountId) ?? {};
}

/** The gadget's extension for a persona: the saved configuration, and the entry point in edit mode. */
export function gadgetExtension(
  sandbox: Sandbox,
  accountId: string,
  extension: Record<string, unknown>,
  entryPoint: string | null,
): Record<string, unknown> {
  if (extension.type !== GADGET_TYPE) return extension;
  return {
    ...extension,
    gadgetConfiguration: gadgetConfiguration(sandbox, accountId),
    ...(entryPoint === 'edit' ? { entryPoint: 'edit' } : {}),
  };
}

/** The bridge's `submit`: true (and saved) only from a gadget's edit mode, with a JSON object. */
export function submitGadget(sandbox: Sandbox, accountId: unknown, extension: unknown, payload: unknown): boolean {
  const ext = (typeof extension === 'object' && extension !== null ? extension : {}) as Record<string, unknown>;
  if (ext.type !== GADGET_TYPE || ext.entryPoint !== 'edit' || typeof accountId !== 'string') return false;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return false;
  store(sandbox).set(accountId, JSON.parse(JSON.stringify(payload)) as Record<string, unknown>);
  return true;
}

export function dashboardPage(sandbox: Sandbox, persona: string, edit: boolean, locale?: string): string {
  const chrome = hostChrome(sandbox.users().find((u) => u.accountId === persona)?.locale, locale);
  const t = chrome.text;
  const q = new URLSearchParams({ module: GADGET_MODULE, as: persona });
  if (edit) q.set('entryPoint', 'edit');
  const toggle = edit
    ? `<a href="/dashboard" data-testid="dashboard-cancel">${esc(t.cancel)}</a>`
    : `<a href="/dashboard?edit=1" data-testid="dashboard-edit">${esc(t.editGadget)}</a>`;
  const body = `<h1>${esc(t.dashboard)}</h1><div class="card" data-testid="dashboard-gadget">
<p>${toggle}</p>
<iframe class="app" data-module="${GADGET_MODULE}" title="${GADGET_MODULE}"${forgeIframeAttributes()} src="/apps/gadget/index.html?${esc(q.toString())}"></iframe>
</div>
<script>
window.addEventListener('message', function (e) {
  if (e.origin === location.origin && e.data && e.data.type === 'sandbox-bridge' && e.data.name === 'submit') location.href = '/dashboard';
});
</script>`;
  return layout({
    title: t.dashboard,
    persona,
    users: sandbox.users(),
    now: sandbox.clock.now().toISOString(),
    timezone: sandbox.users().find((u) => u.accountId === persona)?.timezone,
    chrome,
    body,
  });
}
