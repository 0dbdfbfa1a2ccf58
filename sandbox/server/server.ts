import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Sandbox } from '../index';
import type { ForgeHost } from '../host/forge-host';
import { serveApp } from './apps';
import { handleControl } from './control-api';
import { dashboardPage, gadgetExtension } from './dashboard';
import { cookies, HttpError, readJson, sendHtml, sendJson } from './http-util';
import { DEFAULT_PERSONA, indexPage, jiraPage, modulePage, outboxPage, portalPage, type PageContext } from './pages';

const ROOT = resolve(__dirname, '..', '..');

export interface ServerDeps {
  host: ForgeHost;
  port: number;
  saveClock: () => void;
}

/** The sandbox over HTTP: Jira/JSM REST at the real paths, the `/sandbox/*` control API, the Custom UIs and the pages. */
export async function startServer(
  sandbox: Sandbox,
  deps: ServerDeps,
): Promise<{ url: string; close(): Promise<void> }> {
  const personaOf = (req: IncomingMessage): string => {
    const wanted = cookies(req).persona;
    return wanted && sandbox.users().some((u) => u.accountId === wanted) ? wanted : DEFAULT_PERSONA;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (path.startsWith('/rest/')) {
      const header = req.headers['x-sandbox-account-id'];
      const accountId = typeof header === 'string' && header !== '' ? header : null;
      const body = method === 'GET' || method === 'HEAD' ? undefined : await readJson(req);
      const out = await sandbox.rest(accountId, method, `${path}${url.search}`, body);
      sendJson(res, out.status, out.body);
      return;
    }
    if (path.startsWith('/sandbox/')) {
      if (await handleControl({ sandbox, host: deps.host, saveClock: deps.saveClock }, req, res, path)) return;
      throw new HttpError(404, `unknown control route ${method} ${path}`);
    }
    if (path.startsWith('/apps/')) {
      serveApp(deps.host, ROOT, res, path.slice('/apps/'.length), () => {
        const moduleKey = url.searchParams.get('module') ?? '';
        const asParam = url.searchParams.get('as');
        const accountId = asParam && sandbox.users().some((u) => u.accountId === asParam) ? asParam : personaOf(req);
        const issueKey = url.searchParams.get('issue') ?? undefined;
        let extension: Record<string, unknown> = {};
        try {
          extension = moduleKey ? sandbox.extensionFor(moduleKey, issueKey) : {};
        } catch {
          // an unknown module or a missing issue: the app gets an empty extension, as a misconfigured page would
        }
        extension = gadgetExtension(sandbox, accountId, extension, url.searchParams.get('entryPoint'));
        // Sandbox only: show an app in the other language than the persona's (`?locale=` or the `locale` cookie).
        const locale = url.searchParams.get('locale') || cookies(req).locale || undefined;
        return { moduleKey, accountId, extension, clockNowMs: sandbox.clock.nowMs(), ...(locale ? { locale } : {}) };
      });
      return;
    }
    if (method !== 'GET') throw new HttpError(405, 'method not allowed');
    const pageLocale = cookies(req).locale;
    const ctx: PageContext = { sandbox, persona: personaOf(req), ...(pageLocale ? { locale: pageLocale } : {}) };
    const issueRoute = /^\/(portal|jira)\/([A-Za-z][A-Za-z0-9]*-\d+)\/?$/.exec(path);
    if (path === '/' || path === '/index.html') return sendHtml(res, 200, indexPage(ctx));
    if (issueRoute) {
      const page =
        issueRoute[1] === 'portal'
          ? await portalPage(ctx, issueRoute[2] as string)
          : await jiraPage(ctx, issueRoute[2] as string);
      return sendHtml(res, page.status, page.html);
    }
    if (path === '/admin') return sendHtml(res, 200, modulePage(ctx, 'admin-page', 'Escalade configuration'));
    if (path === '/queue') return sendHtml(res, 200, modulePage(ctx, 'escalations-queue', 'Escalations'));
    if (path === '/outbox') return sendHtml(res, 200, outboxPage(ctx));
    if (path === '/dashboard')
      return sendHtml(res, 200, dashboardPage(sandbox, ctx.persona, url.searchParams.has('edit')));
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    throw new HttpError(404, `no page at ${path}`);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (status === 500) console.error('sandbox: request failed', req.method, req.url, e);
      if (!res.headersSent) sendJson(res, status, { error: (e as Error)?.message ?? String(e) });
      else res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(deps.port, ok);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  return {
    url,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
