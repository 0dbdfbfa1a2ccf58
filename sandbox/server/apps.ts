import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ForgeHost } from '../host/forge-host';
import { bridgeScript, type FrameContext } from './bridge-script';
import { esc } from './html';
import { sendHtml } from './http-util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

function notBuilt(resource: string, dir: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{font:14px sans-serif;color:#ae2e24;padding:12px;margin:0}</style></head>
<body><strong>The Custom UI "${esc(resource)}" is not built.</strong><br>Expected <code>${esc(dir)}/index.html</code>. Run <code>npm run build:ui</code> (or <code>npm start</code>, which builds it).</body></html>`;
}

/**
 * Serves `/apps/<resource>/…` from the manifest resource's folder (the production build).
 * `index.html` gets the bridge script injected first in <head>; `__LOCALES__/` is served from the
 * host's locale copy, where `@forge/bridge`'s i18n fetches it.
 */
export function serveApp(
  host: ForgeHost,
  root: string,
  res: ServerResponse,
  rest: string,
  frame: () => FrameContext,
): void {
  const slash = rest.indexOf('/');
  const resource = slash < 0 ? rest : rest.slice(0, slash);
  let file = slash < 0 ? '' : rest.slice(slash + 1);
  const resourcePath = host.manifest.resources.get(resource);
  if (!resourcePath) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end(`unknown resource "${resource}"`);
    return;
  }
  const dir = resolve(root, resourcePath);
  if (file === '' || file === 'index.html') {
    const index = join(dir, 'index.html');
    if (!existsSync(index)) {
      sendHtml(res, 200, notBuilt(resource, resourcePath));
      return;
    }
    const html = readFileSync(index, 'utf8');
    const script = bridgeScript(frame());
    const injected = /<head[^>]*>/i.test(html)
      ? html.replace(/<head[^>]*>/i, (m) => `${m}\n${script}`)
      : `${script}\n${html}`;
    sendHtml(res, 200, injected);
    return;
  }
  let base = dir;
  if (file.startsWith('__LOCALES__/')) {
    base = join(host.appCodeDir, '__LOCALES__');
    file = file.slice('__LOCALES__/'.length);
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    decoded = file;
  }
  const target = normalize(join(base, decoded));
  if (target !== base && !target.startsWith(base + sep)) {
    res.writeHead(403);
    res.end();
    return;
  }
  if (!existsSync(target) || !statSync(target).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  res.end(readFileSync(target));
}
