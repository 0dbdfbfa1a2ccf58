import type { PortalState } from '../contract';
import type { Config } from '../domain/config';
import type { Caller, RequestFacts, SlaCycle } from '../domain/facts';
import type { Lang } from '../i18n/translate';
import { isParty } from '../domain/party';
import { settingsForRequest } from '../domain/tiers';
import type { JiraPort } from '../ports';
import type { Ports } from './ports-bundle';
import { ok, refuse, type Outcome } from './outcome';

/**
 * A customer's action on a request (escalate, withdraw): the key comes from the module context, the caller
 * from the invocation, the input is the payload as sent. It answers the customer's new panel or a refusal.
 */
export type CustomerAction = (
  ports: Ports,
  key: string,
  caller: Caller,
  input: unknown,
  lang: Lang,
) => Promise<Outcome<PortalState>>;

/**
 * A fresh read of the request (as the app), returned only to its reporter or a participant.
 * One FORBIDDEN refusal covers "does not exist" and "not yours" alike: nothing tells the two apart.
 * One product call, cold or warm (the port finds the field ids).
 */
export async function readRequestForParty(
  jira: JiraPort,
  config: Config,
  key: string,
  accountId: string,
): Promise<Outcome<RequestFacts>> {
  const request = await jira.getRequest(key, config);
  return request && isParty(request, accountId) ? ok(request) : refuse('FORBIDDEN');
}

/**
 * The request, for its reporter or a participant only (see readRequestForParty), with the settings of the support
 * policy that applies to it (docs/rules.md §12): the stored configuration with that policy's overrides.
 */
export async function readAsParty(
  ports: Ports,
  key: string,
  accountId: string,
): Promise<Outcome<{ config: Config; request: RequestFacts }>> {
  const { config: stored } = await ports.store.getConfig();
  const read = await readRequestForParty(ports.jira, stored, key, accountId);
  if (!read.ok) return read;
  return ok({ config: settingsForRequest(stored, read.value).config, request: read.value });
}

/** The request (null when it is gone) with the settings of the support policy that applies to it. */
export async function readWithPolicy(
  ports: Ports,
  key: string,
): Promise<{ config: Config; request: RequestFacts } | null> {
  const { config: stored } = await ports.store.getConfig();
  const request = await ports.jira.getRequest(key, stored);
  return request ? { config: settingsForRequest(stored, request).config, request } : null;
}

/** The SLA cycle the timer follows, read only in SLA mode (one more product call). */
export async function slaFor(jira: JiraPort, config: Config, key: string): Promise<SlaCycle | null> {
  if (config.timer.mode !== 'sla' || !config.timer.slaName) return null;
  return jira.getSlaCycle(key, config.timer.slaName);
}
