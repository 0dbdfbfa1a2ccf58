/** The effects of an agent's action (docs/rules.md §8) on in-memory ports: each once, its outcome recorded, a lock. */
import { aConfig, aRecord, aRequest, anEscalation, AGENT } from '../../test/builders';
import { fakePorts } from '../../test/support/fake-ports';
import type { AgentEffects } from '../domain/record';
import { PortFailure } from '../ports';
import { completeAgentEffects, customerCommentFor, finishAgentAction } from './agent-effects';

const config = aConfig({ escalation: { notifyCustomerOnAcknowledge: true, notifyCustomerOnClose: true } });
const ACKED = { acknowledgedAt: '2025-03-12T11:00:00.000Z', acknowledgedBy: AGENT };
const PENDING: AgentEffects = { issueProperty: 'pending', customerComment: 'pending' };

function setup(effects: AgentEffects = PENDING, lockFree = true) {
  const ports = fakePorts(config);
  ports.store.records.set('SUP-1', aRecord({ escalations: [anEscalation({ ...ACKED, acknowledgeEffects: effects })] }));
  ports.store.claim = jest.fn(async () => lockFree);
  ports.store.release = jest.fn(async () => undefined);
  ports.jira.setIssueProperty.mockResolvedValue(undefined);
  ports.jira.addComment.mockResolvedValue({ id: '1' });
  ports.jira.commentMarkers.mockResolvedValue(new Set());
  return ports;
}
const effectsOf = (ports: ReturnType<typeof setup>) =>
  ports.store.records.get('SUP-1')?.escalations[0].acknowledgeEffects;
const ACTION = { level: 1, kind: 'acknowledge' as const };

describe('finishAgentAction', () => {
  it('the agent’s own run: property then the public comment with its marker, no look first; the lock taken and released', async () => {
    const ports = setup();
    await finishAgentAction(ports, aRequest(), config, ACTION, false);
    expect(effectsOf(ports)).toEqual({ issueProperty: 'done', customerComment: 'done' });
    expect(ports.jira.commentMarkers).not.toHaveBeenCalled();
    expect(ports.jira.addComment).toHaveBeenCalledWith('SUP-1', expect.anything(), 'public', 'L1-acknowledged');
    expect(ports.store.claim).toHaveBeenCalledWith('agent-effects:SUP-1:1:acknowledge', 60);
    expect(ports.store.release).toHaveBeenCalledWith('agent-effects:SUP-1:1:acknowledge');
  });

  it.each([
    ['resumed by a retry: looks for the comment first', PENDING, true, 1],
    [
      'an unknown comment: looked for first, even on the agent’s own run',
      { customerComment: 'unknown' } as AgentEffects,
      false,
      1,
    ],
    ['a pending comment on the agent’s own run: no look', { customerComment: 'pending' } as AgentEffects, false, 0],
  ])('%s', async (_name, effects, resumed, looks) => {
    const ports = setup(effects);
    await finishAgentAction(ports, aRequest(), config, ACTION, resumed);
    expect(ports.jira.commentMarkers).toHaveBeenCalledTimes(looks);
    expect(effectsOf(ports)?.customerComment).toBe('done');
  });

  it('the comment already there: not written again, done', async () => {
    const ports = setup({ customerComment: 'unknown' });
    ports.jira.commentMarkers.mockResolvedValue(new Set(['L1-acknowledged']));
    await finishAgentAction(ports, aRequest(), config, ACTION, true);
    expect(ports.jira.addComment).not.toHaveBeenCalled();
    expect(effectsOf(ports)?.customerComment).toBe('done');
  });

  it.each([
    ['refused: failed, final', new PortFailure('no', 'refused', 403), 'failed'],
    ['no answer: unknown, completed after a look', new PortFailure('timeout', 'transient', null, 0, true), 'unknown'],
  ])('the comment %s; the property still done', async (_name, error, status) => {
    const ports = setup();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    ports.jira.addComment.mockRejectedValue(error);
    await finishAgentAction(ports, aRequest(), config, ACTION, false);
    expect(effectsOf(ports)).toEqual({ issueProperty: 'done', customerComment: status });
    expect(warn.mock.calls[0][0]).toContain('acknowledge effect customerComment on SUP-1');
    warn.mockRestore();
  });

  it('Jira busy: thrown, the effect left pending, the lock released', async () => {
    const ports = setup();
    ports.jira.setIssueProperty.mockRejectedValue(new PortFailure('busy', 'transient', 503));
    await expect(finishAgentAction(ports, aRequest(), config, ACTION, false)).rejects.toThrow('busy');
    expect(effectsOf(ports)).toEqual(PENDING);
    expect(ports.store.release).toHaveBeenCalledWith('agent-effects:SUP-1:1:acknowledge');
  });

  it('another invocation holds the lock: nothing runs, the record as it stands', async () => {
    const ports = setup(PENDING, false);
    const record = await finishAgentAction(ports, aRequest(), config, ACTION, false);
    expect(record).toBe(ports.store.records.get('SUP-1'));
    expect(ports.jira.setIssueProperty).not.toHaveBeenCalled();
    expect(ports.store.release).not.toHaveBeenCalled();
  });

  it('done, failed and skipped effects are not run again', async () => {
    const ports = setup({ issueProperty: 'failed', customerComment: 'skipped' });
    await finishAgentAction(ports, aRequest(), config, ACTION, true);
    expect(ports.jira.setIssueProperty).not.toHaveBeenCalled();
    expect(ports.jira.addComment).not.toHaveBeenCalled();
  });
});

describe('completeAgentEffects: every action left, on any level', () => {
  it('the acknowledgement and the closing of level 1 both completed', async () => {
    const ports = setup();
    const entry = anEscalation({
      ...ACKED,
      closedAt: '2025-03-12T12:00:00.000Z',
      closedBy: AGENT,
      acknowledgeEffects: { customerComment: 'pending' },
      closeEffects: { customerComment: 'pending' },
    });
    const record = aRecord({ escalations: [entry] });
    ports.store.records.set('SUP-1', record);
    const after = await completeAgentEffects(ports, aRequest(), config, record);
    expect(ports.jira.addComment.mock.calls.map((c) => c[3])).toEqual(['L1-acknowledged', 'L1-closed']);
    expect(after.escalations[0]).toMatchObject({
      acknowledgeEffects: { customerComment: 'done' },
      closeEffects: { customerComment: 'done' },
    });
  });

  it('nothing left: the record given, no call', async () => {
    const ports = setup({ issueProperty: 'done', customerComment: 'done' });
    const record = ports.store.records.get('SUP-1')!;
    expect(await completeAgentEffects(ports, aRequest(), config, record)).toBe(record);
    expect(ports.store.claim).not.toHaveBeenCalled();
  });
});

describe('customerCommentFor: the closing comment shows the reason, and the note only when public', () => {
  const closed = {
    closedAt: '2025-03-12T12:00:00.000Z',
    closedBy: AGENT,
    closeReasonId: 'resolved',
    closeNote: 'Patched.',
  };
  const text = (doc: unknown) => JSON.stringify(doc);
  it.each([
    ['a public note', { closeNotePublic: true }, ['Resolved', 'Patched.'], []],
    ['a private note', { closeNotePublic: false }, ['Resolved'], ['Patched.']],
    [
      'no reason (closed before reasons)',
      { closeReasonId: undefined, closeNotePublic: true },
      ['Patched.'],
      ['Resolved'],
    ],
  ])('%s', (_name, change, shown, hidden) => {
    const en = { ...config, language: 'en' as const };
    const doc = text(customerCommentFor('close', aRequest(), en, anEscalation({ ...closed, ...change })));
    for (const s of shown) expect(doc).toContain(s);
    for (const s of hidden) expect(doc).not.toContain(s);
  });
});
