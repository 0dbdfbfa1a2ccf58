import Resolver, { type Request } from '@forge/resolver';
import { listEscalations } from '../../app/list-escalations';
import { createPorts } from '../platform';
import { guard } from './guard';
import { languageOf, readInvocation } from './invocation';
import { listEscalationsPayload, parsePayload } from './payloads';
import { errorOf, respond } from './respond';

const projectOf = (issueKey: string) => issueKey.slice(0, issueKey.lastIndexOf('-'));

/**
 * The escalations queue. Only licensed (agent) accounts get in; customers and unlicensed
 * accounts are refused outright. The search runs as the app, so each project on the page is
 * checked as the user (BROWSE, one call per project, not per issue) and rows of projects the
 * caller cannot browse are dropped.
 */
const resolver = new Resolver();

resolver.define('listEscalations', async (req: Request) => {
  const inv = readInvocation(req);
  const ports = createPorts('resolver');
  const lang = await languageOf(inv, ports);
  return guard('listEscalations', lang, async () => {
    if (!inv.caller || inv.caller.accountType !== 'licensed') return errorOf('FORBIDDEN', lang);
    const parsed = parsePayload(listEscalationsPayload, inv.payload);
    if (!parsed.ok) return errorOf('INVALID_INPUT', lang, parsed.fields);
    const outcome = await listEscalations(ports, parsed.value.startAt, parsed.value.pageSize);
    if (!outcome.ok) return respond(outcome, lang);
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

export const queueResolver = resolver.getDefinitions();
