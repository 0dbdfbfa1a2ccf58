/**
 * The `escalade` property never goes back in time (docs/rules.md §8): written from the record as it stands, read
 * again once Jira answered, and written again when the record moved meanwhile, at most 3 more times.
 */
import { a24x7Config, aRecord, aRequest } from '../../test/builders';
import { fakePorts } from '../../test/support/fake-ports';
import { syncIssueProperty } from './escalation-effects';

/** The store's record gains one follow-up during each of the first `moves` writes (another writer at work). */
function movingPorts(moves: number, config = a24x7Config()) {
  const ports = fakePorts(config);
  ports.store.records.set('SUP-1', aRecord());
  const written: number[] = [];
  ports.jira.setIssueProperty.mockImplementation(async (_key: string, _name: string, value: { followUps: number }) => {
    written.push(value.followUps);
    const r = ports.store.records.get('SUP-1')!;
    if (written.length <= moves) ports.store.records.set('SUP-1', { ...r, followUpCount: r.followUpCount + 1 });
  });
  return { ports, written };
}

describe('syncIssueProperty: the record as it stands once Jira answered', () => {
  it.each([
    { given: 'the record unchanged during the write', moves: 0, written: [0] },
    { given: 'the record moved once during the write', moves: 1, written: [0, 1] },
    { given: 'the record moved during 3 writes (the last resync catches up)', moves: 3, written: [0, 1, 2, 3] },
    { given: 'the record moved during 4 writes (left to the next writer)', moves: 4, written: [0, 1, 2, 3] },
  ])('given $given, then written $written', async ({ moves, written }) => {
    const { ports, written: calls } = movingPorts(moves);
    await syncIssueProperty(ports, ports.store.stored.config, aRequest());
    expect(calls).toEqual(written);
    expect(ports.jira.setIssueProperty).toHaveBeenLastCalledWith(
      'SUP-1',
      'escalade',
      expect.objectContaining({ state: 'none' }),
    );
  });

  it('given the property effect off, then nothing written', async () => {
    const { ports, written } = movingPorts(0, a24x7Config({ escalation: { effects: { issueProperty: false } } }));
    await syncIssueProperty(ports, ports.store.stored.config, aRequest());
    expect(written).toEqual([]);
  });
});
