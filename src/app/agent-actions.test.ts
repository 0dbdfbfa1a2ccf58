/**
 * Acknowledge and close on in-memory ports: refusals from a plain read change nothing, an accepted action
 * updates the entry, the property follows, and the customer's comment only when the admin turned it on.
 */
import { AGENT, a24x7Config, aRecord, aRequest, anEscalation } from '../../test/builders';
import { fakePorts, expectPropertyWritten } from '../../test/support/fake-ports';
import { acknowledge } from './acknowledge';
import { closeEscalation } from './close-escalation';
import { pendingMarker } from './complete-effects';
import { authorizeAgent, readAgentState } from './read-agent-state';

const NOW = '2025-03-12T11:00:00.000Z';
const PROPERTY_PENDING = { issueProperty: 'pending', customerComment: 'skipped' } as const;
const DONE = { issueProperty: 'done', customerComment: 'skipped' };

function setup(config = a24x7Config(), escalations = [anEscalation({ at: '2025-03-12T10:00:00.000Z' })]) {
  const ports = fakePorts(config, NOW);
  ports.jira.getRequest.mockResolvedValue(aRequest());
  ports.jira.setIssueProperty.mockResolvedValue(undefined);
  ports.jira.addComment.mockResolvedValue({ id: '1' });
  ports.jira.displayNames.mockResolvedValue(new Map());
  ports.store.records.set('SUP-1', aRecord({ escalations }));
  return ports;
}

describe('acknowledge', () => {
  it('given an open escalation, then it is acknowledged by the agent with the note, and the property follows', async () => {
    const ports = setup();
    const result = await acknowledge(ports, 'SUP-1', AGENT, { note: ' On it ' }, 'en');
    expect(result).toMatchObject({ ok: true, value: { acknowledged: true, closed: false } });
    expect(ports.store.records.get('SUP-1')?.escalations[0]).toMatchObject({
      acknowledgedAt: NOW,
      acknowledgedBy: AGENT,
      acknowledgeNote: 'On it',
    });
    expectPropertyWritten(ports.jira, { state: 'acknowledged' });
    expect(ports.jira.addComment).not.toHaveBeenCalled();
  });

  it('given notifyCustomerOnAcknowledge, then one public comment', async () => {
    const ports = setup(a24x7Config({ escalation: { notifyCustomerOnAcknowledge: true } }));
    await acknowledge(ports, 'SUP-1', AGENT, {}, 'en');
    expect(ports.jira.addComment).toHaveBeenCalledTimes(1);
    expect(ports.jira.addComment.mock.calls[0][2]).toBe('public');
  });

  it.each([
    { given: 'no escalation', escalations: [], input: {}, code: 'NOT_ELIGIBLE' },
    { given: 'a bad note', escalations: undefined, input: { note: 5 }, code: 'INVALID_INPUT' },
  ])('given $given, then $code and nothing written', async ({ escalations, input, code }) => {
    const ports = setup(a24x7Config(), escalations);
    const before = ports.store.records.get('SUP-1');
    const update = jest.spyOn(ports.store, 'updateRecord');
    const result = await acknowledge(ports, 'SUP-1', AGENT, input, 'en');
    expect(result).toMatchObject({ ok: false, code });
    expect(update).not.toHaveBeenCalled();
    expect(ports.store.records.get('SUP-1')).toBe(before);
    expect(ports.jira.setIssueProperty).not.toHaveBeenCalled();
  });

  it('given a bad note, then the field is reported', async () => {
    const result = await acknowledge(setup(), 'SUP-1', AGENT, { note: 5 }, 'en');
    expect(result).toEqual({ ok: false, code: 'INVALID_INPUT', fields: [{ path: 'note', key: 'rules.input.text' }] });
  });

  it('given another agent acknowledged in between (inside the write), then CONFLICT and no property write', async () => {
    const ports = setup();
    const realUpdate = ports.store.updateRecord.bind(ports.store);
    jest.spyOn(ports.store, 'updateRecord').mockImplementation(async (key, change) => {
      ports.store.records.set(
        key,
        aRecord({
          escalations: [anEscalation({ at: '2025-03-12T10:00:00.000Z', acknowledgedAt: NOW, acknowledgedBy: 'other' })],
        }),
      );
      return realUpdate(key, change);
    });
    expect(await acknowledge(ports, 'SUP-1', AGENT, {}, 'en')).toEqual({ ok: false, code: 'CONFLICT' });
    expect(ports.jira.setIssueProperty).not.toHaveBeenCalled();
  });

  it('given a store that never runs the change, then it is a bug, thrown', async () => {
    const ports = setup();
    ports.store.updateRecord = async (key) => ports.store.getRecord(key);
    await expect(acknowledge(ports, 'SUP-1', AGENT, {}, 'en')).rejects.toThrow('updateRecord did not run the change');
  });

  it('given a missing request, then NOT_FOUND', async () => {
    const ports = setup();
    ports.jira.getRequest.mockResolvedValue(null);
    expect(await acknowledge(ports, 'SUP-404', AGENT, {}, 'en')).toEqual({ ok: false, code: 'NOT_FOUND' });
  });

  it.each([
    {
      given: 'the same agent’s acknowledgement recorded, its property left pending (Jira was busy)',
      act: (ports: ReturnType<typeof setup>) => acknowledge(ports, 'SUP-1', AGENT, { note: 'again' }, 'en'),
      entry: { acknowledgedAt: NOW, acknowledgedBy: AGENT, acknowledgeEffects: PROPERTY_PENDING },
      effects: 'acknowledgeEffects',
      then: { acknowledged: true, closed: false },
    },
    {
      given: 'the same agent’s close recorded, its property left pending (Jira was busy)',
      act: (ports: ReturnType<typeof setup>) => closeEscalation(ports, 'SUP-1', AGENT, { reasonId: 'other' }, 'en'),
      entry: { closedAt: NOW, closedBy: AGENT, closeReasonId: 'resolved', closeEffects: PROPERTY_PENDING },
      effects: 'closeEffects',
      then: { closed: true },
    },
  ])('given $given, then the retry completes the property and answers the current state', async (row) => {
    const entry = anEscalation({ at: '2025-03-12T10:00:00.000Z', ...row.entry });
    const ports = setup(a24x7Config(), [entry]);
    const release = jest.spyOn(ports.store, 'release');
    expect(await row.act(ports)).toMatchObject({ ok: true, value: row.then });
    expectPropertyWritten(ports.jira, {});
    // The entry as recorded by the first click (the retry's note and reason ignored), its effect now done.
    expect(ports.store.records.get('SUP-1')?.escalations[0]).toEqual({ ...entry, [row.effects]: DONE });
    expect(release).toHaveBeenCalledWith(pendingMarker('SUP-1'));
  });

  it('given two levels, then only the current level changes', async () => {
    const l1 = anEscalation({
      level: 1,
      at: '2025-03-12T09:00:00.000Z',
      acknowledgedAt: '2025-03-12T09:30:00.000Z',
      acknowledgedBy: AGENT,
    });
    const l2 = anEscalation({ level: 2, at: '2025-03-12T10:00:00.000Z' });
    const ports = setup(a24x7Config(), [l1, l2]);
    await acknowledge(ports, 'SUP-1', 'agent-2', {}, 'en');
    const [after1, after2] = ports.store.records.get('SUP-1')?.escalations ?? [];
    expect(after1).toEqual(l1);
    expect(after2).toMatchObject({ acknowledgedBy: 'agent-2' });
  });
});

describe('closeEscalation', () => {
  it('given a note, then closed with it', async () => {
    const ports = setup();
    const result = await closeEscalation(ports, 'SUP-1', AGENT, { reasonId: 'resolved', note: 'Fixed' }, 'en');
    expect(result).toMatchObject({ ok: true, value: { closed: true, acknowledged: false } });
    expect(ports.store.records.get('SUP-1')?.escalations[0]).toMatchObject({
      closedBy: AGENT,
      closeNote: 'Fixed',
      closeReasonId: 'resolved',
    });
    expect(ports.jira.addComment).not.toHaveBeenCalled();
  });

  it('given notifyCustomerOnClose, then one public comment', async () => {
    const ports = setup(a24x7Config({ escalation: { notifyCustomerOnClose: true } }));
    await closeEscalation(ports, 'SUP-1', AGENT, { reasonId: 'resolved', note: 'Fixed' }, 'en');
    expect(ports.jira.addComment.mock.calls.map((c) => c[2])).toEqual(['public']);
  });

  it('given no closing reason, then INVALID_INPUT', async () => {
    expect(await closeEscalation(setup(), 'SUP-1', AGENT, {}, 'en')).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});

describe('agent reads', () => {
  it.each([
    { canBrowse: true, then: { ok: true, value: true } },
    { canBrowse: false, then: { ok: false, code: 'FORBIDDEN' } },
  ])('authorizeAgent, given canBrowse $canBrowse', async ({ canBrowse, then }) => {
    const ports = setup();
    ports.jira.canBrowse.mockResolvedValue(canBrowse);
    expect(await authorizeAgent(ports, 'SUP-1')).toEqual(then);
  });

  it('readAgentState, given a request, then its state; given none, then NOT_FOUND', async () => {
    const ports = setup();
    expect(await readAgentState(ports, 'SUP-1', 'en')).toMatchObject({
      ok: true,
      value: { requestKey: 'SUP-1', level: 1 },
    });
    ports.jira.getRequest.mockResolvedValue(null);
    expect(await readAgentState(ports, 'SUP-1', 'en')).toEqual({ ok: false, code: 'NOT_FOUND' });
  });
});
