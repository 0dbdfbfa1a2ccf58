/**
 * The customer's escalation on in-memory ports: who may, one winner per level, a stale read cannot add a
 * second entry, and a retry completes an escalation whose effects were left unfinished.
 */
import {
  CUSTOMER,
  STRANGER,
  a24x7Config,
  aRecord,
  aRequest,
  anEscalation,
  DEFAULT_EFFECTS_DONE,
} from '../../test/builders';
import { addMs, CREATED_AT, hours } from '../../test/times';
import { fakePorts } from '../../test/support/fake-ports';
import type { Caller } from '../domain/facts';
import { escalate } from './escalate';
import { readPortalState } from './read-portal-state';

const customer: Caller = { accountId: CUSTOMER, accountType: 'customer' };
const AFTER_DELAY = addMs(CREATED_AT, hours(17)).toISOString(); // 16 h on the 24/7 timer, plus one
const GOOD = { reasonId: 'no-answer', details: '' };

function setup(nowIso = AFTER_DELAY) {
  const ports = fakePorts(a24x7Config(), nowIso);
  ports.jira.getRequest.mockResolvedValue(aRequest());
  for (const m of ['setIssueProperty', 'addLabel'] as const) ports.jira[m].mockResolvedValue(undefined);
  ports.jira.addComment.mockResolvedValue({ id: '1' });
  ports.jira.notify.mockResolvedValue({ ok: true, value: 'sent' });
  const claimed = new Set<string>();
  const claim = jest.fn(async (key: string, _ttl?: number) => (claimed.has(key) ? false : (claimed.add(key), true)));
  const release = jest.fn(async (key: string) => void claimed.delete(key));
  Object.assign(ports.store, { claim, release });
  return { ports, claim, release, claimed };
}

describe('escalate: the first level', () => {
  it('given the reporter after the delay, then level 1 is recorded, every default effect done, and the panel state', async () => {
    const { ports, claim, claimed } = setup();
    const result = await escalate(ports, 'SUP-1', customer, GOOD, 'en');
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'escalated', escalation: { level: 1, reasonId: 'no-answer' } },
    });
    expect(claim).toHaveBeenCalledWith('escalation:SUP-1:1', 60);
    expect(claim).toHaveBeenCalledWith('escalation-effects:SUP-1:1', 60);
    // The effects lock is released; the level claim is kept, and the level waits on the acknowledgement-deadline list.
    expect([...claimed]).toEqual(['escalation:SUP-1:1', 'ack-due:2025-03-11T05:00:00.000Z:SUP-1:1']);
    expect(ports.store.records.get('SUP-1')?.escalations[0].effects).toEqual({
      ...DEFAULT_EFFECTS_DONE,
      raisePriority: 'skipped',
      transition: 'skipped',
      publicComment: 'skipped',
    });
    expect(ports.jira.notify).toHaveBeenCalledTimes(1);
  });

  it.each([
    { given: 'a stranger', caller: { accountId: STRANGER, accountType: 'customer' as const }, code: 'FORBIDDEN' },
    { given: 'before the delay', caller: customer, now: CREATED_AT, code: 'NOT_ELIGIBLE' },
  ])('given $given, then $code and nothing written', async ({ caller, now, code }) => {
    const { ports, claim } = setup(now ? new Date(now).toISOString() : AFTER_DELAY);
    expect(await escalate(ports, 'SUP-1', caller, GOOD, 'en')).toMatchObject({ ok: false, code });
    expect(claim).not.toHaveBeenCalled();
    expect(ports.store.records.has('SUP-1')).toBe(false);
  });

  it('given bad input, then INVALID_INPUT with the fields', async () => {
    const { ports } = setup();
    expect(await escalate(ports, 'SUP-1', customer, { reasonId: 'nope', details: '' }, 'en')).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      fields: [{ path: 'reasonId', key: 'rules.input.unknownReason' }],
    });
  });

  it.each([
    { given: 'the level claim is lost', taken: 'escalation:SUP-1:1' },
    { given: 'the effects lock is held', taken: 'escalation-effects:SUP-1:1' },
  ])('given $given, then ALREADY_ESCALATED and nothing recorded', async ({ taken }) => {
    const { ports, claimed } = setup();
    claimed.add(taken);
    expect(await escalate(ports, 'SUP-1', customer, GOOD, 'en')).toEqual({ ok: false, code: 'ALREADY_ESCALATED' });
    expect(ports.store.records.has('SUP-1')).toBe(false);
    expect(ports.jira.notify).not.toHaveBeenCalled();
  });

  it('given a stale read (the entry was recorded elsewhere meanwhile), then ALREADY_ESCALATED and no second entry', async () => {
    const { ports, claimed } = setup();
    const realUpdate = ports.store.updateRecord.bind(ports.store);
    jest.spyOn(ports.store, 'updateRecord').mockImplementationOnce(async (key, change) => {
      ports.store.records.set(key, aRecord({ escalations: [anEscalation({ at: AFTER_DELAY })] }));
      return realUpdate(key, change);
    });
    expect(await escalate(ports, 'SUP-1', customer, GOOD, 'en')).toEqual({ ok: false, code: 'ALREADY_ESCALATED' });
    expect(ports.store.records.get('SUP-1')?.escalations).toHaveLength(1);
    expect(claimed.has('escalation-effects:SUP-1:1')).toBe(false);
  });
});

describe('escalate: a retry after unfinished effects', () => {
  const unfinished = anEscalation({
    at: AFTER_DELAY,
    effects: { issueProperty: 'done', label: 'pending', notify: 'pending' },
  });

  it('given level 1 with effects pending, then they are completed and the state answered (no level 2)', async () => {
    const { ports, claimed } = setup();
    ports.store.records.set('SUP-1', aRecord({ escalations: [unfinished] }));
    const result = await escalate(ports, 'SUP-1', customer, GOOD, 'en');
    expect(result).toMatchObject({ ok: true, value: { escalation: { level: 1 } } });
    expect(ports.store.records.get('SUP-1')?.escalations).toHaveLength(1);
    expect(ports.store.records.get('SUP-1')?.escalations[0].effects).toMatchObject({ label: 'done', notify: 'done' });
    expect(claimed.size).toBe(0);
  });

  it('given a retry with bad input once level 2 is open, then the effects are completed but INVALID_INPUT is answered', async () => {
    const { ports } = setup();
    const nineHoursBefore = addMs(AFTER_DELAY, -hours(9)).toISOString();
    ports.store.records.set('SUP-1', aRecord({ escalations: [{ ...unfinished, at: nineHoursBefore }] }));
    expect(await escalate(ports, 'SUP-1', customer, { reasonId: 1 }, 'en')).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(ports.jira.addLabel).toHaveBeenCalledTimes(1);
  });

  it('given another invocation completing them (lock held), then ALREADY_ESCALATED', async () => {
    const { ports, claimed } = setup();
    ports.store.records.set('SUP-1', aRecord({ escalations: [unfinished] }));
    claimed.add('escalation-effects:SUP-1:1');
    expect(await escalate(ports, 'SUP-1', customer, GOOD, 'en')).toEqual({ ok: false, code: 'ALREADY_ESCALATED' });
    expect(ports.jira.addLabel).not.toHaveBeenCalled();
  });

  it.each([
    { given: 'acknowledged', extra: { acknowledgedAt: AFTER_DELAY, acknowledgedBy: 'agent' } },
    { given: 'closed', extra: { closedAt: AFTER_DELAY, closedBy: 'agent', closeNote: 'x' } },
  ])('given the unfinished escalation was $given since, then its effects are left alone', async ({ extra }) => {
    const { ports } = setup();
    ports.store.records.set('SUP-1', aRecord({ escalations: [{ ...unfinished, ...extra }] }));
    await escalate(ports, 'SUP-1', customer, GOOD, 'en');
    expect(ports.jira.addLabel).not.toHaveBeenCalled();
  });
});

describe('readPortalState', () => {
  it('given the reporter, then the panel; given a stranger or a missing request, then FORBIDDEN', async () => {
    const { ports } = setup();
    expect(await readPortalState(ports, 'SUP-1', customer, 'en')).toMatchObject({
      ok: true,
      value: { requestKey: 'SUP-1', kind: 'eligible' },
    });
    expect(await readPortalState(ports, 'SUP-1', { accountId: STRANGER, accountType: 'customer' }, 'en')).toEqual({
      ok: false,
      code: 'FORBIDDEN',
    });
    ports.jira.getRequest.mockResolvedValue(null);
    expect(await readPortalState(ports, 'SUP-1', customer, 'en')).toEqual({ ok: false, code: 'FORBIDDEN' });
  });
});
