import { completePendingEffects } from '../../app/sweep';
import { createPorts } from '../platform';
import { invocationId } from './guard';

/**
 * `scheduledTrigger` `escalade-sweep` (every 5 minutes, no user): completes the escalations whose effects
 * a busy Jira interrupted. The platform ignores the return value and never retries a thrown error (the next
 * run comes 5 minutes later), so Jira being busy just ends this run early.
 */
export async function sweepTrigger(): Promise<void> {
  const report = await completePendingEffects(createPorts('trigger'));
  if (report.examined > 0) console.info(`[escalade] sweep: ${JSON.stringify(report)} invocation=${invocationId()}`);
}
