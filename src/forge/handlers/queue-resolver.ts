import Resolver, { type Request } from '@forge/resolver';
import { listEscalations } from '../../app/list-escalations';
import { createPorts } from '../platform';
import { guard } from './guard';
import { readInvocation } from './invocation';
import { listEscalationsPayload, parsePayload } from './payloads';
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

export const queueResolver = resolver.getDefinitions();
