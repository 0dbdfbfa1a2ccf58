/**
 * Percentiles by linear interpolation between closest ranks (R-7, Excel's PERCENTILE.INC):
 * the p-th percentile of n sorted values sits at rank h = (n - 1) × p, between values ⌊h⌋ and ⌈h⌉.
 * The median of [1, 2, 3, 4] is 2.5; the 90th percentile of 1…10 is 9.1. Null for no data.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A percentile is between 0 and 1, got ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Median and 90th percentile, rounded to the minute (null when there is no data). */
export function medianAndP90(values: readonly number[]): { medianMinutes: number | null; p90Minutes: number | null } {
  const round = (v: number | null) => (v === null ? null : Math.round(v));
  return { medianMinutes: round(percentile(values, 0.5)), p90Minutes: round(percentile(values, 0.9)) };
}
