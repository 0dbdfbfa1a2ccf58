import type { AgentState } from '../contract';
import type { AgentDecision, Config } from '../domain';
import { AGENT_EFFECTS_FIELD, initialAgentEffects, recordedAction } from '../domain/escalation/agent-effects';
import type { AgentActionKind, RequestRecord } from '../domain/record';
import type { Lang } from '../i18n/translate';
import { completeAgentEffects, finishAgentAction } from './agent-effects';
import { toAgentState } from './agent-view';
import { PENDING_TTL_S, pendingMarker, releaseWhenDone } from './complete-effects';
import { ok, refuse, type Outcome } from './outcome';
import type { Ports } from './ports-bundle';
import { readWithPolicy, slaFor } from './request-access';
import { countEntry } from './stats/count-steps';

export interface AgentAction {
  kind: AgentActionKind;
  agentId: string;
  decide(record: RequestRecord, now: Date, config: Config): AgentDecision;
}

/**
 * Acknowledge or close (docs/rules.md §8). The decision is taken inside the record's read-modify-write, so two
 * agents clicking at once get one change and one CONFLICT/NOT_ELIGIBLE; the action is recorded with its effects
 * (the property, the customer's comment when the admin turned it on), then each effect runs and is recorded.
 * Jira busy answers UNAVAILABLE with the action recorded: the agent's retry (which answers success with the
 * current state) or the background run completes the rest, each effect once.
 */
export async function runAgentAction(
  ports: Ports,
  key: string,
  lang: Lang,
  action: AgentAction,
): Promise<Outcome<AgentState>> {
  const { store, jira, clock } = ports;
  const read = await readWithPolicy(ports, key);
  if (!read) return refuse('NOT_FOUND');
  const { config, request } = read;
  const answer = async (record: RequestRecord) =>
    ok(
      await toAgentState(
        jira,
        { request, record, config, now: clock.now(), sla: await slaFor(jira, config, key) },
        lang,
      ),
    );

  // The same agent's retry of an action already recorded: complete what it left, answer with the current state.
  const before = await store.getRecord(key);
  if (recordedAction(before, action.kind, action.agentId)) {
    const after = await completeAgentEffects(ports, request, config, before);
    await releaseWhenDone(ports, key, after);
    return answer(after);
  }
  // Refusals (bad input, nothing to acknowledge…) are answered from a plain read: no lock, no write.
  const early = action.decide(before, clock.now(), config);
  if (!early.ok) return refuse(early.code, 'fields' in early ? early.fields : undefined);

  let decision: AgentDecision | null = null;
  await store.updateRecord(key, (r) => {
    const d = action.decide(r, clock.now(), config);
    decision = d;
    if (!d.ok) return r;
    const entry = { ...d.value.entry, [AGENT_EFFECTS_FIELD[action.kind]]: initialAgentEffects(config, action.kind) };
    return { ...r, escalations: r.escalations.map((e) => (e.level === entry.level ? entry : e)) };
  });
  const d = decision as AgentDecision | null;
  if (!d) throw new Error('updateRecord did not run the change');
  // The input passed the check above, so the write can only find the state moved (never INVALID_INPUT).
  if (!d.ok) return refuse(d.code);

  // On the pending list until its effects are done: the background run completes what Jira interrupts.
  await store.claim(pendingMarker(key), PENDING_TTL_S);
  await countEntry(ports, config, key, d.value.entry);
  const after = await finishAgentAction(
    ports,
    request,
    config,
    { level: d.value.entry.level, kind: action.kind },
    false,
  );
  await releaseWhenDone(ports, key, after);
  return answer(after);
}

/** A use case of the agent panel (acknowledge, close): the domain's decision on the agent's input. */
export function agentActionUseCase(
  kind: AgentActionKind,
  decide: (record: RequestRecord, now: Date, input: unknown, agentId: string, config: Config) => AgentDecision,
) {
  return (ports: Ports, key: string, agentId: string, input: unknown, lang: Lang): Promise<Outcome<AgentState>> =>
    runAgentAction(ports, key, lang, {
      kind,
      agentId,
      decide: (record, now, config) => decide(record, now, input, agentId, config),
    });
}
