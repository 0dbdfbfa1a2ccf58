import { pathMatches, validateFault } from './faults';

describe('fault path patterns', () => {
  it.each([
    ['/properties/escalade', '/rest/api/3/issue/SUP-3/properties/escalade', true],
    ['/properties/escalade', '/rest/api/3/issue/SUP-3/comment', false],
    ['/notify$/', '/rest/api/3/issue/SUP-3/notify', true],
    ['/sup-\\d/i', '/rest/api/3/issue/SUP-3', true],
    ['comment', '/rest/api/3/issue/SUP-3/comment/10001', true],
  ])('%s against %s → %s', (pattern, path, expected) => {
    expect(pathMatches(pattern, path)).toBe(expected);
  });

  it('accepts a path with a leading slash as a substring, and refuses a broken regex', () => {
    expect(() => validateFault({ pathPattern: '/properties/escalade', status: 500, count: 1 })).not.toThrow();
    expect(() => validateFault({ pathPattern: '/(/', status: 500, count: 1 })).toThrow(SyntaxError);
  });
});
