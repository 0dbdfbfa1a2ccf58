/** `when(given)`: decideEscalation on a request built from the given facts (24/7 timer by default, at T + 100 h). */
import { a24x7Config, aRecord, aRequest, CUSTOMER } from '../../test/builders';
import { at } from '../../test/times';
import type { Config } from '../../src/domain/config';
import type { RequestFacts, SlaCycle } from '../../src/domain/facts';
import type { RequestRecord } from '../../src/domain/record';
import { decideEscalation } from '../../src/domain/escalation/decide-escalation';

export const GOOD = { reasonId: 'no-answer', details: '' };

export interface Given {
  given: string;
  request?: Partial<RequestFacts>;
  record?: Partial<RequestRecord>;
  config?: Config;
  now?: Date;
  input?: unknown;
  caller?: string;
  sla?: SlaCycle | null;
}

export function when(g: Given) {
  return decideEscalation(
    aRequest(g.request),
    aRecord(g.record),
    g.config ?? a24x7Config(),
    g.now ?? at(100),
    'input' in g ? g.input : GOOD,
    g.caller ?? CUSTOMER,
    g.sla,
  );
}
