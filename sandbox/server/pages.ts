import type { ServedSandbox } from './served-sandbox';
import { adfToText } from '../jira/adf';
import { esc, layout } from './html';
import { portalChrome } from './portal-chrome';
import { hostChrome, type HostChrome } from './host-chrome';
import { forgeIframeAttributes } from './iframe-policy';
import { MODULE_KEYS } from '../../src/contract';

type Json = Record<string, unknown>;

export const DEFAULT_PERSONA = 'customer-alice';

export interface PageContext {
  sandbox: ServedSandbox;
  persona: string;
  /** The `locale` cookie, when set: the portal page then speaks that language rather than the persona's. */
  locale?: string;
}

/** The host's words for this persona (their language, or the `locale` cookie's). */
function chromeOf(ctx: PageContext): HostChrome {
  return hostChrome(ctx.sandbox.users().find((u) => u.accountId === ctx.persona)?.locale, ctx.locale);
}

function frame(ctx: PageContext, title: string, body: string): string {
  return layout({
    title,
    persona: ctx.persona,
    users: ctx.sandbox.users(),
    now: ctx.sandbox.clock.now().toISOString(),
    timezone: ctx.sandbox.users().find((u) => u.accountId === ctx.persona)?.timezone,
    chrome: chromeOf(ctx),
    body,
  });
}

/**
 * Heights of a module that declares `viewportSize`. The docs say only that the property fixes the display size and
 * that removing it enables automatic resizing; they give no pixels, so these are the sandbox's (small on purpose).
 */
export const VIEWPORT_HEIGHTS: Record<string, number> = { small: 150, medium: 300, large: 500, xlarge: 700 };

/**
 * The Custom UI iframe of a module, as the persona (the iframe URL carries module, issue and persona). A module
 * with `viewportSize` gets a fixed height and its resize requests are ignored; content taller than that is clipped.
 */
function appFrame(ctx: PageContext, moduleKey: string, issueKey?: string): string {
  const resource = ctx.sandbox.resourceOf(moduleKey) ?? moduleKey;
  const q = new URLSearchParams({ module: moduleKey, as: ctx.persona });
  if (issueKey) q.set('issue', issueKey);
  const size = ctx.sandbox.viewportSize(moduleKey);
  const fixed = size
    ? ` data-viewport-size="${esc(size)}" style="height:${VIEWPORT_HEIGHTS[size] ?? VIEWPORT_HEIGHTS.medium}px;min-height:0;overflow:hidden" scrolling="no"`
    : '';
  return `<iframe class="app" data-module="${esc(moduleKey)}" title="${esc(moduleKey)}"${fixed}${forgeIframeAttributes()} src="/apps/${esc(resource)}/index.html?${esc(q.toString())}"></iframe>`;
}

/** "(1 email)", "(3 emails)": the sandbox's own English pages pluralise too. */
function emailCount(n: number): string {
  return new Intl.PluralRules('en-US').select(n) === 'one' ? `${n} email` : `${n} emails`;
}

function lozenge(category: unknown, name: unknown): string {
  const c = String(category ?? '').toLowerCase();
  return `<span class="lozenge ${esc(c)}">${esc(name)}</span>`;
}

function when(value: unknown): string {
  if (value && typeof value === 'object') {
    const v = value as Json;
    return esc(v.friendly ?? v.iso8601 ?? '');
  }
  return esc(
    String(value ?? '')
      .replace('T', ' ')
      .slice(0, 16),
  );
}

export function indexPage(ctx: PageContext): string {
  const rows = ctx.sandbox.jira
    .requests()
    .map(
      (r) => `<tr><td><strong>${esc(r.key)}</strong></td><td>${esc(r.summary)}</td><td>${esc(r.requestType)}</td>
<td>${lozenge(r.statusCategory, r.status)}</td><td>${esc(r.reporter)}</td>
<td><a href="/portal/${esc(r.key)}">Portal</a> · <a href="/jira/${esc(r.key)}">Jira</a></td></tr>`,
    )
    .join('');
  const personas = ctx.sandbox
    .users()
    .filter((u) => u.accountType !== 'app')
    .map(
      (u) =>
        `<li><code>${esc(u.accountId)}</code> ${esc(u.displayName)}, ${esc(u.accountType)}, ${esc(u.locale)}${u.groups.length ? `, ${esc(u.groups.join(', '))}` : ''}</li>`,
    )
    .join('');
  return frame(
    ctx,
    'Requests',
    `<div class="card"><h1>Seeded requests</h1>
<p class="muted">You are <strong>${esc(ctx.persona)}</strong>. Change persona in the bar above. Customers see only their own requests on the portal.</p>
<table><thead><tr><th>Key</th><th>Summary</th><th>Type</th><th>Status</th><th>Reporter</th><th>Views</th></tr></thead><tbody>${rows}</tbody></table></div>
<div class="card"><h2>Views</h2><p><a href="/admin">Admin page</a> · <a href="/queue">Escalations queue</a> · <a href="/dashboard">Dashboard</a> · <a href="/outbox">Outbox</a> (${emailCount(ctx.sandbox.outbox().length)})</p>
<h2>Personas</h2><ul>${personas}</ul></div>`,
  );
}

/** JSM answers 404 for a request the user may not see; the page says 403 when the request exists. */
function refusal(ctx: PageContext, key: string, status: number): { status: number; html: string } {
  const exists = ctx.sandbox.jira.requests().some((r) => r.key === key.toUpperCase());
  return { status: exists ? 403 : 404, html: forbidden(ctx, key, status) };
}

function forbidden(ctx: PageContext, key: string, status: number): string {
  const t = chromeOf(ctx).text;
  return frame(
    ctx,
    t.notAvailable,
    `<div class="card" data-testid="forbidden"><h1>${esc(t.cannotView)}</h1>
<p>${esc(t.cannotViewWhy(key, ctx.persona, status))}</p><p><a href="/">${esc(t.back)}</a></p></div>`,
  );
}

export async function portalPage(ctx: PageContext, key: string): Promise<{ status: number; html: string }> {
  const { sandbox, persona } = ctx;
  const req = await sandbox.rest(
    persona,
    'GET',
    `/rest/servicedeskapi/request/${encodeURIComponent(key)}?expand=participant,status,requestType`,
  );
  if (req.status !== 200) return refusal(ctx, key, req.status);
  const r = req.body as Json;
  const comments = await sandbox.rest(
    persona,
    'GET',
    `/rest/servicedeskapi/request/${encodeURIComponent(key)}/comment`,
  );
  const values = ((comments.body as Json | undefined)?.values ?? []) as Json[];
  const fields = (r.requestFieldValues ?? []) as Json[];
  const summary = fields.find((f) => f.fieldId === 'summary')?.value ?? '';
  const description = fields.find((f) => f.fieldId === 'description')?.value ?? '';
  const status = (r.currentStatus ?? {}) as Json;
  const requestType = (r.requestType ?? {}) as Json;
  const c = portalChrome(sandbox, persona, ctx.locale);
  const t = c.text;
  const activity = values
    .map((cm) => {
      const author = (cm.author ?? {}) as Json;
      return `<div class="comment" data-comment-id="${esc(cm.id)}"><div class="meta"><strong>${esc(author.displayName ?? author.accountId)}</strong> · <span data-testid="comment-date">${esc(c.date(cm.created))}</span></div><pre>${esc(cm.body)}</pre></div>`;
    })
    .join('');
  const html = frame(
    ctx,
    `${key} · ${c.portalName}`,
    `<nav class="portal-crumbs muted" data-testid="portal-crumbs"><a href="/">${esc(c.portalName)}</a> / ${esc(t.requests)} / ${esc(key)}</nav>
<div class="cols portal" lang="${esc(c.locale)}"><section><div class="card"><h1>${esc(summary)}</h1><pre>${esc(description)}</pre></div>
<div class="card"><h2>${t.activity}</h2>${activity || `<p class="muted">${t.noActivity}</p>`}
<form id="comment-form"><label for="comment-body" class="muted">${t.addComment}</label><textarea id="comment-body" required></textarea>
<button class="primary" type="submit">${t.send}</button> <span id="comment-error" class="error"></span></form></div></section>
<aside><div class="card"><p>${t.status}<br><span data-testid="portal-status">${lozenge(status.statusCategory, c.status(status.status))}</span></p><p>${t.requestType}<br><strong data-testid="portal-request-type">${esc(c.requestType(requestType.id, requestType.name))}</strong></p>
<p class="muted">${t.raisedBy} ${esc(((r.reporter ?? {}) as Json).displayName)}</p></div>
<div class="card">${appFrame(ctx, MODULE_KEYS.portal, key)}</div></aside></div>
<script>
document.getElementById('comment-form').addEventListener('submit', function (e) {
  e.preventDefault();
  fetch('/rest/servicedeskapi/request/' + ${JSON.stringify(encodeURIComponent(key))} + '/comment', {
    method: 'POST', headers: { 'content-type': 'application/json', 'X-Sandbox-Account-Id': ${JSON.stringify(persona).replace(/</g, '\\u003c')} },
    body: JSON.stringify({ body: document.getElementById('comment-body').value, public: true })
  }).then(function (r) { if (r.ok) location.reload(); else r.text().then(function (t) { document.getElementById('comment-error').textContent = 'Error ' + r.status + ': ' + t; }); });
});
</script>`,
  );
  return { status: 200, html };
}

export async function jiraPage(ctx: PageContext, key: string): Promise<{ status: number; html: string }> {
  const { sandbox, persona } = ctx;
  const res = await sandbox.rest(persona, 'GET', `/rest/api/3/issue/${encodeURIComponent(key)}`);
  if (res.status !== 200) return refusal(ctx, key, res.status);
  const issue = res.body as Json;
  const f = (issue.fields ?? {}) as Json;
  const comments = await sandbox.rest(persona, 'GET', `/rest/api/3/issue/${encodeURIComponent(key)}/comment`);
  const list = ((comments.body as Json | undefined)?.comments ?? []) as Json[];
  const t = chromeOf(ctx).text;
  const person = (v: unknown): string => esc(((v ?? {}) as Json).displayName ?? t.unassigned);
  const status = (f.status ?? {}) as Json;
  const category = ((status.statusCategory ?? {}) as Json).key;
  const opt = (v: unknown): string => esc(((v ?? {}) as Json).value ?? '—');
  // Dates in the agent's language and time zone, as Jira shows them.
  const date = portalChrome(sandbox, persona, ctx.locale).date;
  const activity = list
    .map((c) => {
      const internal = c.jsdPublic === false;
      return `<div class="comment${internal ? ' internal' : ''}" data-comment-id="${esc(c.id)}"><div class="meta"><strong>${person(c.author)}</strong> · ${esc(date(c.created))}${internal ? ` · <strong>${esc(t.internalNote)}</strong>` : ` · ${esc(t.replyToCustomer)}`}</div><pre>${esc(adfToText(c.body))}</pre></div>`;
    })
    .join('');
  const html = frame(
    ctx,
    `${key} · Jira`,
    `<p class="muted">${esc(t.projects)} / Support / ${esc(key)}</p>
<div class="cols"><section><div class="card"><h1>${esc(f.summary)}</h1><pre>${esc(adfToText(f.description))}</pre></div>
<div class="card">${appFrame(ctx, MODULE_KEYS.agent, key)}</div>
<div class="card"><h2>${esc(t.activity)}</h2>${activity || `<p class="muted">${esc(t.noComments)}</p>`}
<form id="comment-form"><textarea id="comment-body" required aria-label="${esc(t.comment)}"></textarea>
<label><input type="checkbox" id="comment-internal" checked> ${esc(t.internalNote)}</label> <button class="primary" type="submit">${esc(t.save)}</button> <span id="comment-error" class="error"></span></form></div></section>
<aside><div class="card" data-testid="jira-fields"><p>${esc(t.status)}<br>${lozenge(category, status.name)}</p>
<p>${esc(t.assignee)}<br><strong>${person(f.assignee)}</strong></p><p>${esc(t.reporter)}<br>${person(f.reporter)}</p>
<p>${esc(t.priority)}<br>${esc(((f.priority ?? {}) as Json).name ?? '—')}</p>
<p>${esc(t.impact)}<br>${opt(f.customfield_10050)}</p><p>${esc(t.urgency)}<br>${opt(f.customfield_10051)}</p>
<p>${esc(t.labels)}<br>${esc(((f.labels ?? []) as string[]).join(', ') || '—')}</p></div></aside></div>
<script>
document.getElementById('comment-form').addEventListener('submit', function (e) {
  e.preventDefault();
  var text = document.getElementById('comment-body').value;
  var internal = document.getElementById('comment-internal').checked;
  var body = { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: text }] }] } };
  if (internal) body.properties = [{ key: 'sd.public.comment', value: { internal: true } }];
  fetch('/rest/api/3/issue/' + ${JSON.stringify(encodeURIComponent(key))} + '/comment', {
    method: 'POST', headers: { 'content-type': 'application/json', 'X-Sandbox-Account-Id': ${JSON.stringify(persona).replace(/</g, '\\u003c')} },
    body: JSON.stringify(body)
  }).then(function (r) { if (r.ok) location.reload(); else r.text().then(function (t) { document.getElementById('comment-error').textContent = 'Error ' + r.status + ': ' + t; }); });
});
</script>`,
  );
  return { status: 200, html };
}

/** A full-page module under the title its manifest declares (`title: { i18n }`), in the persona's language. */
export function modulePage(ctx: PageContext, moduleKey: 'admin-page' | 'escalations-queue'): string {
  const title = chromeOf(ctx).moduleTitle(moduleKey === 'admin-page' ? 'admin' : 'queue');
  return frame(ctx, title, `<div class="card"><h1>${esc(title)}</h1>${appFrame(ctx, moduleKey)}</div>`);
}

export function outboxPage(ctx: PageContext): string {
  const mails = ctx.sandbox.outbox().slice().reverse();
  const items = mails
    .map(
      (m, i) => `<div class="card" data-testid="email"><h2>${esc(m.subject)}</h2>
<p class="muted">${esc(m.issueKey)} · ${when(m.at)} · to ${m.to.map((t) => `${esc(t.accountId)} &lt;${esc(t.emailAddress)}&gt;`).join(', ')}</p>
<details open><summary>HTML</summary><iframe sandbox="allow-same-origin" class="email-preview" title="email ${i + 1}" style="width:100%;min-height:120px;border:1px solid #eee" srcdoc="${esc(m.htmlBody)}"></iframe></details>
<details><summary>Text</summary><pre>${esc(m.textBody)}</pre></details></div>`,
    )
    .join('');
  // Each preview grows to its content (no scripts run inside: the sandbox only lets the page measure it).
  const fit = `<script>document.querySelectorAll('iframe.email-preview').forEach(function (f) {
  function fit() { var d = f.contentDocument; if (d && d.documentElement) f.style.height = (d.documentElement.scrollHeight + 4) + 'px'; }
  f.addEventListener('load', fit); fit();
});</script>`;
  return frame(ctx, 'Outbox', `<h1>Outbox</h1>${items || '<div class="card muted">No email sent yet.</div>'}${fit}`);
}
