import { scriptJson } from './html';

export interface FrameContext {
  moduleKey: string;
  accountId: string;
  extension: Record<string, unknown>;
  /** Overrides the persona's locale (`?locale=` or the `locale` cookie). */
  locale?: string;
  /** The sandbox clock when the page was served: the frame's `Date` follows it, as the server's does. */
  clockNowMs?: number;
}

/**
 * The script injected at the top of a Custom UI page, before the bundle, so that `@forge/bridge`
 * finds `globalThis.__bridge.callBridge` when it loads. `invoke` and `getContext` go to the server
 * (`POST /sandbox/bridge`, the same path as `/sandbox/invoke`); size, flags, close and the router's
 * navigate/open go to the parent page. Unsupported calls reject with a clear message.
 */
/** The frame's `Date` follows the sandbox clock (`ctx.clockNowMs`). */
const CLOCK_PATCH = `
  // The sandbox clock is the site's time: "today" in a Custom UI agrees with the app's and Jira's dates, also after
  // the clock was moved (on a real site the browser's clock and Atlassian's agree). Only new Date() and Date.now().
  if (typeof ctx.clockNowMs === 'number') {
    var RealDate = Date;
    var offset = ctx.clockNowMs - RealDate.now();
    globalThis.Date = class SandboxDate extends RealDate {
      constructor(...args) { if (args.length === 0) super(RealDate.now() + offset); else super(...args); }
      static now() { return RealDate.now() + offset; }
    };
  }`;

/** `toParent` posts to the host page; `toServer` calls `POST /sandbox/bridge` with the frame's module and persona. */
const CHANNELS = `
  function toParent(name, payload) {
    if (window.parent === window) return;
    try { window.parent.postMessage({ type: 'sandbox-bridge', name: name, payload: JSON.parse(JSON.stringify(payload === undefined ? null : payload)) }, location.origin); } catch (e) { /* not cloneable */ }
  }
  function toServer(name, payload) {
    return fetch('/sandbox/bridge', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: name, payload: payload === undefined ? null : payload, moduleKey: ctx.moduleKey, accountId: ctx.accountId, extension: ctx.extension, locale: ctx.locale })
    }).then(function (r) { return r.json(); }).then(function (r) {
      if (!r.ok) { var err = new Error((r.error && r.error.message) || 'bridge call failed'); err.code = r.error && r.error.code; throw err; }
      return r.result;
    });
  }`;

/** What `@forge/bridge` calls: invoke and getContext to the server, size and flags to the parent. */
const CALL_BRIDGE = `
  globalThis.__bridge = {
    callBridge: function (name, payload) {
      switch (name) {
        case 'invoke':
        case 'getContext':
          return toServer(name, payload);
        case 'submit':
          // A dashboard gadget's edit mode saves its configuration; the page then shows the gadget again.
          return toServer(name, payload).then(function (ok) { if (ok) toParent(name, payload); return ok; });
        case 'navigate':
          // @forge/bridge's router.navigate / router.open: the page navigates (the frame may not: Forge's iframe
          // has no allow-top-navigation and no allow-popups). Site-relative URLs only, no NavigationLocation targets.
          if (!payload || typeof payload.url !== 'string' || payload.url.charAt(0) !== '/')
            return Promise.reject(new Error('The Escalade sandbox bridge navigates to site-relative URLs only'));
          toParent('navigate', payload);
          return Promise.resolve(true);
        case 'resize':
        case 'showFlag':
        case 'closeFlag':
        case 'close':
          toParent(name, payload);
          return Promise.resolve(true);
        case 'enableTheming':
        case 'emitReadyEvent':
        case 'changeWindowTitle':
        case 'refresh':
          return Promise.resolve(true);
        default:
          return Promise.reject(new Error('The Escalade sandbox bridge does not support "' + name + '"'));
      }
    }
  };`;

/** Reports the body's height to the parent whenever it changes, as the product's iframe resizer does. */
const AUTO_RESIZE = `
  function height() {
    var b = document.body;
    return b ? Math.ceil(Math.max(b.scrollHeight, b.getBoundingClientRect().bottom)) : 0;
  }
  var last = 0;
  function report() { var h = height(); if (h && h !== last) { last = h; toParent('resize', { height: h }); } }
  function watch() {
    report();
    if (typeof ResizeObserver === 'function') new ResizeObserver(report).observe(document.body);
    setInterval(report, 500);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch); else watch();`;

export function bridgeScript(ctx: FrameContext): string {
  return `<script>
(function () {
  var ctx = ${scriptJson(ctx)};
${CLOCK_PATCH}
${CHANNELS}
${CALL_BRIDGE}
${AUTO_RESIZE}
})();
</script>`;
}
