/** The background completion (PRODUCT.md §2b) on in-memory ports: the pending list, what each request counts as. */
import { aConfig, aRecord, aRequest, anEscalation, DEFAULT_EFFECTS_DONE } from '../../test/builders';
import { fakePorts } from '../../test/support/fake-ports';
import { PortFailure } from '../ports';
import { PENDING_PREFIX, pendingMarker } from './complete-effects';
import { completePendingEffects, SWEEP_BATCH } from './sweep';

const ZERO = { examined: 0, completed: 0, cleared: 0, busy: 0, stoppedByJira: false };

/** Ports whose pending list holds these requests; releases and claims are recorded. */
function portsWith(keys: string[], claimable = true) {
  const ports = fakePorts(aConfig({ escalation: { effects: { issueProperty: true } } }));
  const released: string[] = [];
  ports.store.listClaims = jest.fn(async () => keys.map(pendingMarker));
  ports.store.release = jest.fn(async (key: string) => void released.push(key));
  ports.store.claim = jest.fn(async () => claimable);
  return { ports, released };
}

const done = anEscalation({ effects: DEFAULT_EFFECTS_DONE });
const labelPending = anEscalation({ effects: { ...DEFAULT_EFFECTS_DONE, label: 'pending' } });
const ackPending = anEscalation({
  effects: DEFAULT_EFFECTS_DONE,
  acknowledgedAt: '2025-03-12T11:00:00.000Z',
  acknowledgedBy: 'agent',
  acknowledgeEffects: { issueProperty: 'pending', customerComment: 'skipped' },
});

describe('completePendingEffects', () => {
  it('an empty list: nothing read, not even the configuration', async () => {
    const { ports } = portsWith([]);
    expect(await completePendingEffects(ports)).toEqual(ZERO);
    expect(ports.store.listClaims).toHaveBeenCalledWith(PENDING_PREFIX, SWEEP_BATCH);
    expect(ports.store.getConfigCalls).toBe(0);
    expect(SWEEP_BATCH).toBe(50);
  });

  it('asks for at most the batch given', async () => {
    const { ports } = portsWith([]);
    await completePendingEffects(ports, 7);
    expect(ports.store.listClaims).toHaveBeenCalledWith(PENDING_PREFIX, 7);
  });

  it.each([
    ['no escalation', aRecord({ issueKey: 'SUP-1' })],
    ['every effect done', aRecord({ issueKey: 'SUP-1', escalations: [done] })],
    [
      'effects left but acknowledged (they would only be noise)',
      aRecord({ escalations: [{ ...labelPending, acknowledgedAt: '2025-03-12T11:00:00.000Z' }] }),
    ],
  ])('%s: taken off the list (cleared) without a call to Jira', async (_name, record) => {
    const { ports, released } = portsWith(['SUP-1']);
    ports.store.records.set('SUP-1', record);
    expect(await completePendingEffects(ports)).toEqual({ ...ZERO, examined: 1, cleared: 1 });
    expect(released).toEqual([pendingMarker('SUP-1')]);
    expect(ports.jira.getRequest).not.toHaveBeenCalled();
  });

  it('a request gone from Jira: taken off the list (cleared)', async () => {
    const { ports, released } = portsWith(['SUP-1']);
    ports.store.records.set('SUP-1', aRecord({ escalations: [labelPending] }));
    ports.jira.getRequest.mockResolvedValue(null);
    expect(await completePendingEffects(ports)).toEqual({ ...ZERO, examined: 1, cleared: 1 });
    expect(released).toEqual([pendingMarker('SUP-1')]);
    expect(ports.jira.getRequest).toHaveBeenCalledWith('SUP-1', ports.store.stored.config);
  });

  it('an escalation effect left: completed, then off the list', async () => {
    const { ports, released } = portsWith(['SUP-1']);
    ports.store.records.set('SUP-1', aRecord({ escalations: [labelPending] }));
    ports.jira.getRequest.mockResolvedValue(aRequest());
    ports.jira.addLabel.mockResolvedValue(undefined);
    expect(await completePendingEffects(ports)).toEqual({ ...ZERO, examined: 1, completed: 1 });
    expect(ports.jira.addLabel).toHaveBeenCalledTimes(1);
    expect(ports.store.records.get('SUP-1')?.escalations[0].effects.label).toBe('done');
    expect(released).toContain(pendingMarker('SUP-1'));
  });

  it('an agent’s acknowledgement with its property left: completed by the same run', async () => {
    const { ports, released } = portsWith(['SUP-1']);
    ports.store.records.set('SUP-1', aRecord({ escalations: [ackPending] }));
    ports.jira.getRequest.mockResolvedValue(aRequest());
    ports.jira.setIssueProperty.mockResolvedValue(undefined);
    expect(await completePendingEffects(ports)).toEqual({ ...ZERO, examined: 1, completed: 1 });
    expect(ports.store.records.get('SUP-1')?.escalations[0].acknowledgeEffects?.issueProperty).toBe('done');
    expect(released).toEqual(['agent-effects:SUP-1:1:acknowledge', pendingMarker('SUP-1')]);
  });

  it('another invocation holds the effects lock: busy, left on the list', async () => {
    const { ports, released } = portsWith(['SUP-1'], false);
    ports.store.records.set('SUP-1', aRecord({ escalations: [labelPending] }));
    ports.jira.getRequest.mockResolvedValue(aRequest());
    expect(await completePendingEffects(ports)).toEqual({ ...ZERO, examined: 1, busy: 1 });
    expect(released).toEqual([]);
  });

  it('the agent’s effects locked by another invocation: nothing done by this run, left on the list', async () => {
    const { ports, released } = portsWith(['SUP-1'], false);
    ports.store.records.set('SUP-1', aRecord({ escalations: [ackPending] }));
    ports.jira.getRequest.mockResolvedValue(aRequest());
    expect(await completePendingEffects(ports)).toEqual({ ...ZERO, examined: 1, cleared: 1 });
    expect(released).toEqual([]);
    expect(ports.jira.setIssueProperty).not.toHaveBeenCalled();
  });

  it('Jira busy: the run stops at that request, the rest waits for the next run', async () => {
    const { ports } = portsWith(['SUP-1', 'SUP-2', 'SUP-3']);
    for (const key of ['SUP-1', 'SUP-2', 'SUP-3'])
      ports.store.records.set(key, aRecord({ escalations: [labelPending] }));
    ports.jira.getRequest.mockImplementation(async (key: string) => {
      if (key === 'SUP-2') throw new PortFailure('busy', 'transient', 503);
      return aRequest({ key });
    });
    ports.jira.addLabel.mockResolvedValue(undefined);
    expect(await completePendingEffects(ports)).toEqual({ ...ZERO, examined: 2, completed: 1, stoppedByJira: true });
    expect(ports.jira.getRequest).toHaveBeenCalledTimes(2);
  });

  it('anything but a busy Jira (a bug) is thrown', async () => {
    const { ports } = portsWith(['SUP-1']);
    ports.store.records.set('SUP-1', aRecord({ escalations: [labelPending] }));
    ports.jira.getRequest.mockRejectedValue(new Error('bug'));
    await expect(completePendingEffects(ports)).rejects.toThrow('bug');
  });

  it('several requests: each counted once, in the list’s order', async () => {
    const { ports } = portsWith(['SUP-1', 'SUP-2']);
    ports.store.records.set('SUP-1', aRecord({ issueKey: 'SUP-1', escalations: [done] }));
    ports.store.records.set('SUP-2', aRecord({ issueKey: 'SUP-2', escalations: [labelPending] }));
    ports.jira.getRequest.mockImplementation(async (key: string) => aRequest({ key }));
    ports.jira.addLabel.mockResolvedValue(undefined);
    expect(await completePendingEffects(ports)).toEqual({ ...ZERO, examined: 2, completed: 1, cleared: 1 });
    expect(ports.jira.getRequest.mock.calls.map(([key]) => key)).toEqual(['SUP-2']);
  });
});
