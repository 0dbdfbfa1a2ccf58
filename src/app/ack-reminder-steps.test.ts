/** The reminder's steps (docs/rules.md §7b): each once, recorded at once, a refusal final; and who is reminded. */
import { aConfig, aRequest } from '../../test/builders';
import { DUE_AT, reminderConfig, reminderPorts } from '../../test/support/reminder-ports';
import type { AckReminder } from '../domain/record';
import { PortFailure } from '../ports';
import { reminderRecipients, sendDueReminders } from './ack-reminders';

const reminderOf = (ports: ReturnType<typeof reminderPorts>['ports'], level = 1) =>
  ports.store.records.get('SUP-1')?.escalations.find((e) => e.level === level)?.reminder;

describe('the reminder email', () => {
  it.each([
    ['sent', { ok: true, value: 'sent' }, 'sent'],
    ['the site’s outgoing mail is off', { ok: false, status: 403, mailDisabled: true }, 'mailDisabled'],
    ['refused', { ok: false, status: 400, mailDisabled: false }, 'failed'],
  ] as const)('%s: recorded, the other steps still run', async (_name, answer, notify) => {
    const { ports } = reminderPorts();
    ports.jira.notify.mockResolvedValue(answer);
    await sendDueReminders(ports);
    expect(reminderOf(ports)).toEqual({ at: DUE_AT, notify, comment: 'done', property: 'done', raise: 'none' });
  });

  it('no answer: unknown, never sent again', async () => {
    const { ports } = reminderPorts();
    ports.jira.notify.mockRejectedValue(new PortFailure('timeout', 'transient', null, 0, true));
    await sendDueReminders(ports);
    expect(reminderOf(ports)?.notify).toBe('unknown');
  });

  it('Jira busy on the email: the run stops with the reminder started (overdue from now), the email not recorded', async () => {
    const { ports } = reminderPorts();
    ports.jira.notify.mockRejectedValue(new PortFailure('busy', 'transient', 503));
    expect(await sendDueReminders(ports)).toMatchObject({ stoppedByJira: true });
    expect(reminderOf(ports)).toEqual({ at: DUE_AT });
  });

  it('the email effect off: no email, recorded none', async () => {
    const base = reminderConfig();
    const { ports } = reminderPorts({
      ...base,
      escalation: { ...base.escalation, effects: { ...base.escalation.effects, notify: false } },
    });
    await sendDueReminders(ports);
    expect(ports.jira.notify).not.toHaveBeenCalled();
    expect(reminderOf(ports)?.notify).toBe('none');
  });
});

describe('the comment and the property', () => {
  it.each([
    ['the comment refused: failed, final', 'addComment', { comment: 'failed', property: 'done' }],
    ['the property refused: failed, final', 'setIssueProperty', { comment: 'done', property: 'failed' }],
  ] as const)('%s', async (_name, call, steps) => {
    const { ports } = reminderPorts();
    ports.jira[call].mockRejectedValue(new PortFailure('no', 'refused', 403));
    await sendDueReminders(ports);
    expect(reminderOf(ports)).toMatchObject(steps);
  });

  it('Jira busy on the comment: the run stops, the email recorded, the comment left for the next run', async () => {
    const { ports } = reminderPorts();
    ports.jira.addComment.mockRejectedValue(new PortFailure('busy', 'transient', 503));
    expect(await sendDueReminders(ports)).toMatchObject({ reminded: 0, stoppedByJira: true });
    expect(reminderOf(ports)).toStrictEqual({ at: DUE_AT, notify: 'sent' });
  });

  it('the comment already there (an earlier run wrote it and stopped): not written twice', async () => {
    const { ports } = reminderPorts();
    ports.jira.commentMarkers.mockResolvedValue(new Set(['L1-reminder']));
    await sendDueReminders(ports);
    expect(ports.jira.addComment).not.toHaveBeenCalled();
    expect(reminderOf(ports)?.comment).toBe('done');
  });

  it('a resumed reminder (email sent, comment done): only the missing steps run', async () => {
    const started: AckReminder = { at: '2025-03-12T14:00:00.000Z', notify: 'sent', comment: 'done' };
    const { ports } = reminderPorts(reminderConfig(), [{ reminder: started }], '2025-03-12T14:05:00.000Z');
    expect(await sendDueReminders(ports)).toMatchObject({ reminded: 1 });
    expect(ports.jira.notify).not.toHaveBeenCalled();
    expect(ports.jira.addComment).not.toHaveBeenCalled();
    expect(reminderOf(ports)).toEqual({ ...started, property: 'done', raise: 'none' });
  });
});

describe('a reminder resumed at its last step', () => {
  it('email, comment and property recorded: only the raise runs, the property is not written again', async () => {
    const started: AckReminder = { at: DUE_AT, notify: 'sent', comment: 'done', property: 'done' };
    const { ports } = reminderPorts(reminderConfig(), [{ reminder: started }], '2025-03-12T14:05:00.000Z');
    expect(await sendDueReminders(ports)).toMatchObject({ reminded: 1 });
    expect(ports.jira.setIssueProperty).not.toHaveBeenCalled();
    expect(reminderOf(ports)).toEqual({ ...started, raise: 'none' });
  });
});

describe('the automatic raise of the next level', () => {
  it('on, with a next level: level 2 escalated by the app (ackTimeout), counted raised and reminded', async () => {
    const { ports } = reminderPorts(reminderConfig({ autoRaiseOnAcknowledgeTimeout: true }));
    expect(await sendDueReminders(ports)).toMatchObject({ due: 1, reminded: 1, raised: 1 });
    expect(reminderOf(ports)?.raise).toBe('done');
    expect(ports.store.records.get('SUP-1')?.escalations[1]).toMatchObject({
      level: 2,
      automatic: 'ackTimeout',
      byAccountId: 'app:escalade',
    });
  });

  it('on, the raise already recorded (the property step not): each step has its own record, the raise not run again', async () => {
    const started: AckReminder = { at: DUE_AT, notify: 'sent', comment: 'done', raise: 'none' };
    const config = reminderConfig({ autoRaiseOnAcknowledgeTimeout: true });
    const { ports } = reminderPorts(config, [{ reminder: started }]);
    expect(await sendDueReminders(ports)).toMatchObject({ reminded: 1, raised: 0 });
    expect(reminderOf(ports)).toEqual({ ...started, property: 'done' });
    expect(ports.store.records.get('SUP-1')?.escalations).toHaveLength(1);
  });

  it('on, at the last level: none', async () => {
    const { ports, claims } = reminderPorts(reminderConfig({ autoRaiseOnAcknowledgeTimeout: true }), [
      { closedAt: DUE_AT },
      {},
    ]);
    for (const k of claims) if (!k.endsWith(':2')) claims.delete(k);
    ports.jira.projectLead.mockResolvedValue(null);
    expect(await sendDueReminders(ports)).toMatchObject({ reminded: 1, raised: 0 });
    expect(reminderOf(ports, 2)?.raise).toBe('none');
  });

  it('on, but level 2 was taken meanwhile (its claim held): none', async () => {
    const { ports, claims } = reminderPorts(reminderConfig({ autoRaiseOnAcknowledgeTimeout: true }));
    claims.add('escalation:SUP-1:2');
    expect(await sendDueReminders(ports)).toMatchObject({ reminded: 1, raised: 0 });
    expect(reminderOf(ports)?.raise).toBe('none');
  });
});

describe('reminderRecipients: this level’s and the next level’s, or the fallback at the last level', () => {
  it('level 1 of 2: both levels, merged without duplicates', async () => {
    const { ports } = reminderPorts(
      reminderConfig({
        levels: [
          { notifyAssignee: true, recipients: { groups: ['team'], accountIds: ['a'] } },
          { notifyAssignee: true, recipients: { groups: ['team', 'managers'], accountIds: ['a', 'b'] } },
        ],
      }),
    );
    expect(await reminderRecipients(ports, aRequest(), ports.store.stored.config, 1)).toEqual({
      assignee: true,
      users: [{ accountId: 'a' }, { accountId: 'b' }],
      groups: [{ name: 'team' }, { name: 'managers' }],
    });
  });

  it.each([
    [
      'the last level: the fallback recipients added',
      2,
      { groups: ['support-leads'], accountIds: ['lead-x'] },
      true,
      undefined,
      {
        groups: [{ name: 'managers' }, { name: 'support-leads' }],
        users: [{ accountId: 'lead-x' }],
      },
    ],
    [
      'the last level, no fallback, the lead read',
      2,
      { groups: [], accountIds: [] },
      true,
      'lead-1',
      {
        groups: [{ name: 'managers' }],
        users: [{ accountId: 'lead-1' }],
      },
    ],
    [
      'the last level, no fallback, lead option off',
      2,
      { groups: [], accountIds: [] },
      false,
      'lead-1',
      { groups: [{ name: 'managers' }] },
    ],
  ])('%s', async (_name, level, fallbackRecipients, fallbackToProjectLead, lead, to) => {
    const base = reminderConfig();
    const config = { ...base, followUp: { ...base.followUp, fallbackRecipients, fallbackToProjectLead } };
    const { ports } = reminderPorts(config);
    ports.jira.projectLead.mockResolvedValue(lead);
    expect(await reminderRecipients(ports, aRequest(), config, level)).toEqual(to);
  });

  it('people named by account only: users and no groups', async () => {
    const config = reminderConfig({
      levels: [
        { notifyAssignee: false, recipients: { groups: [], accountIds: ['a'] } },
        { notifyAssignee: false, recipients: { groups: [], accountIds: ['b'] } },
      ],
    });
    const { ports } = reminderPorts(config);
    expect(await reminderRecipients(ports, aRequest(), config, 1)).toStrictEqual({
      users: [{ accountId: 'a' }, { accountId: 'b' }],
    });
  });

  it('nobody anywhere: null', async () => {
    const config = aConfig({
      followUp: { fallbackRecipients: { groups: [], accountIds: [] }, fallbackToProjectLead: false },
    });
    const quiet = {
      ...config,
      escalation: {
        ...config.escalation,
        levels: [{ notifyAssignee: false, recipients: { groups: [], accountIds: [] } }],
      },
    };
    const { ports } = reminderPorts(quiet);
    expect(await reminderRecipients(ports, aRequest(), quiet, 1)).toBeNull();
  });
});
