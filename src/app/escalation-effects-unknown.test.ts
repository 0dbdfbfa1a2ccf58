/**
 * Writes that got no answer (docs/rules.md §8, "outcome unknown"): an email is never sent again, a comment is
 * looked for by its marker before it is written again, and the run goes on.
 */
import { a24x7Config, aRecord, aRequest, anEscalation } from '../../test/builders';
import { fakePorts } from '../../test/support/fake-ports';
import type { EscalationEntry } from '../domain/record';
import { UnavailableError } from '../forge/jira/errors';
import { needsWork, runEscalationEffects } from './escalation-effects';

const noAnswer = (call: string) => new UnavailableError(`${call}: no response`, null, call, 1, true);

describe('needsWork, outcome unknown', () => {
  it.each<[string, Partial<EscalationEntry>, string, boolean]>([
    [
      'an email of unknown outcome is never sent again',
      { effects: { notify: 'unknown' }, notify: 'unknown' },
      'notify',
      false,
    ],
    [
      'a comment of unknown outcome is completed (after a look)',
      { effects: { internalComment: 'unknown' } },
      'internalComment',
      true,
    ],
    [
      'a transition of unknown outcome is completed (Jira refuses it if made)',
      { effects: { transition: 'unknown' } },
      'transition',
      true,
    ],
  ])('%s', (_name, entry, effect, expected) => {
    expect(needsWork(anEscalation(entry), effect as never)).toBe(expected);
  });
});

describe('runEscalationEffects, outcome unknown', () => {
  const config = a24x7Config({ escalation: { effects: { publicComment: true } } });
  const pending = anEscalation({
    effects: { label: 'pending', internalComment: 'pending', notify: 'pending', publicComment: 'pending' },
  });

  function setup(entry = pending) {
    const ports = fakePorts(config);
    ports.store.records.set('SUP-1', aRecord({ escalations: [entry] }));
    ports.jira.addLabel.mockResolvedValue(undefined);
    ports.jira.addComment.mockResolvedValue({ id: '1' });
    ports.jira.notify.mockResolvedValue({ ok: true, value: 'sent' });
    return ports;
  }
  const entryOf = (ports: ReturnType<typeof setup>) => ports.store.records.get('SUP-1')?.escalations[0];
  const quiet = () => jest.spyOn(console, 'warn').mockImplementation(() => {});

  it('given notify gets no answer, then it is unknown (never resent) and the next effects still run', async () => {
    const ports = setup();
    ports.jira.notify.mockRejectedValue(noAnswer('POST notify'));
    const warn = quiet();
    await runEscalationEffects(ports, aRequest(), config, 1);
    warn.mockRestore();
    expect(entryOf(ports)).toMatchObject({ effects: { notify: 'unknown', publicComment: 'done' }, notify: 'unknown' });
    await runEscalationEffects(ports, aRequest(), config, 1, true);
    expect(ports.jira.notify).toHaveBeenCalledTimes(1);
  });

  it('given the first run, then each comment is written with its marker without a look', async () => {
    const ports = setup();
    await runEscalationEffects(ports, aRequest(), config, 1);
    expect(ports.jira.commentMarkers).not.toHaveBeenCalled();
    expect(ports.jira.addComment.mock.calls.map((c) => [c[2], c[3]])).toEqual([
      ['internal', 'L1-internal'],
      ['public', 'L1-public'],
    ]);
  });

  it('given the internal comment gets no answer, then it is unknown, the run goes on, and the completion looks for it', async () => {
    const ports = setup();
    ports.jira.addComment.mockRejectedValueOnce(noAnswer('POST comment'));
    const warn = quiet();
    await runEscalationEffects(ports, aRequest(), config, 1);
    warn.mockRestore();
    expect(entryOf(ports)?.effects).toMatchObject({
      internalComment: 'unknown',
      notify: 'done',
      publicComment: 'done',
    });

    // Jira had written it: the completion finds its marker and writes nothing.
    ports.jira.commentMarkers.mockResolvedValue(new Set(['L1-internal', 'L1-public']));
    await runEscalationEffects(ports, aRequest(), config, 1, true);
    expect(entryOf(ports)?.effects).toMatchObject({ internalComment: 'done' });
    expect(ports.jira.addComment).toHaveBeenCalledTimes(2);
  });

  it('given a completion and no marker on the issue, then the comment is written once', async () => {
    const ports = setup(anEscalation({ effects: { internalComment: 'unknown' } }));
    ports.jira.commentMarkers.mockResolvedValue(new Set(['L2-internal']));
    await runEscalationEffects(ports, aRequest(), config, 1, true);
    expect(ports.jira.addComment.mock.calls.map((c) => c[3])).toEqual(['L1-internal']);
    expect(entryOf(ports)?.effects).toEqual({ internalComment: 'done' });
  });
});
