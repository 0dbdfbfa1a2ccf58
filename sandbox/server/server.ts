import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { ServedSandbox } from './served-sandbox';
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

type Handle = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

const personaOf = (sandbox: ServedSandbox, req: IncomingMessage): string => {
  const wanted = cookies(req).persona;
  return wanted && sandbox.users().some((u) => u.accountId === wanted) ? wanted : DEFAULT_PERSONA;
};

/** Jira/JSM REST at the real paths, as the user named by X-Sandbox-Account-Id. */
const restHandler =
  (sandbox: ServedSandbox): Handle =>
  async (req, res, url) => {
    const method = req.method ?? 'GET';
    const header = req.headers['x-sandbox-account-id'];
    const accountId = typeof header === 'string' && header !== '' ? header : null;
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readJson(req);
    const out = await sandbox.rest(accountId, method, `${url.pathname}${url.search}`, body);
    sendJson(res, out.status, out.body);
  };

/** A Custom UI app in its frame, with the bridge context of the module, persona and issue the query names. */
const appHandler =
  (sandbox: ServedSandbox, host: ForgeHost): Handle =>
  async (req, res, url) => {
    serveApp(host, ROOT, res, url.pathname.slice('/apps/'.length), () => {
      const moduleKey = url.searchParams.get('module') ?? '';
      const asParam = url.searchParams.get('as');
      const known = asParam && sandbox.users().some((u) => u.accountId === asParam);
      const accountId = known ? asParam : personaOf(sandbox, req);
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
  };

/** The sandbox's own pages: persona picker, portal and Jira views of a request, admin, queue, outbox. */
const pageHandler =
  (sandbox: ServedSandbox): Handle =>
  async (req, res, url) => {
    const path = url.pathname;
    if (req.method !== 'GET') throw new HttpError(405, 'method not allowed');
    const pageLocale = cookies(req).locale;
    const ctx: PageContext = {
      sandbox,
      persona: personaOf(sandbox, req),
      ...(pageLocale ? { locale: pageLocale } : {}),
    };
    // `/browse/{key}` is Jira's own issue URL (the queue's links and the emails use it): the Jira page.
    const issueRoute = /^\/(portal|jira|browse)\/([A-Za-z][A-Za-z0-9]*-\d+)\/?$/.exec(path);
    if (path === '/' || path === '/index.html') return sendHtml(res, 200, indexPage(ctx));
    if (issueRoute) {
      const key = issueRoute[2] as string;
      const page = issueRoute[1] === 'portal' ? await portalPage(ctx, key) : await jiraPage(ctx, key);
      return sendHtml(res, page.status, page.html);
    }
    if (path === '/admin') return sendHtml(res, 200, modulePage(ctx, 'admin-page'));
    if (path === '/queue') return sendHtml(res, 200, modulePage(ctx, 'escalations-queue'));
    if (path === '/outbox') return sendHtml(res, 200, outboxPage(ctx));
    if (path === '/dashboard')
      return sendHtml(res, 200, dashboardPage(sandbox, ctx.persona, url.searchParams.has('edit'), ctx.locale));
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    throw new HttpError(404, `no page at ${path}`);
  };

/** The sandbox over HTTP: Jira/JSM REST at the real paths, the `/sandbox/*` control API, the Custom UIs and the pages. */
export async function startServer(
  sandbox: ServedSandbox,
  deps: ServerDeps,
): Promise<{ url: string; close(): Promise<void> }> {
  const rest = restHandler(sandbox);
  const apps = appHandler(sandbox, deps.host);
  const pages = pageHandler(sandbox);
  const control: Handle = async (req, res, url) => {
    const controlDeps = { sandbox, host: deps.host, saveClock: deps.saveClock };
    if (await handleControl(controlDeps, req, res, url.pathname)) return;
    throw new HttpError(404, `unknown control route ${req.method ?? 'GET'} ${url.pathname}`);
  };
  const handle: Handle = (req, res, url) => {
    const path = url.pathname;
    if (path.startsWith('/rest/')) return rest(req, res, url);
    if (path.startsWith('/sandbox/')) return control(req, res, url);
    if (path.startsWith('/apps/')) return apps(req, res, url);
    return pages(req, res, url);
  };
  const server = createServer((req, res) => {
    handle(req, res, new URL(req.url ?? '/', 'http://sandbox')).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (status === 500) console.error('sandbox: request failed', req.method, req.url, e);
      if (!res.headersSent) sendJson(res, status, { error: (e as Error)?.message ?? String(e) });
      else res.end();
    });
  });
  return listen(server, deps.port);
}

async function listen(server: Server, port: number): Promise<{ url: string; close(): Promise<void> }> {
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, ok);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://localhost:${address.port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
