/**
 * Product API calls of `getPortalState` with 20 support policies configured (issue 12): choosing the policy reads
 * nothing more than the request itself, so the budget stays 2 cold and 1 warm. The request matches the last policy,
 * after 19 that do not match, so every policy is tried.
 */
import type { Sandbox } from '../sandbox';
import type { Policy } from '../src/domain';
import { ALICE, errorCode, newRequest, passAllDelays, portal, saveConfig } from '../test/proof/support';
import { measure, type CallRow } from './calls';

/** 19 policies that match nothing in the sandbox, then one for the seed's Incident request type (id 10). */
export function twentyPolicies(): Policy[] {
  const misses: Policy[] = Array.from({ length: 19 }, (_, i) => ({
    id: `tier-${i}`,
    name: { fr: `Niveau ${i}`, en: `Tier ${i}` },
    match: { projects: ['ZZZ'], requestTypeIds: [], organizationIds: [String(9000 + i)] },
    defaultDelayHours: 1,
  }));
  const incidents: Policy = {
    id: 'incidents',
    name: { fr: 'Incidents', en: 'Incidents' },
    match: { projects: ['SUP'], requestTypeIds: ['10'], organizationIds: [] },
    defaultDelayHours: 2,
  };
  return [...misses, incidents];
}

export async function measurePolicyCalls(sb: Sandbox): Promise<CallRow[]> {
  await saveConfig(sb, (c) => ({ ...c, policies: twentyPolicies() }));
  const targets: [string, string] = [await newRequest(sb), await newRequest(sb)];
  passAllDelays(sb);
  const state = await measure(
    sb,
    async (key) => {
      const body = await portal(sb, ALICE, key, 'getPortalState');
      if (errorCode(body) !== undefined) throw new Error(`getPortalState refused: ${JSON.stringify(body)}`);
    },
    targets,
  );
  await saveConfig(sb, (c) => ({ ...c, policies: [] }));
  return [{ operation: 'getPortalState, 20 policies', floor: 1, budgetCold: 2, budgetWarm: 1, ...state }];
}
