/**
 * An escalation is on the pending list before its entry is written: an invocation that dies right after the
 * record is written (a crash, the platform's time limit) leaves work that the background run finds. This matters
 * most for the app's own escalations (SLA breach, acknowledgement timeout), which no customer click retries.
 */
import { a24x7Config, aRequest } from '../../test/builders';
import { addMs, CREATED_AT, hours } from '../../test/times';
import { fakePorts } from '../../test/support/fake-ports';
import type { Caller } from '../domain/facts';
import { pendingMarker } from './complete-effects';
import { escalate } from './escalate';

const customer: Caller = { accountId: 'qm:customer-1', accountType: 'customer' };
const AFTER_DELAY = addMs(CREATED_AT, hours(17)).toISOString();

function setup() {
  const ports = fakePorts(a24x7Config(), AFTER_DELAY);
  ports.jira.getRequest.mockResolvedValue(aRequest());
  const claimed = new Set<string>();
  const steps: string[] = [];
  const write = ports.store.updateRecord.bind(ports.store);
  Object.assign(ports.store, {
    claim: jest.fn(async (key: string) => {
      steps.push(`claim ${key}`);
      return claimed.has(key) ? false : (claimed.add(key), true);
    }),
    release: jest.fn(async (key: string) => void claimed.delete(key)),
  });
  return { ports, claimed, steps, write };
}

describe('recordEscalation: the pending list comes first', () => {
  it('given a first escalation, then the request goes on the pending list before its entry is written', async () => {
    const { ports, steps, write } = setup();
    ports.store.updateRecord = jest.fn(async (key, change) => {
      steps.push('write record');
      return write(key, change);
    });
    // The invocation dies once the record is written: nothing after it runs.
    ports.jira.setIssueProperty.mockRejectedValue(new Error('the invocation died'));
    await expect(escalate(ports, 'SUP-1', customer, { reasonId: 'no-answer', details: '' }, 'en')).rejects.toThrow(
      'the invocation died',
    );
    const firstWrite = steps.indexOf('write record');
    expect(steps.indexOf(`claim ${pendingMarker('SUP-1')}`)).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf(`claim ${pendingMarker('SUP-1')}`)).toBeLessThan(firstWrite);
  });

  it('given a crash right after the entry is written, then the request is on the pending list with its effects pending', async () => {
    const { ports, claimed, write } = setup();
    ports.store.updateRecord = jest.fn(async (key, change) => {
      const next = await write(key, change);
      throw Object.assign(new Error('the invocation died after the write'), { next });
    });
    await expect(escalate(ports, 'SUP-1', customer, { reasonId: 'no-answer', details: '' }, 'en')).rejects.toThrow(
      'the invocation died after the write',
    );
    expect(ports.store.records.get('SUP-1')?.escalations[0]?.effects.notify).toBe('pending');
    expect(claimed.has(pendingMarker('SUP-1'))).toBe(true);
  });
});
