/** The customer withdraws their escalation (docs/rules.md §7d) on in-memory ports: who may, one winner, who is told. */
import { a24x7Config, aConfig, aRecord, aRequest, anEscalation, CUSTOMER, STRANGER } from '../../test/builders';
import { fakePorts, expectPropertyWritten } from '../../test/support/fake-ports';
import type { Config } from '../domain/config';
import type { Caller } from '../domain/facts';
import type { EscalationEntry } from '../domain/record';
import { PortFailure } from '../ports';
import { withdrawEscalation } from './withdraw';

const customer: Caller = { accountId: CUSTOMER, accountType: 'customer' };
const NOW = '2025-03-12T12:00:00.000Z';
const withLevels = (base: Config): Config => ({
  ...base,
  escalation: {
    ...base.escalation,
    levels: [
      { notifyAssignee: true, recipients: { groups: ['l1-team'], accountIds: [] } },
      { notifyAssignee: false, recipients: { groups: ['managers'], accountIds: ['boss'] } },
    ],
  },
});

function setup(entry: Partial<EscalationEntry> = {}, config: Config = withLevels(a24x7Config())) {
  const ports = fakePorts(config, NOW);
  ports.store.records.set('SUP-1', aRecord({ escalations: [anEscalation({ level: 1, notify: 'sent', ...entry })] }));
  ports.jira.getRequest.mockResolvedValue(aRequest());
  ports.jira.setIssueProperty.mockResolvedValue(undefined);
  ports.jira.addComment.mockResolvedValue({ id: '1' });
  ports.jira.notify.mockResolvedValue({ ok: true, value: 'sent' });
  return ports;
}

describe('withdrawEscalation', () => {
  it('the reporter withdraws: recorded, property withdrawn, an internal comment, the level’s recipients told; the panel waits for the next level', async () => {
    const ports = setup();
    const result = await withdrawEscalation(ports, 'SUP-1', customer, { note: ' Sorted ' }, 'en');
    expect(result).toMatchObject({ ok: true, value: { kind: 'waiting' } });
    expect(ports.store.records.get('SUP-1')?.escalations[0]).toMatchObject({
      closedAt: NOW,
      closedBy: CUSTOMER,
      withdrawn: true,
      closeNote: 'Sorted',
    });
    expectPropertyWritten(ports.jira, { state: 'withdrawn' });
    expect(ports.jira.addComment).toHaveBeenCalledWith('SUP-1', expect.anything(), 'internal');
    expect(ports.jira.notify).toHaveBeenCalledWith(
      'SUP-1',
      expect.objectContaining({ to: { assignee: true, groups: [{ name: 'l1-team' }] } }),
    );
    expect([...ports.stats.buckets.values()].length).toBe(1);
  });

  it.each([
    ['the escalation email did not go out: nobody to tell', { notify: 'failed' as const }],
    ['no email recorded at all', { notify: undefined }],
  ])('%s', async (_name, entry) => {
    const ports = setup(entry);
    expect((await withdrawEscalation(ports, 'SUP-1', customer, {}, 'en')).ok).toBe(true);
    expect(ports.jira.notify).not.toHaveBeenCalled();
    expect(ports.jira.addComment).toHaveBeenCalledTimes(1);
  });

  it('after a reminder was emailed: its recipients (this level’s and the next’s) are told, even if the first email failed', async () => {
    const ports = setup({ notify: 'failed', reminder: { at: '2025-03-12T11:00:00.000Z', notify: 'sent' } });
    expect((await withdrawEscalation(ports, 'SUP-1', customer, {}, 'fr')).ok).toBe(true);
    expect(ports.jira.notify).toHaveBeenCalledWith(
      'SUP-1',
      expect.objectContaining({
        to: { assignee: true, users: [{ accountId: 'boss' }], groups: [{ name: 'l1-team' }, { name: 'managers' }] },
      }),
    );
  });

  it('unassigned with the project lead as fallback: the lead is read and told', async () => {
    const ports = setup({}, aConfig({ timer: { mode: '24x7', slaName: null } }));
    ports.jira.getRequest.mockResolvedValue(aRequest({ assigneeId: null }));
    ports.jira.projectLead.mockResolvedValue('lead-1');
    expect((await withdrawEscalation(ports, 'SUP-1', customer, {}, 'en')).ok).toBe(true);
    expect(ports.jira.notify).toHaveBeenCalledWith(
      'SUP-1',
      expect.objectContaining({ to: { users: [{ accountId: 'lead-1' }] } }),
    );
  });

  it('level 2 open, level 1 closed before: level 2 withdrawn, level 1 kept as it was', async () => {
    const ports = setup();
    const level1 = anEscalation({ level: 1, notify: 'sent', closedAt: '2025-03-12T10:30:00.000Z', closedBy: 'agent' });
    const level2 = anEscalation({ level: 2, at: '2025-03-12T11:00:00.000Z', notify: 'sent' });
    ports.store.records.set('SUP-1', aRecord({ escalations: [level1, level2] }));
    expect((await withdrawEscalation(ports, 'SUP-1', customer, {}, 'en')).ok).toBe(true);
    const [after1, after2] = ports.store.records.get('SUP-1')?.escalations ?? [];
    expect(after1).toBe(level1);
    expect(after2).toMatchObject({ level: 2, closedAt: NOW, closedBy: CUSTOMER, withdrawn: true });
  });

  it('someone who is not a party: FORBIDDEN, nothing changes', async () => {
    const ports = setup();
    const before = ports.store.records.get('SUP-1');
    const result = await withdrawEscalation(ports, 'SUP-1', { accountId: STRANGER, accountType: 'customer' }, {}, 'en');
    expect(result).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(ports.store.records.get('SUP-1')).toBe(before);
  });

  it.each([
    ['nothing open', { closedAt: '2025-03-12T11:00:00.000Z' }, {}, { code: 'NOTHING_TO_WITHDRAW' }],
    [
      'a note that is not text',
      {},
      { note: 3 },
      { code: 'INVALID_INPUT', fields: [{ path: 'note', key: 'rules.input.text' }] },
    ],
  ])('%s: refused, nothing written', async (_name, entry, input, error) => {
    const ports = setup(entry);
    const before = ports.store.records.get('SUP-1');
    expect(await withdrawEscalation(ports, 'SUP-1', customer, input, 'en')).toEqual({ ok: false, ...error });
    expect(ports.store.records.get('SUP-1')).toBe(before);
    expect(ports.jira.addComment).not.toHaveBeenCalled();
  });

  it('an agent closed it between the read and the write: NOTHING_TO_WITHDRAW, the agent’s closing kept', async () => {
    const ports = setup();
    const closed = aRecord({ escalations: [anEscalation({ closedAt: NOW, closedBy: 'agent' })] });
    const update = ports.store.updateRecord.bind(ports.store);
    ports.store.updateRecord = async (key, change) => {
      ports.store.records.set(key, closed);
      return update(key, change);
    };
    expect(await withdrawEscalation(ports, 'SUP-1', customer, {}, 'en')).toEqual({
      ok: false,
      code: 'NOTHING_TO_WITHDRAW',
    });
    expect(ports.store.records.get('SUP-1')).toEqual(closed);
    expect(ports.jira.setIssueProperty).not.toHaveBeenCalled();
  });

  it('a store that never runs the change is a bug, thrown', async () => {
    const ports = setup();
    ports.store.updateRecord = async (key) => ports.store.getRecord(key);
    await expect(withdrawEscalation(ports, 'SUP-1', customer, {}, 'en')).rejects.toThrow('updateRecord did not run');
  });

  it('Jira refuses the comment and the email: logged, the withdrawal still answers the new state', async () => {
    const ports = setup();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    ports.jira.addComment.mockRejectedValue(new PortFailure('no', 'refused', 403));
    ports.jira.notify.mockRejectedValue(new PortFailure('no', 'refused', 400));
    expect(await withdrawEscalation(ports, 'SUP-1', customer, {}, 'en')).toMatchObject({ ok: true });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0][0]).toContain('withdrawal follow-up refused by Jira: no');
    warn.mockRestore();
  });

  it('Jira busy on the comment: thrown (the handler answers UNAVAILABLE), the withdrawal already recorded', async () => {
    const ports = setup();
    ports.jira.addComment.mockRejectedValue(new PortFailure('busy', 'transient', 503));
    await expect(withdrawEscalation(ports, 'SUP-1', customer, {}, 'en')).rejects.toThrow('busy');
    expect(ports.store.records.get('SUP-1')?.escalations[0].withdrawn).toBe(true);
  });

  it('in SLA mode the SLA cycle is read once for the answer', async () => {
    const ports = setup({}, withLevels(aConfig({ timer: { mode: 'sla', slaName: 'Time to first response' } })));
    ports.jira.getSlaCycle.mockResolvedValue({ breached: false, breachTime: null, paused: true });
    expect((await withdrawEscalation(ports, 'SUP-1', customer, {}, 'en')).ok).toBe(true);
    expect(ports.jira.getSlaCycle).toHaveBeenCalledWith('SUP-1', 'Time to first response');
  });
});
