import Resolver, { type Request } from '@forge/resolver';
import { listEscalations } from '../../app/list-escalations';
import { exportEscalations } from '../../app/stats/export-escalations';
import { langOf } from '../../i18n/translate';
import { createPorts } from '../platform';
import { guard } from './guard';
import { readInvocation } from './invocation';
import { exportPayload, listEscalationsPayload, parsePayload } from './payloads';
import { errorOf, respond } from './respond';

/** The escalations queue (access and row filtering: src/app/list-escalations.ts). */
const resolver = new Resolver();

resolver.define('listEscalations', (req: Request) => {
  const inv = readInvocation(req.context);
  return guard('listEscalations', inv.lang, async () => {
    const parsed = parsePayload(listEscalationsPayload, req.payload);
    if (!parsed.ok) return errorOf('INVALID_INPUT', inv.lang, parsed.fields);
    const { startAt, pageSize } = parsed.value;
    return respond(await listEscalations(createPorts('resolver'), inv.caller, startAt, pageSize), inv.lang);
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
