import Resolver, { type Request } from '@forge/resolver';
import { listEscalations } from '../../app/list-escalations';
import { exportEscalations } from '../../app/stats/export-escalations';
import type { ResultOf } from '../../contract';
import { createPorts } from '../platform';
import { guard } from './guard';
import { languageOf, readInvocation } from './invocation';
import { exportPayload, listEscalationsPayload, parsePayload } from './payloads';
import { errorOf, respond } from './respond';

/** The escalations queue (access and row filtering: src/app/list-escalations.ts). */
const resolver = new Resolver();

resolver.define('listEscalations', async (req: Request) => {
  const inv = readInvocation(req);
  const ports = createPorts('resolver');
  const lang = await languageOf(inv, ports);
  return guard('listEscalations', lang, async () => {
    const parsed = parsePayload(listEscalationsPayload, inv.payload);
    if (!parsed.ok) return errorOf('INVALID_INPUT', lang, parsed.fields);
    const { pageToken, startAt, pageSize } = parsed.value;
    const page = { pageToken: pageToken ?? null, startAt, pageSize };
    return respond<ResultOf<'listEscalations'>>(await listEscalations(ports, inv.caller, page), lang);
  });
});

/**
 * The CSV export of every escalation (open or closed), a page per call: licensed accounts only, rows of the
 * projects the viewer can browse (one bulk permission call as the user). The language comes from the payload.
 */
resolver.define('exportEscalations', async (req: Request) => {
  const inv = readInvocation(req);
  const ports = createPorts('resolver');
  const lang = await languageOf(inv, ports);
  return guard('exportEscalations', lang, async () => {
    if (!inv.caller || inv.caller.accountType !== 'licensed') return errorOf('FORBIDDEN', lang);
    const parsed = parsePayload(exportPayload, inv.payload);
    if (!parsed.ok) return errorOf('INVALID_INPUT', lang, parsed.fields);
    return respond<ResultOf<'exportEscalations'>>(
      await exportEscalations(ports, parsed.value.cursor ?? null, lang),
      lang,
    );
  });
});

export const queueResolver = resolver.getDefinitions();
