/** The acknowledgement reminders (docs/rules.md §7b) on in-memory ports: which deadlines are due, each step once. */
import { aPolicy } from '../../test/builders';
import { DUE_AT, reminderConfig, reminderPorts } from '../../test/support/reminder-ports';
import { expectPropertyWritten } from '../../test/support/fake-ports';
import { PortFailure } from '../ports';
import { ackDueMarker, ACK_DUE_PREFIX } from './ack-due-list';
import { REMINDER_BATCH, sendDueReminders } from './ack-reminders';

const ZERO = { due: 0, reminded: 0, cleared: 0, raised: 0, busy: 0, stoppedByJira: false };
const MARKER = ackDueMarker(new Date(DUE_AT), 'SUP-1', 1);

describe('sendDueReminders: the deadlines due', () => {
  it('an empty list: nothing read, not even the configuration', async () => {
    const { ports, claims } = reminderPorts();
    claims.clear();
    expect(await sendDueReminders(ports)).toEqual(ZERO);
    expect(ports.store.listClaims).toHaveBeenCalledWith(ACK_DUE_PREFIX, REMINDER_BATCH);
    expect(REMINDER_BATCH).toBe(50);
    expect(ports.store.getConfigCalls).toBe(0);
  });

  it('asks for at most the batch given', async () => {
    const { ports } = reminderPorts();
    await sendDueReminders(ports, 3);
    expect(ports.store.listClaims).toHaveBeenCalledWith(ACK_DUE_PREFIX, 3);
  });

  it.each([
    ['1 ms before the deadline: not due, kept on the list', '2025-03-12T13:59:59.999Z', ZERO, true],
    ['exactly at the deadline: due, reminded', DUE_AT, { ...ZERO, due: 1, reminded: 1 }, false],
    ['1 ms after the deadline: due, reminded', '2025-03-12T14:00:00.001Z', { ...ZERO, due: 1, reminded: 1 }, false],
  ])('%s', async (_name, nowIso, report, kept) => {
    const { ports, claims } = reminderPorts(reminderConfig(), [{}], nowIso);
    expect(await sendDueReminders(ports)).toEqual(report);
    expect(claims.has(MARKER)).toBe(kept);
    expect(ports.store.getConfigCalls).toBe(kept ? 0 : 1);
  });

  it('a malformed marker is taken off the list and not counted', async () => {
    const { ports, claims } = reminderPorts();
    claims.clear();
    claims.add('ack-due:yesterday:SUP-1:1');
    expect(await sendDueReminders(ports)).toEqual(ZERO);
    expect(claims.size).toBe(0);
  });

  it('a full reminder: email to this level’s and the next level’s recipients, comment, property, recorded step by step', async () => {
    const { ports, claims } = reminderPorts();
    expect(await sendDueReminders(ports)).toEqual({ ...ZERO, due: 1, reminded: 1 });
    expect(ports.jira.notify).toHaveBeenCalledWith(
      'SUP-1',
      expect.objectContaining({ to: { assignee: true, groups: [{ name: 'l1-team' }, { name: 'managers' }] } }),
    );
    expect(ports.jira.addComment).toHaveBeenCalledWith('SUP-1', expect.anything(), 'internal', 'L1-reminder');
    expectPropertyWritten(ports.jira, { overdue: true });
    expect(ports.store.records.get('SUP-1')?.escalations[0].reminder).toEqual({
      at: DUE_AT,
      notify: 'sent',
      comment: 'done',
      property: 'done',
      raise: 'none',
    });
    expect([...claims]).toEqual([]);
  });

  it.each([
    ['acknowledged', [{ acknowledgedAt: '2025-03-12T11:00:00.000Z' }]],
    ['closed', [{ closedAt: '2025-03-12T11:00:00.000Z' }]],
    ['superseded by level 2 (not the current level)', [{}, { closedAt: '2025-03-12T13:00:00.000Z' }]],
    [
      'already reminded, every step',
      [{ reminder: { at: DUE_AT, notify: 'sent', comment: 'done', property: 'done', raise: 'none' } }],
    ],
  ] as const)('%s: cleared, nothing sent', async (_name, entries) => {
    const { ports, claims } = reminderPorts(reminderConfig(), [...entries]);
    for (const k of claims) if (k !== MARKER) claims.delete(k); // level 1's deadline only
    expect(await sendDueReminders(ports)).toMatchObject({ due: 1, cleared: 1, reminded: 0 });
    expect(claims.has(MARKER)).toBe(false);
    expect(ports.jira.notify).not.toHaveBeenCalled();
    expect(ports.jira.getRequest).not.toHaveBeenCalled();
  });

  it('the deadline turned off since: cleared', async () => {
    const { ports } = reminderPorts(reminderConfig({ acknowledgeWithinHours: null }));
    expect(await sendDueReminders(ports)).toMatchObject({ due: 1, cleared: 1 });
    expect(ports.jira.notify).not.toHaveBeenCalled();
  });

  it.each([
    ['a support policy sets 4 hours', 4, { due: 1, reminded: 1, cleared: 0 }, 1],
    ['the policy turns its deadline off (null)', null, { due: 1, reminded: 0, cleared: 1 }, 0],
    ['the policy sets none (the top-level one holds)', undefined, { due: 1, reminded: 0, cleared: 1 }, 0],
  ])('no deadline at the top level, %s', async (_name, acknowledgeWithinHours, report, requestReads) => {
    const policy = aPolicy('gold', {}, acknowledgeWithinHours === undefined ? {} : { acknowledgeWithinHours });
    const { ports } = reminderPorts({ ...reminderConfig({ acknowledgeWithinHours: null }), policies: [policy] });
    expect(await sendDueReminders(ports)).toMatchObject(report);
    expect(ports.jira.getRequest).toHaveBeenCalledTimes(requestReads);
  });

  it('no deadline at the top level nor in another project’s policy, the request’s policy sets 4 hours: reminded', async () => {
    const other = aPolicy('other', { projects: ['OPS'] });
    const gold = aPolicy('gold', {}, { acknowledgeWithinHours: 4 });
    const config = { ...reminderConfig({ acknowledgeWithinHours: null }), policies: [other, gold] };
    const { ports } = reminderPorts(config);
    expect(await sendDueReminders(ports)).toMatchObject({ due: 1, reminded: 1, cleared: 0 });
  });

  it('a marker for a level with no entry: cleared', async () => {
    const { ports, claims } = reminderPorts();
    claims.add(ackDueMarker(new Date(DUE_AT), 'SUP-1', 2));
    expect(await sendDueReminders(ports)).toEqual({ ...ZERO, due: 2, reminded: 1, cleared: 1 });
  });

  it.each([
    ['gone from Jira', null],
    ['resolved', { statusCategory: 'done' as const }],
  ])('the request %s: cleared, nothing sent', async (_name, change) => {
    const { ports, claims } = reminderPorts();
    const { aRequest } = await import('../../test/builders');
    ports.jira.getRequest.mockResolvedValue(change && aRequest(change));
    expect(await sendDueReminders(ports)).toMatchObject({ due: 1, cleared: 1 });
    expect(claims.has(MARKER)).toBe(false);
    expect(ports.jira.notify).not.toHaveBeenCalled();
  });

  it('another run holds the level’s reminder lock: busy, kept on the list', async () => {
    const { ports, claims } = reminderPorts();
    claims.add('ack-reminder:SUP-1:1');
    expect(await sendDueReminders(ports)).toEqual({ ...ZERO, due: 1, busy: 1 });
    expect(claims.has(MARKER)).toBe(true);
  });

  it('Jira busy: the run stops and says so, the deadline stays on the list; a bug is thrown', async () => {
    const { ports, claims } = reminderPorts();
    ports.jira.getRequest.mockRejectedValue(new PortFailure('busy', 'transient', 503));
    expect(await sendDueReminders(ports)).toEqual({ ...ZERO, due: 1, stoppedByJira: true });
    expect(claims.has(MARKER)).toBe(true);
    expect(claims.has('ack-reminder:SUP-1:1')).toBe(false);
    ports.jira.getRequest.mockRejectedValue(new Error('bug'));
    await expect(sendDueReminders(ports)).rejects.toThrow('bug');
  });

  it('two deadlines due, Jira busy on the first: the second waits for the next run', async () => {
    const { ports } = reminderPorts(reminderConfig(), [{}]);
    ports.store.records.set('SUP-2', { ...ports.store.records.get('SUP-1')!, issueKey: 'SUP-2' });
    await ports.store.claim(ackDueMarker(new Date(DUE_AT), 'SUP-2', 1));
    ports.jira.getRequest.mockRejectedValue(new PortFailure('busy', 'transient', 503));
    expect(await sendDueReminders(ports)).toEqual({ ...ZERO, due: 1, stoppedByJira: true });
    expect(ports.jira.getRequest).toHaveBeenCalledTimes(1);
  });
});
