/**
 * The escalation's effects on in-memory ports: who is emailed per level, which effects still need work,
 * and a run that records each outcome, moves on after a refusal and stops on a transient failure.
 */
import { AGENT, CUSTOMER, a24x7Config, aRecord, aRequest, anEscalation, ALL_EFFECTS_DONE } from '../../test/builders';
import { fakePorts } from '../../test/support/fake-ports';
import type { EscalationEntry } from '../domain/record';
import { BadRequestError, UnavailableError } from '../forge/jira/errors';
import { escalationRecipients, hasUnfinishedEffects, needsWork, runEscalationEffects } from './escalation-effects';

const level = (notifyAssignee: boolean, groups: string[] = [], accountIds: string[] = []) => ({
  notifyAssignee,
  recipients: { groups, accountIds },
});

describe('escalationRecipients: the level settings, with the fallback when unassigned', () => {
  const fallback = { groups: ['leads'], accountIds: ['lead-1'] };
  it.each([
    { given: 'assigned, the assignee only', assignee: AGENT, levels: [level(true)], lvl: 1, to: { assignee: true } },
    {
      given: 'assigned, assignee plus a group and a user',
      assignee: AGENT,
      levels: [level(true, ['n2'], ['acc-1'])],
      lvl: 1,
      to: { assignee: true, users: [{ accountId: 'acc-1' }], groups: [{ name: 'n2' }] },
    },
    {
      given: 'unassigned, the fallback replaces the assignee',
      assignee: null,
      levels: [level(true)],
      lvl: 1,
      to: { users: [{ accountId: 'lead-1' }], groups: [{ name: 'leads' }] },
    },
    {
      given: 'unassigned, the fallback joins the level recipients once each',
      assignee: null,
      levels: [level(true, ['leads', 'n2'], ['lead-1'])],
      lvl: 1,
      to: { users: [{ accountId: 'lead-1' }], groups: [{ name: 'leads' }, { name: 'n2' }] },
    },
    {
      given: 'unassigned, a level that does not email the assignee gets no fallback',
      assignee: null,
      levels: [level(false, ['n2'])],
      lvl: 1,
      to: { groups: [{ name: 'n2' }] },
    },
    {
      given: 'level 2 uses the second level settings',
      assignee: AGENT,
      levels: [level(true), level(false, [], ['boss'])],
      lvl: 2,
      to: { users: [{ accountId: 'boss' }] },
    },
    {
      given: 'a level above the configured ones uses the last settings',
      assignee: AGENT,
      levels: [level(true), level(false, [], ['boss'])],
      lvl: 3,
      to: { users: [{ accountId: 'boss' }] },
    },
  ])('given $given', ({ assignee, levels, lvl, to }) => {
    const config = a24x7Config({ escalation: { levels }, followUp: { fallbackRecipients: fallback } });
    expect(escalationRecipients(aRequest({ assigneeId: assignee }), config, lvl)).toStrictEqual(to);
  });

  it('given unassigned, a level emailing the assignee and no fallback, then nobody (null)', () => {
    expect(escalationRecipients(aRequest({ assigneeId: null }), a24x7Config(), 1)).toBeNull();
  });
});

describe('needsWork: what a retry still has to do', () => {
  it.each<[string, Partial<EscalationEntry>, string, boolean]>([
    ['pending', { effects: { label: 'pending' } }, 'label', true],
    ['done', { effects: { label: 'done' } }, 'label', false],
    ['skipped', { effects: { transition: 'skipped' } }, 'transition', false],
    ['not part of the entry', { effects: {} }, 'label', false],
    ['failed (Jira was busy)', { effects: { label: 'failed' } }, 'label', true],
    ['notify failed with no answer', { effects: { notify: 'failed' } }, 'notify', true],
    [
      'notify failed with an answer (400/403 is final)',
      { effects: { notify: 'failed' }, notify: 'mailDisabled' },
      'notify',
      false,
    ],
  ])('an effect %s: %s', (_name, entry, effect, expected) => {
    expect(needsWork(anEscalation(entry), effect as never)).toBe(expected);
  });

  it.each([
    { given: 'all done', effects: { label: 'done', notify: 'done' }, then: false },
    { given: 'one pending', effects: { label: 'done', notify: 'pending' }, then: true },
  ] as const)('hasUnfinishedEffects, $given: $then', ({ effects, then }) => {
    expect(hasUnfinishedEffects(anEscalation({ effects }))).toBe(then);
  });
});

describe('runEscalationEffects', () => {
  const ALL_ON = a24x7Config({
    escalation: {
      effects: { raisePriority: true, transition: true, transitionId: '31', publicComment: true },
    },
  });
  const pending = anEscalation({
    effects: {
      issueProperty: 'pending',
      label: 'pending',
      internalComment: 'pending',
      notify: 'pending',
      raisePriority: 'pending',
      transition: 'pending',
      publicComment: 'pending',
    },
  });

  function setup(config = ALL_ON, entry = pending) {
    const ports = fakePorts(config);
    ports.store.records.set('SUP-1', aRecord({ escalations: [entry] }));
    for (const m of ['setIssueProperty', 'addLabel', 'raisePriority', 'transition'] as const)
      ports.jira[m].mockResolvedValue(undefined);
    ports.jira.addComment.mockResolvedValue({ id: '1' });
    ports.jira.notify.mockResolvedValue({ ok: true, value: 'sent' });
    return ports;
  }
  const effectsOf = (ports: ReturnType<typeof setup>) => ports.store.records.get('SUP-1')?.escalations[0];

  it('given every effect pending, then each runs once, in order, and is recorded done', async () => {
    const ports = setup();
    const record = await runEscalationEffects(ports, aRequest({ priority: { id: '3', name: 'Medium' } }), ALL_ON, 1);
    expect(record.escalations[0].effects).toEqual(ALL_EFFECTS_DONE);
    expect(record.escalations[0].notify).toBe('sent');
    expect(ports.jira.addLabel).toHaveBeenCalledWith('SUP-1', 'escalade');
    expect(ports.jira.raisePriority).toHaveBeenCalledWith('SUP-1', '3');
    expect(ports.jira.transition).toHaveBeenCalledWith('SUP-1', '31');
    expect(ports.jira.addComment.mock.calls.map((c) => c[2])).toEqual(['internal', 'public']);
    expect(ports.jira.notify.mock.calls[0][1].to).toEqual({ assignee: true });
  });

  it('writes the internal comment for agents (who escalated, by name) and the public one for the customer', async () => {
    const ports = setup(ALL_ON, anEscalation({ effects: { internalComment: 'pending', publicComment: 'pending' } }));
    await runEscalationEffects(ports, aRequest({ names: { [CUSTOMER]: 'Alice Martin' } }), ALL_ON, 1);
    const body = (visibility: string) =>
      JSON.stringify(ports.jira.addComment.mock.calls.find((c) => c[2] === visibility)?.[1]);
    expect(body('internal')).toContain('Alice Martin');
    expect(body('public')).not.toContain('Alice Martin');
  });

  it('given a request with no priority, then the raise is asked from none (null), and done', async () => {
    const ports = setup(ALL_ON, anEscalation({ effects: { raisePriority: 'pending' } }));
    await runEscalationEffects(ports, aRequest({ priority: null }), ALL_ON, 1);
    expect(ports.jira.raisePriority).toHaveBeenCalledWith('SUP-1', null);
    expect(effectsOf(ports)?.effects.raisePriority).toBe('done');
  });

  it('given a transition with no id, then it is skipped', async () => {
    const config = a24x7Config({ escalation: { effects: { transition: true, transitionId: null } } });
    const ports = setup(config, anEscalation({ effects: { transition: 'pending' } }));
    await runEscalationEffects(ports, aRequest(), config, 1);
    expect(effectsOf(ports)?.effects.transition).toBe('skipped');
    expect(ports.jira.transition).not.toHaveBeenCalled();
  });

  it('given nobody to email, then notify is done with outcome none', async () => {
    const ports = setup(ALL_ON, anEscalation({ effects: { notify: 'pending' } }));
    ports.jira.projectLead.mockResolvedValue(null);
    await runEscalationEffects(ports, aRequest({ assigneeId: null }), ALL_ON, 1);
    expect(effectsOf(ports)).toMatchObject({ effects: { notify: 'done' }, notify: 'none' });
    expect(ports.jira.notify).not.toHaveBeenCalled();
  });

  it.each([
    { given: 'mail disabled (403)', answer: { ok: false, status: 403, mailDisabled: true }, notify: 'mailDisabled' },
    { given: 'a bad recipient (400)', answer: { ok: false, status: 400, mailDisabled: false }, notify: 'failed' },
  ])('given notify answers $given, then failed with that outcome (final)', async ({ answer, notify }) => {
    const ports = setup(ALL_ON, anEscalation({ effects: { notify: 'pending' } }));
    ports.jira.notify.mockResolvedValue(answer);
    await runEscalationEffects(ports, aRequest(), ALL_ON, 1);
    expect(effectsOf(ports)).toMatchObject({ effects: { notify: 'failed' }, notify });
  });

  it('given Jira refuses the label (400), then it is failed and the next effects still run', async () => {
    const ports = setup(ALL_ON, anEscalation({ effects: { label: 'pending', internalComment: 'pending' } }));
    ports.jira.addLabel.mockRejectedValue(new BadRequestError('bad', 400, 'PUT issue', ['bad label'], {}));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    await runEscalationEffects(ports, aRequest(), ALL_ON, 1);
    warn.mockRestore();
    expect(effectsOf(ports)?.effects).toMatchObject({ label: 'failed', internalComment: 'done' });
  });

  it('given Jira is busy on the label, then it is recorded failed, the run stops and the error is thrown', async () => {
    const ports = setup(ALL_ON, anEscalation({ effects: { label: 'pending', internalComment: 'pending' } }));
    ports.jira.addLabel.mockRejectedValue(new UnavailableError('503', 503, 'PUT issue', 5));
    await expect(runEscalationEffects(ports, aRequest(), ALL_ON, 1)).rejects.toBeInstanceOf(UnavailableError);
    expect(effectsOf(ports)?.effects).toMatchObject({ label: 'failed', internalComment: 'pending' });
    expect(ports.jira.addComment).not.toHaveBeenCalled();
  });

  it('given an unexpected error, then the run stops and it is thrown', async () => {
    const ports = setup(ALL_ON, anEscalation({ effects: { label: 'pending' } }));
    ports.jira.addLabel.mockRejectedValue(new TypeError('boom'));
    await expect(runEscalationEffects(ports, aRequest(), ALL_ON, 1)).rejects.toThrow('boom');
  });

  it('given done effects and another level, then only the pending ones of that level run', async () => {
    const l1 = anEscalation({ level: 1, effects: { label: 'pending' } });
    const l2 = anEscalation({ level: 2, effects: { label: 'done', internalComment: 'pending' } });
    const ports = setup(ALL_ON, l1);
    ports.store.records.set('SUP-1', aRecord({ escalations: [l1, l2] }));
    await runEscalationEffects(ports, aRequest(), ALL_ON, 2);
    expect(ports.jira.addLabel).not.toHaveBeenCalled();
    expect(ports.jira.addComment).toHaveBeenCalledTimes(1);
    expect(ports.store.records.get('SUP-1')?.escalations.map((e) => e.effects)).toEqual([
      { label: 'pending' },
      { label: 'done', internalComment: 'done' },
    ]);
  });

  it('given no entry at that level, then nothing runs', async () => {
    const ports = setup();
    await runEscalationEffects(ports, aRequest(), ALL_ON, 2);
    expect(ports.jira.addLabel).not.toHaveBeenCalled();
  });
});
