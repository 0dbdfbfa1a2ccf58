/** The fallback time limits (when the runtime cannot tell) and which one each handler uses. */
import { INVOCATION_LIMIT_MS } from './invocation-limits';

const createPorts = jest.fn((_kind: string): never => {
  throw new Error('stop here');
});
jest.mock('./platform', () => ({ createPorts: (kind: string) => createPorts(kind) }));

// Imported after the mock, so the handlers get the spy.
import { followUpTrigger } from './handlers/follow-up-trigger';
import { sweepTrigger } from './handlers/sweep-trigger';

beforeEach(() => createPorts.mockClear());

describe('invocation limits (limits-invocation, "Invocation limits")', () => {
  it('gives resolvers and product event triggers the general 25 s, scheduled triggers their default 55 s', () => {
    expect(INVOCATION_LIMIT_MS).toEqual({ resolver: 25_000, productTrigger: 25_000, scheduledTrigger: 55_000 });
  });

  it('bounds the comment trigger (a product event trigger) by 25 s, not 55 s', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await followUpTrigger({ issue: { key: 'SUP-1' }, comment: { id: '10', author: {} } }).catch(() => undefined);
    expect(createPorts).toHaveBeenCalledWith('productTrigger');
  });

  it('bounds the background run (a scheduled trigger) by 55 s', async () => {
    await sweepTrigger().catch(() => undefined);
    expect(createPorts).toHaveBeenCalledWith('scheduledTrigger');
  });
});
