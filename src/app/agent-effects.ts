import type { Config } from '../domain';
import {
  AGENT_EFFECT_NAMES,
  AGENT_EFFECTS_FIELD,
  agentEffectNeedsWork,
  agentEffectsLeft,
} from '../domain/escalation/agent-effects';
import type { RequestFacts } from '../domain/facts';
import type { AgentActionKind, AgentEffectName, EffectStatus, EscalationEntry, RequestRecord } from '../domain/record';
import { isOutcomeUnknown, isRefusal, type AdfDoc } from '../ports';
import { markerOf, writeMarkedComment } from './comment-markers';
import { syncIssueProperty } from './escalation-effects';
import { acknowledgedPublicComment, closedPublicComment } from './messages';
import type { Ports } from './ports-bundle';
import { closeReasonLabel } from './reason-label';

/** One completion of an action's effects at a time (longer than a resolver's 25 s, short enough after a crash). */
const AGENT_EFFECTS_LOCK_TTL_S = 60;
const agentEffectsLock = (key: string, level: number, kind: AgentActionKind) => `agent-effects:${key}:${level}:${kind}`;

/** The public comment that tells the customer: taken in hand, or closed (its reason, and the note when public). */
export function customerCommentFor(
  kind: AgentActionKind,
  request: RequestFacts,
  config: Config,
  entry: EscalationEntry,
): AdfDoc {
  const lang = config.language;
  if (kind === 'acknowledge') return acknowledgedPublicComment({ request, config, entry, lang });
  return closedPublicComment({
    request,
    config,
    entry,
    lang,
    ...(entry.closeNotePublic && entry.closeNote ? { note: entry.closeNote } : {}),
    ...(entry.closeReasonId ? { closeReasonLabel: closeReasonLabel(config, entry.closeReasonId, lang) } : {}),
  });
}

function setStatus(
  ports: Ports,
  key: string,
  level: number,
  kind: AgentActionKind,
  name: AgentEffectName,
  status: EffectStatus,
) {
  const field = AGENT_EFFECTS_FIELD[kind];
  return ports.store.updateRecord(key, (r) => ({
    ...r,
    escalations: r.escalations.map((e) => (e.level === level ? { ...e, [field]: { ...e[field], [name]: status } } : e)),
  }));
}

async function applyOne(
  ports: Ports,
  ctx: { request: RequestFacts; config: Config; record: RequestRecord; entry: EscalationEntry },
  kind: AgentActionKind,
  name: AgentEffectName,
  lookFirst: boolean,
): Promise<void> {
  const { request, config, record, entry } = ctx;
  if (name === 'issueProperty') return syncIssueProperty(ports, config, request, record);
  const marker = markerOf(entry.level, kind === 'acknowledge' ? 'acknowledged' : 'closed');
  const body = customerCommentFor(kind, request, config, entry);
  await writeMarkedComment(ports, request.key, { body, visibility: 'public', marker }, lookFirst);
}

/**
 * Runs the effects of an agent's action still to do, in order, each recorded as soon as it is done (docs/rules.md
 * §8). Jira busy leaves the effect pending and is rethrown (the caller answers UNAVAILABLE; a retry or the
 * background run completes it). A refusal is final (failed); no answer is `unknown`, completed after a look for the
 * comment's marker. `resumed`: an earlier invocation started them, so the comment may exist already.
 */
async function runAgentEffects(
  ports: Ports,
  request: RequestFacts,
  config: Config,
  level: number,
  kind: AgentActionKind,
  resumed: boolean,
): Promise<RequestRecord> {
  let record = await ports.store.getRecord(request.key);
  for (const name of AGENT_EFFECT_NAMES) {
    const entry = record.escalations.find((e) => e.level === level);
    const status = entry?.[AGENT_EFFECTS_FIELD[kind]]?.[name];
    if (!entry || !agentEffectNeedsWork(status)) continue;
    let result: EffectStatus = 'done';
    try {
      await applyOne(ports, { request, config, record, entry }, kind, name, resumed || status !== 'pending');
    } catch (e) {
      if (!isRefusal(e) && !isOutcomeUnknown(e)) throw e;
      console.warn(`[escalade] ${kind} effect ${name} on ${request.key}: ${e.message}`);
      result = isRefusal(e) ? 'failed' : 'unknown';
    }
    record = await setStatus(ports, request.key, level, kind, name, result);
  }
  return record;
}

/**
 * Runs the action's effects under a short lock, so that the agent's own run, a retry and the background run never
 * write the same comment twice. Busy (another invocation is on it): the record as it stands.
 */
export async function finishAgentAction(
  ports: Ports,
  request: RequestFacts,
  config: Config,
  action: { level: number; kind: AgentActionKind },
  resumed: boolean,
): Promise<RequestRecord> {
  const lock = agentEffectsLock(request.key, action.level, action.kind);
  if (!(await ports.store.claim(lock, AGENT_EFFECTS_LOCK_TTL_S))) return ports.store.getRecord(request.key);
  try {
    return await runAgentEffects(ports, request, config, action.level, action.kind, resumed);
  } finally {
    await ports.store.release(lock);
  }
}

/** Completes the unfinished effects of every agent action on the request (a retry, the background run). */
export async function completeAgentEffects(
  ports: Ports,
  request: RequestFacts,
  config: Config,
  record: RequestRecord,
): Promise<RequestRecord> {
  let after = record;
  for (const action of agentEffectsLeft(record)) after = await finishAgentAction(ports, request, config, action, true);
  return after;
}
