import type { Config } from '../domain';
import type { RequestFacts, SlaCycle } from '../domain/facts';
import type { RequestRecord } from '../domain/record';

/** What a panel (the customer's or the agents') is built from, read once by the use case. */
export interface RequestView {
  request: RequestFacts;
  record: RequestRecord;
  config: Config;
  now: Date;
  sla: SlaCycle | null;
}
