import type { AgentState } from '../contract';
import type { AgentDecision, Config } from '../domain';
import type { RequestFacts } from '../domain/facts';
import type { EscalationEntry, RequestRecord } from '../domain/record';
import type { Lang } from '../i18n/translate';
import type { AdfDoc } from '../ports';
import { toAgentState } from './agent-view';
import { syncIssueProperty } from './escalation-effects';
import { ok, refuse, type Outcome } from './outcome';
import type { Ports } from './ports-bundle';
import { slaFor } from './request-access';
import { countEntry } from './stats/count-steps';

export interface AgentAction {
  decide(record: RequestRecord, now: Date, config: Config): AgentDecision;
  /** The comment that tells the customer, when the admin turned it on. */
  customerComment(ctx: { request: RequestFacts; config: Config; entry: EscalationEntry }): AdfDoc | null;
}

/**
 * Acknowledge or close: the decision is taken inside the record's read-modify-write, so two
 * agents clicking at once get one change and one CONFLICT/NOT_ELIGIBLE. Then the issue property
 * follows, and the optional public comment.
 */
export async function runAgentAction(
  ports: Ports,
  key: string,
  lang: Lang,
  action: AgentAction,
): Promise<Outcome<AgentState>> {
  const { store, jira, clock } = ports;
  const { config } = await store.getConfig();
  const request = await jira.getRequest(key, config);
  if (!request) return refuse('NOT_FOUND');

  // Refusals (bad input, nothing to acknowledge…) are answered from a plain read: no lock, no write.
  const early = action.decide(await store.getRecord(key), clock.now(), config);
  if (!early.ok) return refuse(early.code, 'fields' in early ? early.fields : undefined);

  let decision: AgentDecision | null = null;
  const record = await store.updateRecord(key, (r) => {
    const d = action.decide(r, clock.now(), config);
    decision = d;
    return d.ok
      ? { ...r, escalations: r.escalations.map((e) => (e.level === d.value.entry.level ? d.value.entry : e)) }
      : r;
  });
  const d = decision as AgentDecision | null;
  if (!d) throw new Error('updateRecord did not run the change');
  if (!d.ok) return refuse(d.code, 'fields' in d ? d.fields : undefined);

  await countEntry(ports, config, key, d.value.entry);
  await syncIssueProperty(ports, config, key, record);
  const comment = action.customerComment({ request, config, entry: d.value.entry });
  if (comment) await jira.addComment(key, comment, 'public');
  return ok(await toAgentState(jira, request, record, config, clock.now(), lang, await slaFor(jira, config, key)));
}

/**
 * A use case of the agent panel (acknowledge, close): the domain's decision on the agent's input, and the public
 * comment that tells the customer when `notifyCustomer` is on in the configuration.
 */
export function agentActionUseCase(spec: {
  decide: (record: RequestRecord, now: Date, input: unknown, agentId: string) => AgentDecision;
  notifyCustomer: (config: Config) => boolean;
  comment: (ctx: { request: RequestFacts; config: Config; entry: EscalationEntry; lang: Lang }) => AdfDoc;
}) {
  return (ports: Ports, key: string, agentId: string, input: unknown, lang: Lang): Promise<Outcome<AgentState>> =>
    runAgentAction(ports, key, lang, {
      decide: (record, now) => spec.decide(record, now, input, agentId),
      customerComment: (ctx) =>
        spec.notifyCustomer(ctx.config) ? spec.comment({ ...ctx, lang: ctx.config.language }) : null,
    });
}
