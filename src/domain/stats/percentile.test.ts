import { medianAndP90, percentile } from './percentile';

describe('percentile (linear interpolation between closest ranks, R-7)', () => {
  describe.each([
    { values: [], p: 0.5, expected: null },
    { values: [7], p: 0.5, expected: 7 },
    { values: [7], p: 0.9, expected: 7 },
    { values: [1, 2, 3, 4], p: 0.5, expected: 2.5 },
    { values: [4, 1, 3, 2], p: 0.5, expected: 2.5 },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 0.9, expected: 9.1 },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 0.5, expected: 5.5 },
    { values: [10, 20, 30], p: 0, expected: 10 },
    { values: [10, 20, 30], p: 1, expected: 30 },
    { values: [15, 20, 35, 40, 50], p: 0.4, expected: 29 },
    { values: [60, 60, 60, 600], p: 0.9, expected: 438 },
  ])('$p of $values', ({ values, p, expected }) => {
    it(`is ${expected}`, () => {
      const got = percentile(values, p);
      if (expected === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(expected, 10);
    });
  });

  it.each([
    { given: '90 (a percentage, not a fraction)', p: 90 },
    { given: 'just below 0', p: -0.1 },
  ])('refuses a fraction outside 0…1: given $given, a RangeError naming it', ({ p }) => {
    expect(() => percentile([1], p)).toThrow(RangeError);
    expect(() => percentile([1], p)).toThrow(`A percentile is between 0 and 1, got ${p}`);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it('medianAndP90 rounds to the minute', () => {
    expect(medianAndP90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ medianMinutes: 6, p90Minutes: 9 });
    expect(medianAndP90([])).toEqual({ medianMinutes: null, p90Minutes: null });
  });
});
