import type { AgentState } from '../contract';
import type { Lang } from '../i18n/translate';
import { toAgentState } from './agent-view';
import { ok, refuse, type Outcome } from './outcome';
import type { Ports } from './ports-bundle';
import { readWithPolicy, slaFor } from './request-access';

/**
 * Agent-side access: the caller must be able to browse the issue, asked of Jira as the user.
 * NOT_FOUND only after that check, so it tells nothing to someone who cannot see the issue.
 */
export async function authorizeAgent(ports: Ports, key: string): Promise<Outcome<true>> {
  return (await ports.jira.canBrowse(key)) ? ok(true) : refuse('FORBIDDEN');
}

export async function readAgentState(ports: Ports, key: string, lang: Lang): Promise<Outcome<AgentState>> {
  const read = await readWithPolicy(ports, key);
  if (!read) return refuse('NOT_FOUND');
  const { config, request } = read;
  const [record, sla] = await Promise.all([ports.store.getRecord(key), slaFor(ports.jira, config, key)]);
  return ok(await toAgentState(ports.jira, { request, record, config, now: ports.clock.now(), sla }, lang));
}
