/**
 * In-memory ports for the acknowledgement reminders (src/app/ack-reminders.ts): a deadline list of claim keys,
 * a working claim/release, and every Jira write the reminder makes answering success unless a test says otherwise.
 */
import { a24x7Config, aRecord, aRequest, anEscalation, DEFAULT_EFFECTS_DONE } from '../builders';
import { ackDueMarker } from '../../src/app/ack-due-list';
import type { Config } from '../../src/domain/config';
import type { EscalationEntry } from '../../src/domain/record';
import { fakePorts } from './fake-ports';

/** Escalated at 10:00; the default 4-hour deadline (24/7) falls at 14:00; the run looks at 14:00. */
export const ESCALATED_AT = '2025-03-12T10:00:00.000Z';
export const DUE_AT = '2025-03-12T14:00:00.000Z';

/** Two levels that each name someone, so the reminder has recipients. */
export function reminderConfig(escalation: Partial<Config['escalation']> = {}): Config {
  const base = a24x7Config();
  return {
    ...base,
    escalation: {
      ...base.escalation,
      levels: [
        { notifyAssignee: true, recipients: { groups: ['l1-team'], accountIds: [] } },
        { notifyAssignee: false, recipients: { groups: ['managers'], accountIds: [] } },
      ],
      ...escalation,
    },
  };
}

export function reminderPorts(
  config: Config = reminderConfig(),
  entries: Partial<EscalationEntry>[] = [{}],
  nowIso = DUE_AT,
) {
  const ports = fakePorts(config, nowIso);
  const claims = new Set<string>();
  const escalations = entries.map((e, i) =>
    anEscalation({ level: i + 1, at: ESCALATED_AT, effects: DEFAULT_EFFECTS_DONE, ...e }),
  );
  ports.store.records.set('SUP-1', aRecord({ escalations }));
  for (const e of escalations) claims.add(ackDueMarker(new Date(DUE_AT), 'SUP-1', e.level));
  ports.store.claim = jest.fn(async (key: string) => (claims.has(key) ? false : (claims.add(key), true)));
  ports.store.release = jest.fn(async (key: string) => void claims.delete(key));
  ports.store.listClaims = jest.fn(async (prefix: string, max: number) =>
    [...claims]
      .filter((k) => k.startsWith(prefix))
      .sort()
      .slice(0, max),
  );
  ports.jira.getRequest.mockResolvedValue(aRequest());
  ports.jira.notify.mockResolvedValue({ ok: true, value: 'sent' });
  ports.jira.commentMarkers.mockResolvedValue(new Set());
  ports.jira.addComment.mockResolvedValue({ id: '1' });
  ports.jira.setIssueProperty.mockResolvedValue(undefined);
  ports.jira.addLabel.mockResolvedValue(undefined);
  return { ports, claims };
}
