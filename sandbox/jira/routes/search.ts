/** /rest/api/3/search/jql (GET and POST) and search/approximate-count: the enhanced JQL search. */
import { error, ok } from '../http';
import { JqlError, matches, parseJql, sortIssues } from '../jql';
import { canSee } from '../permissions';
import { indexedValues } from '../property-index';
import { BODY } from '../schemas';
import type { RestResponse } from '../types';
import { type Ctx, type Route } from './context';
import { issueJson } from './issue-json';
import { list, num } from './params';

function search(
  ctx: Ctx,
  params: {
    jql: string;
    maxResults?: number;
    nextPageToken?: string;
    startAt?: number;
    fields?: string[];
    expand?: string[];
    properties?: string[];
  },
): RestResponse {
  let q;
  try {
    q = parseJql(params.jql, ctx.site.propertyIndex.aliases, { nowMs: ctx.site.clock.nowMs(), requireBound: true });
  } catch (e) {
    if (e instanceof JqlError) return error(400, [e.message]);
    throw e;
  }
  const read = (key: string, prop: string, dotted: string) =>
    indexedValues(ctx.site.propertyIndex, prop, dotted, ctx.site.store.property(key, prop)?.value);
  const found = sortIssues(
    ctx.site.store.issues().filter((i) => canSee(ctx.principal, i) && matches(i, q, read)),
    q,
    read,
  );
  // nextPageToken is opaque to clients; here it encodes the offset of the next page.
  let start = params.startAt ?? 0;
  if (params.nextPageToken) {
    const decoded = Number(Buffer.from(params.nextPageToken, 'base64url').toString('utf8'));
    if (!Number.isInteger(decoded) || decoded < 0) return error(400, ['The nextPageToken is invalid.']);
    start = decoded;
  }
  const max = Math.min(5000, Math.max(0, params.maxResults ?? 50));
  const slice = found.slice(start, start + max);
  const isLast = start + slice.length >= found.length;
  // The enhanced search returns only ids unless `fields` asks for more.
  const fields = params.fields && params.fields.length ? params.fields : ['id'];
  return ok({
    issues: slice.map((i) => issueJson(ctx, i, fields, params.expand ?? [], params.properties ?? [])),
    isLast,
    ...(isLast ? {} : { nextPageToken: Buffer.from(String(start + max)).toString('base64url') }),
  });
}

export const searchRoutes: Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/search/jql',
    response: { cloud: 'SearchAndReconcileResultsSchema' },
    handle(ctx) {
      const q = ctx.req.query;
      return search(ctx, {
        jql: q.get('jql') ?? '',
        maxResults: num(q.get('maxResults')),
        nextPageToken: q.get('nextPageToken') ?? undefined,
        startAt: num(q.get('startAt')),
        fields: list(q, 'fields'),
        expand: list(q, 'expand'),
        properties: list(q, 'properties'),
      });
    },
  },
  {
    method: 'POST',
    path: '/rest/api/3/search/jql',
    body: BODY.search,
    response: { cloud: 'SearchAndReconcileResultsSchema' },
    handle(ctx) {
      const b = ctx.req.body as {
        jql: string;
        maxResults?: number;
        nextPageToken?: string;
        startAt?: number;
        fields?: string[];
        expand?: string;
        properties?: string[];
      };
      return search(ctx, { ...b, expand: b.expand ? b.expand.split(',') : [] });
    },
  },
  {
    method: 'POST',
    path: '/rest/api/3/search/approximate-count',
    body: BODY.approximateCount,
    handle(ctx) {
      const res = search(ctx, { jql: (ctx.req.body as { jql: string }).jql, maxResults: 5000 });
      if (res.status !== 200) return res;
      return ok({ count: (res.body as { issues: unknown[] }).issues.length });
    },
  },
];
