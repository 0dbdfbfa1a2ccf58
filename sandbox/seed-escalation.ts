/** The escalation the reset makes through the real app, so that SUP-4's record, property, label and comment are real. */
import { MODULE_KEYS } from '../src/contract';
import { extensionFor } from './host/extension';
import type { ForgeHost } from './host/forge-host';
import type { FakeJira } from './jira/fake-jira';

export const SEED_ESCALATION = {
  moduleKey: MODULE_KEYS.portal,
  functionKey: 'escalate',
  accountId: 'customer-alice',
  issueKey: 'SUP-4',
  payload: { reasonId: 'no-answer', details: 'Pas de nouvelles depuis trois semaines.' },
} as const;

/** Escalates SUP-4 as Alice and waits for its effects; a refusal or failure is reported, never thrown. */
export async function escalateSeed(host: ForgeHost, jira: FakeJira): Promise<void> {
  const { moduleKey, functionKey, accountId, issueKey, payload } = SEED_ESCALATION;
  const portal = host.manifest.modules.get(moduleKey);
  const loadError = host.appLoadError();
  if (loadError) console.warn(`sandbox: the app cannot be loaded, so ${issueKey} is not escalated: ${loadError}`);
  if (!portal?.resolverFunction || !host.hasFunction(portal.resolverFunction)) return;
  try {
    const extension = extensionFor(host.manifest, jira, moduleKey, issueKey);
    const { body } = await host.invoke({ moduleKey, functionKey, accountId, extension, payload });
    if (body && typeof body === 'object' && 'error' in body) {
      console.warn(`sandbox: the seed escalation of ${issueKey} was refused: ${JSON.stringify(body)}`);
    }
    await host.events.waitForIdle(10_000);
  } catch (e) {
    console.warn(`sandbox: the seed escalation of ${issueKey} failed: ${(e as Error).message}`);
  }
}
