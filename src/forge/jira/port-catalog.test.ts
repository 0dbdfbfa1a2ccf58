import { pageOf } from './port-catalog';

const named = (v: Record<string, unknown>) =>
  typeof v.id === 'string' && typeof v.name === 'string' ? { id: v.id, name: v.name } : null;

describe('pageOf (a JSM page → a picker page)', () => {
  it.each([
    [
      'a last page',
      {
        start: 0,
        size: 2,
        isLastPage: true,
        values: [
          { id: '1', name: 'a' },
          { id: '2', name: 'b' },
        ],
      },
      0,
      null,
    ],
    ['a full page with more', { start: 50, size: 50, isLastPage: false, values: [{ id: '1', name: 'a' }] }, 50, 100],
    ['no start in the answer: the asked one', { size: 3, isLastPage: false, values: [] }, 10, 13],
    ['isLastPage missing: treated as last', { start: 0, size: 1, values: [{ id: '1', name: 'a' }] }, 0, null],
    ['an empty page never loops', { start: 0, size: 0, isLastPage: false, values: [] }, 0, null],
    ['no body', null, 0, null],
  ])('%s', (_name, page, start, nextStart) => {
    expect(pageOf(page, start, named).nextStart).toBe(nextStart);
  });

  it('drops entries without an id or a name, and non-objects', () => {
    const page = { isLastPage: true, values: [{ id: '1', name: 'a' }, { id: '2' }, 'x', null, { name: 'c' }] };
    expect(pageOf(page, 0, named).values).toEqual([{ id: '1', name: 'a' }]);
  });
});
