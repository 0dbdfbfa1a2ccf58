import Resolver, { type Request } from '@forge/resolver';
import { listEscalations } from '../../app/list-escalations';
import { createPorts } from '../platform';
import { guard } from './guard';
import { languageOf, readInvocation } from './invocation';
import { listEscalationsPayload, parsePayload } from './payloads';
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
    const { startAt, pageSize } = parsed.value;
    return respond(await listEscalations(ports, inv.caller, startAt, pageSize), lang);
  });
});

export const queueResolver = resolver.getDefinitions();
