import { z } from 'zod';
import { err, refuse } from './config-error';

/** `escalation.autoOnSlaBreach`: the app escalates (level 1) a request whose named JSM SLA breached (docs/rules.md §7c). */
export const autoOnSlaBreachSchema = z.strictObject(
  {
    enabled: z.boolean(err('boolean')),
    /** The JSM SLA metric name, as JQL names it (`"<name>" = breached()`). */
    slaName: z.string(err('text')).trim().max(255, err('tooLong')).nullable(),
  },
  err('object'),
);

interface EscalationPart {
  autoOnSlaBreach: z.output<typeof autoOnSlaBreachSchema>;
  effects: { issueProperty: boolean };
}

/**
 * When on, escalation on SLA breach needs an SLA name, and the `escalade` property effect: the sweep finds the
 * requests not yet escalated by that property (JQL), so without it the same requests would come back on every run.
 */
export function refuseBlindSlaBreach(esc: EscalationPart, ctx: z.RefinementCtx): void {
  const auto = esc.autoOnSlaBreach;
  if (!auto.enabled) return;
  const path = ['escalation', 'autoOnSlaBreach'];
  if (!auto.slaName) refuse(ctx, [...path, 'slaName'], 'slaName');
  if (!esc.effects.issueProperty) refuse(ctx, [...path, 'enabled'], 'slaBreachProperty');
}
