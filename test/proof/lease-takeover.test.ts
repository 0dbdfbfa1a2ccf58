/**
 * Issue 10 item 5: a holder crashes mid-escalation, its leases expire but linger in KVS (Forge deletes
 * expired keys "up to 48 hours" later; the sandbox keeps them 48 h by default), and the customer's next
 * attempt completes the escalation within a minute of sandbox time, taking the expired leases over.
 */
import type { Sandbox } from '../../sandbox';
import { ALICE, DAVE } from '../support/personas';
import { emailsFor, useSandbox } from '../support/sandbox-setup';
import { agent, ok, errorCode, escalation, portal } from '../support/invoke';
import { DEFAULT_EFFECTS_DONE } from '../builders';

jest.setTimeout(30_000);

let sb: Sandbox;
useSandbox((s) => (sb = s));

const escalations = async (key: string) =>
  ok(await agent(sb, DAVE, key, 'getAgentState')).timeline.filter((e) => e.type === 'escalation');

/** Resolves once the app has made the call that hangs (its fault is used up). */
async function untilFaultTaken(): Promise<void> {
  for (let i = 0; i < 200 && sb.faults().length > 0; i++) await new Promise((r) => setTimeout(r, 10));
  if (sb.faults().length > 0) throw new Error('the app never made the call that hangs');
}

describe('a crashed escalation', () => {
  it('is completed by the customer’s next attempt a minute later, although its expired leases linger', async () => {
    // The email call never answers: the invocation dies there with its leases taken (no `finally` runs).
    sb.addFault({ pathPattern: '/rest/api/3/issue/SUP-3/notify', status: 200, count: 1, hang: true });
    // It never answers the customer; when the sandbox closes, its code unwinds and fails (caught here).
    void portal(sb, ALICE, 'SUP-3', 'escalate', escalation).catch(() => undefined);
    await untilFaultTaken();
    const [crashed] = await escalations('SUP-3');
    expect(crashed.effects).toMatchObject({ issueProperty: 'done', label: 'done', notify: 'pending' });
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(0);

    // While the crashed holder's lease is live, another attempt is refused (it may still be running).
    expect(errorCode(await portal(sb, ALICE, 'SUP-3', 'escalate', escalation))).toBe('ALREADY_ESCALATED');

    // A minute later the leases have expired; KVS still returns them (they linger up to 48 h).
    const crashedAt = sb.clock.nowMs();
    sb.clock.advanceMinutes(1);
    const next = await portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
    expect(next).toMatchObject({ kind: 'escalated', escalation: { level: 1 } });
    expect(sb.clock.nowMs() - crashedAt).toBeLessThan(2 * 60_000);
    // The customer's attempt did it, not the background run (its first turn is 5 minutes after the reset).
    expect(sb.scheduledRuns()).toHaveLength(0);
    const [done] = await escalations('SUP-3');
    expect(done.effects).toMatchObject(DEFAULT_EFFECTS_DONE);
    expect(Object.values(done.effects ?? {})).not.toContain('pending');
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
    // Once, and only once.
    expect(errorCode(await portal(sb, ALICE, 'SUP-3', 'escalate', escalation))).toBe('ALREADY_ESCALATED');
    expect(await escalations('SUP-3')).toHaveLength(1);
  });
});
