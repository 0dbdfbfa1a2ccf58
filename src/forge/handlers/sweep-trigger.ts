import { sendDueReminders } from '../../app/ack-reminders';
import { escalateSlaBreaches } from '../../app/sla-breach-sweep';
import { completePendingEffects } from '../../app/sweep';
import { createPorts } from '../platform';
import { invocationId } from './guard';

/**
 * `scheduledTrigger` `escalade-sweep` (every 5 minutes, no user): completes the escalations whose effects
 * a busy Jira interrupted, sends the reminders of the acknowledgement deadlines that passed, then escalates the
 * requests whose SLA breached (when that option is on). The platform ignores the return value and never retries a
 * thrown error (the next run comes 5 minutes later), so Jira being busy just ends this run early.
 */
export async function sweepTrigger(): Promise<void> {
  const ports = createPorts('scheduledTrigger');
  const report = await completePendingEffects(ports);
  if (report.examined > 0) console.info(`[escalade] sweep: ${JSON.stringify(report)} invocation=${invocationId()}`);
  // The acknowledgement deadlines run even when the completion stopped on a busy Jira: they read Jira only
  // for the levels due, and stop at once if Jira is still busy.
  const reminders = await sendDueReminders(ports);
  if (reminders.due > 0)
    console.info(`[escalade] reminders: ${JSON.stringify(reminders)} invocation=${invocationId()}`);
  const breaches = await escalateSlaBreaches(ports);
  if (breaches.found > 0 || breaches.refusedByJira)
    console.info(`[escalade] SLA breaches: ${JSON.stringify(breaches)} invocation=${invocationId()}`);
}
