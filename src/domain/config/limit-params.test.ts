/**
 * A value over a limit is refused with the limit in the error's parameters, so that the message says it
 * ("Saisissez au plus 120 caractères."); other refusals carry no parameter.
 */
import { DEFAULT_CONFIG } from './defaults';
import type { Loose } from '../../../test/support/config-rules';
import { parseConfig, type ConfigFieldError } from './parse';

function errorsAt(path: string, change: (c: Loose) => void): ConfigFieldError[] {
  const input: Loose = structuredClone(DEFAULT_CONFIG);
  change(input);
  const r = parseConfig(input);
  return r.ok ? [] : r.errors.filter((e) => e.path === path);
}

describe('the limit of a refusal', () => {
  it.each<{ given: string; path: string; change: (c: Loose) => void; then: ConfigFieldError[] }>([
    {
      given: 'details max 2,001 (the most is 2,000)',
      path: 'escalation.detailsMax',
      change: (c) => (c.escalation.detailsMax = 2001),
      then: [{ path: 'escalation.detailsMax', key: 'config.error.tooLarge', params: { max: '2000' } }],
    },
    {
      given: 'a reason label of 121 characters (the most is 120)',
      path: 'escalation.reasons.0.label.en',
      change: (c) => (c.escalation.reasons[0].label.en = 'x'.repeat(121)),
      then: [{ path: 'escalation.reasons.0.label.en', key: 'config.error.tooLong', params: { max: '120' } }],
    },
    {
      given: '6 levels (the most is 5)',
      path: 'escalation.levels',
      change: (c) => (c.escalation.levels = Array.from({ length: 6 }, () => c.escalation.levels[0])),
      then: [{ path: 'escalation.levels', key: 'config.error.tooMany', params: { max: '5' } }],
    },
    {
      given: 'details max 0 (under the least, 1): no parameter',
      path: 'escalation.detailsMax',
      change: (c) => Object.assign(c.escalation, { detailsMin: 0, detailsMax: 0 }),
      then: [{ path: 'escalation.detailsMax', key: 'config.error.negative' }],
    },
  ])('given $given, then the error is exactly that', ({ path, change, then }) => {
    expect(errorsAt(path, change)).toStrictEqual(then);
  });
});
