import { decideWithdraw, type WithdrawDecision } from '../domain';
import type { EscalationEntry } from '../domain/record';
import { isRefusal, type Email } from '../ports';
import { reminderRecipients } from './ack-reminders';
import { escalationRecipients, syncIssueProperty } from './escalation-effects';
import { withdrawnEmail, withdrawnInternalComment } from './messages/withdraw-messages';
import { ok, refuse } from './outcome';
import type { Ports } from './ports-bundle';
import { toPortalState } from './portal-view';
import { withProjectLead } from './project-lead';
import { readAsParty, slaFor, type CustomerAction } from './request-access';
import { countEntry } from './stats/count-steps';

/**
 * The customer withdraws their open escalation (docs/rules.md §7d). The decision is taken inside the record's
 * read-modify-write (one winner). Then: the analytics count it, the property says `withdrawn`, agents get an
 * internal comment, and whoever was emailed about the escalation (its email, and the reminder's) is told.
 * These follow-ups are best effort: a Jira refusal is logged, a busy Jira answers UNAVAILABLE after the
 * withdrawal is recorded (the customer sees it withdrawn when they reload).
 */
export const withdrawEscalation: CustomerAction = async (ports, key, caller, input, lang) => {
  const { store, jira, clock } = ports;
  const read = await readAsParty(ports, key, caller.accountId);
  if (!read.ok) return read;
  const { config, request } = read.value;

  const early = decideWithdraw(await store.getRecord(key), clock.now(), input, caller.accountId);
  if (!early.ok) return refuse(early.code, 'fields' in early ? early.fields : undefined);
  let decision: WithdrawDecision | null = null;
  const record = await store.updateRecord(key, (r) => {
    const d = decideWithdraw(r, clock.now(), input, caller.accountId);
    decision = d;
    return d.ok ? { ...r, escalations: r.escalations.map((e) => (e.level === d.entry.level ? d.entry : e)) } : r;
  });
  const d = decision as WithdrawDecision | null;
  if (!d) throw new Error('updateRecord did not run the change');
  // The input passed the check above, so the write can only find nothing left to withdraw (never INVALID_INPUT).
  if (!d.ok) return refuse(d.code);

  await countEntry(ports, config, key, d.entry);
  await syncIssueProperty(ports, config, request, record);
  const message = { request, config, entry: d.entry };
  await bestEffort(() => jira.addComment(key, withdrawnInternalComment(message), 'internal'));
  const to = await toldOfEscalation(ports, request, config, d.entry);
  if (to) await bestEffort(() => jira.notify(key, { ...withdrawnEmail(message), to }));
  const sla = await slaFor(jira, config, key);
  return ok(toPortalState({ request, record, config, now: clock.now(), sla }, lang));
};

async function bestEffort(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (!isRefusal(e)) throw e;
    console.warn(`[escalade] withdrawal follow-up refused by Jira: ${e.message}`);
  }
}

/** Who was emailed about this escalation: its level's recipients when its email went out, and the reminder's. */
async function toldOfEscalation(
  ports: Ports,
  request: Parameters<typeof escalationRecipients>[0],
  config: Parameters<typeof escalationRecipients>[1],
  entry: EscalationEntry,
): Promise<Email['to'] | null> {
  if (entry.reminder?.notify === 'sent') return reminderRecipients(ports, request, config, entry.level);
  if (entry.notify !== 'sent') return null;
  return escalationRecipients(await withProjectLead(ports.jira, request, config), config, entry.level);
}
