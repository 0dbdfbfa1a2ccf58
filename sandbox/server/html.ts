import { clockReadings, type HostChrome } from './host-chrome';

/** Escapes text for HTML element content and quoted attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON safe to embed inside a <script> element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value ?? null)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface LayoutUser {
  accountId: string;
  displayName: string;
  accountType: string;
}

const CSS = `
*{box-sizing:border-box}body{margin:0;font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif;color:#172b4d;background:#f7f8f9}
header.top{display:flex;gap:16px;align-items:center;padding:8px 20px;background:#0c66e4;color:#fff;flex-wrap:wrap}
header.top a{color:#fff;text-decoration:none;font-weight:600}header.top .grow{flex:1}
header.top select,header.top button{font:inherit}
.clock{display:flex;flex-wrap:wrap;gap:6px;align-items:center;background:rgba(255,255,255,.15);padding:4px 8px;border-radius:6px}
.clock button{border:0;border-radius:4px;padding:2px 8px;cursor:pointer;background:#fff;color:#0c66e4}
main{max-width:1200px;margin:24px auto;padding:0 20px}
.card{background:#fff;border:1px solid #dcdfe4;border-radius:8px;padding:16px 20px;margin-bottom:16px}
.cols{display:grid;grid-template-columns:minmax(0,2fr) minmax(300px,1fr);gap:24px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eee;vertical-align:top}
.lozenge{display:inline-block;padding:0 6px;border-radius:3px;font-size:11px;font-weight:700;text-transform:uppercase;background:#dfe1e6}
.lozenge.new{background:#dfe1e6}.lozenge.indeterminate{background:#cce0ff;color:#0747a6}.lozenge.done{background:#dcfff1;color:#216e4e}
.comment{border-top:1px solid #eee;padding:10px 0}.comment .meta{color:#626f86;font-size:12px}
.internal{background:#fff7d6;border-left:3px solid #f5cd47;padding-left:8px}
textarea{width:100%;min-height:80px;font:inherit;padding:8px}button.primary{background:#0c66e4;color:#fff;border:0;border-radius:4px;padding:6px 12px;cursor:pointer}
iframe.app{width:100%;border:0;display:block;min-height:80px}
.muted{color:#626f86}.error{color:#ae2e24}
pre{white-space:pre-wrap;word-break:break-word;font:inherit;margin:0}
@media (max-width:640px){main{margin:12px auto;padding:0 12px}.cols{grid-template-columns:minmax(0,1fr);gap:0}
.cols>aside{order:-1}header.top{gap:8px;padding:8px 12px}.card{padding:12px 14px}
.cols.portal>section{display:contents}.cols.portal>section>.card:first-child{order:-2}}
`;

/** The persona picker's options (every persona but the app). */
function personaOptions(users: LayoutUser[], persona: string): string {
  return users
    .filter((u) => u.accountType !== 'app')
    .map(
      (u) =>
        `<option value="${esc(u.accountId)}"${u.accountId === persona ? ' selected' : ''}>${esc(u.displayName)} (${esc(u.accountType)})</option>`,
    )
    .join('');
}

/** The clock: the persona's time with their zone in words, then UTC, and the buttons that move it. */
function clock(now: string, chrome: HostChrome, timezone: string | undefined): string {
  const t = chrome.text;
  const read = clockReadings(now, chrome.lang, timezone);
  const utc = read.utc ? ` · <span data-testid="utc-clock">${esc(read.utc)}</span>` : '';
  return `<span class="clock" data-testid="sandbox-clock">${esc(t.clock)} <time id="clock-now" datetime="${esc(now)}" data-testid="persona-clock">${esc(read.persona)}</time>${utc}
    <button type="button" data-advance="60">${esc(t.plusHour)}</button><button type="button" data-advance="1440">${esc(t.plusDay)}</button><button type="button" data-advance="10080">${esc(t.plusWeek)}</button></span>`;
}

function topBar(opts: LayoutOptions): string {
  const t = opts.chrome.text;
  return `<header class="top">
  <a href="/">${esc(t.sandbox)}</a><a href="/admin">${esc(t.admin)}</a><a href="/queue">${esc(t.queue)}</a><a href="/outbox">${esc(t.outbox)}</a>
  <span class="grow"></span>
  <label>${esc(t.persona)} <select id="persona" aria-label="${esc(t.persona)}">${personaOptions(opts.users, opts.persona)}</select></label>
  ${clock(opts.now, opts.chrome, opts.timezone)}
</header>`;
}

export interface LayoutOptions {
  title: string;
  persona: string;
  users: LayoutUser[];
  now: string;
  /** The persona's IANA zone: the clock reads in it (and in UTC), as the apps show the persona's time. */
  timezone?: string;
  /** The host's words in the persona's language. */
  chrome: HostChrome;
  body: string;
}

/** The page frame: navigation, persona switcher and the sandbox clock with its buttons, in the persona's language. */
export function layout(opts: LayoutOptions): string {
  return `<!doctype html>
<html lang="${esc(opts.chrome.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(opts.title)} · ${esc(opts.chrome.text.sandbox)}</title><style>${CSS}</style></head>
<body>
${topBar(opts)}
<main>${opts.body}</main>
<script>${HOST_SCRIPT}</script>
</body></html>`;
}

/** The page's script: persona switch, clock buttons, and what Custom UI iframes ask of the host page. */
const HOST_SCRIPT = `
document.getElementById('persona').addEventListener('change', function (e) {
  document.cookie = 'persona=' + encodeURIComponent(e.target.value) + '; path=/; SameSite=Lax';
  location.reload();
});
document.querySelectorAll('[data-advance]').forEach(function (b) {
  b.addEventListener('click', function () {
    fetch('/sandbox/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMinutes: Number(b.dataset.advance) }) })
      .then(function () { location.reload(); });
  });
});
// Custom UI iframes talk to the page for what only the page can do: size, flags, close, navigation.
window.addEventListener('message', function (e) {
  if (e.origin !== location.origin || !e.data || e.data.type !== 'sandbox-bridge') return;
  var frame = Array.prototype.find.call(document.querySelectorAll('iframe.app'), function (f) { return f.contentWindow === e.source; });
  var msg = e.data;
  // A module with viewportSize keeps its fixed height (Forge: remove viewportSize to enable automatic resizing).
  if (msg.name === 'resize' && frame && !frame.dataset.viewportSize && msg.payload && msg.payload.height) frame.style.height = Math.ceil(msg.payload.height) + 'px';
  if (msg.name === 'showFlag' && msg.payload) {
    var box = document.getElementById('flags') || document.body.appendChild(Object.assign(document.createElement('div'), { id: 'flags' }));
    box.style.cssText = 'position:fixed;left:20px;bottom:20px;display:flex;flex-direction:column;gap:8px;z-index:10';
    var flag = document.createElement('div');
    flag.setAttribute('role', 'status');
    flag.dataset.flagId = String(msg.payload.id);
    flag.style.cssText = 'background:#fff;border:1px solid #dcdfe4;box-shadow:0 4px 8px rgba(0,0,0,.15);border-radius:6px;padding:10px 14px;max-width:360px';
    var t = document.createElement('strong'); t.textContent = msg.payload.title || ''; flag.appendChild(t);
    if (msg.payload.description) { var d = document.createElement('div'); d.textContent = msg.payload.description; flag.appendChild(d); }
    box.appendChild(flag);
    setTimeout(function () { flag.remove(); }, 8000);
  }
  if (msg.name === 'closeFlag' && msg.payload) document.querySelectorAll('[data-flag-id]').forEach(function (f) { if (f.dataset.flagId === String(msg.payload.id)) f.remove(); });
  if (msg.name === 'close' && frame) frame.style.display = 'none';
  // router.navigate / router.open: same-tab URLs replace the page, new-tab ones open a tab (site-relative only).
  if (msg.name === 'navigate' && msg.payload && typeof msg.payload.url === 'string' && msg.payload.url.charAt(0) === '/') {
    if (msg.payload.type === 'new-tab') window.open(msg.payload.url, '_blank', 'noopener'); else location.href = msg.payload.url;
  }
});
`;
