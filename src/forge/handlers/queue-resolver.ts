import Resolver, { type Request } from '@forge/resolver';
import { listEscalations } from '../../app/list-escalations';
import { exportEscalations } from '../../app/stats/export-escalations';
import { langOf } from '../../i18n/translate';
import { createPorts } from '../platform';
import { guard } from './guard';
import { readInvocation } from './invocation';
import { exportPayload, listEscalationsPayload, parsePayload } from './payloads';
import { errorOf, respond } from './respond';

const projectOf = (issueKey: string) => issueKey.slice(0, issueKey.lastIndexOf('-'));

/**
 * The escalations queue. Only licensed (agent) accounts get in; customers and unlicensed
 * accounts are refused outright. The search runs as the app, so each project on the page is
 * checked as the user (BROWSE, one call per project, not per issue) and rows of projects the
 * caller cannot browse are dropped.
 */
const resolver = new Resolver();

resolver.define('listEscalations', (req: Request) => {
  const inv = readInvocation(req.context);
  return guard('listEscalations', inv.lang, async () => {
    if (!inv.caller || inv.caller.accountType !== 'licensed') return errorOf('FORBIDDEN', inv.lang);
    const parsed = parsePayload(listEscalationsPayload, req.payload);
    if (!parsed.ok) return errorOf('INVALID_INPUT', inv.lang, parsed.fields);
    const ports = createPorts('resolver');
    const outcome = await listEscalations(ports, parsed.value.startAt, parsed.value.pageSize);
    if (!outcome.ok) return respond(outcome, inv.lang);
    const page = outcome.value;
    const sample = new Map<string, string>();
    for (const item of page.items) if (!sample.has(projectOf(item.key))) sample.set(projectOf(item.key), item.key);
    const allowed = new Set<string>();
    await Promise.all(
      [...sample].map(async ([project, key]) => ((await ports.jira.canBrowse(key)) ? allowed.add(project) : null)),
    );
    return { ...page, items: page.items.filter((i) => allowed.has(projectOf(i.key))) };
  });
});

/**
 * The CSV export of every escalation (open or closed), a page per call: licensed accounts only, rows of the
 * projects the viewer can browse (one bulk permission call as the user). The language comes from the payload.
 */
resolver.define('exportEscalations', (req: Request) => {
  const inv = readInvocation(req.context);
  const payload = req.payload as { locale?: unknown } | undefined;
  const lang = typeof payload?.locale === 'string' ? langOf(payload.locale) : inv.lang;
  return guard('exportEscalations', lang, async () => {
    if (!inv.caller || inv.caller.accountType !== 'licensed') return errorOf('FORBIDDEN', lang);
    const parsed = parsePayload(exportPayload, req.payload);
    if (!parsed.ok) return errorOf('INVALID_INPUT', lang, parsed.fields);
    return respond(await exportEscalations(createPorts('resolver'), parsed.value.cursor ?? null, lang), lang);
  });
});

export const queueResolver = resolver.getDefinitions();
