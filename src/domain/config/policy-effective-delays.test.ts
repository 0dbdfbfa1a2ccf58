/**
 * A policy's delays are measured on its effective settings (docs/rules.md §12): its own override where it sets one,
 * else the top level's, and a delay out of reach is refused where the reach was lost.
 */
import { DEFAULT_CONFIG } from './defaults';
import type { Loose } from '../../../test/support/config-rules';
import { parseConfig, type ConfigFieldError } from './parse';

/** One working hour a week, no public holiday: 52 hours a year, less the spring-forward hour = 51 h of reach. */
const ONE_HOUR_A_WEEK = {
  ...DEFAULT_CONFIG.calendar,
  workingDays: [3],
  hours: [{ start: '09:00', end: '10:00' }],
  holidaysCountry: null,
};
const REACH = 51;
const JUST_OUT = 51.01;

/** The defaults (business time, top delays all within 51 h) with one policy for SUP, then `change`. */
function withPolicy(overrides: Loose, change: (c: Loose) => void = () => undefined): Loose {
  const config: Loose = structuredClone(DEFAULT_CONFIG);
  config.policies = [
    {
      id: 'sup',
      name: { fr: 'SUP', en: 'SUP' },
      match: { projects: ['SUP'], requestTypeIds: [], organizationIds: [] },
    },
  ];
  Object.assign(config.policies[0], overrides);
  change(config);
  return config;
}

function outcome(input: Loose): 'accepted' | Pick<ConfigFieldError, 'path' | 'key'>[] {
  const r = parseConfig(input);
  return r.ok ? 'accepted' : r.errors.map(({ path, key }) => ({ path, key }));
}

/** 'accepted', or the one path refused as out of reach. */
const expected = (then: string) =>
  then === 'accepted' ? then : [{ path: then.replace('refused at ', ''), key: 'config.error.unreachable' }];

describe('a policy delay is measured on the policy calendar', () => {
  it.each<{ given: string; input: () => Loose; then: string }>([
    {
      given: 'its own default delay of 51 h on one hour a week (the reach)',
      input: () => withPolicy({ calendar: ONE_HOUR_A_WEEK, defaultDelayHours: REACH }),
      then: 'accepted',
    },
    {
      given: 'its own default delay of 51.01 h on one hour a week, the top one being 24 h',
      input: () => withPolicy({ calendar: ONE_HOUR_A_WEEK, defaultDelayHours: JUST_OUT }),
      then: 'refused at policies.0.defaultDelayHours',
    },
    {
      given: 'its own default delay of 0 h on one hour a week, the top one being 51.01 h on 24x7 time',
      input: () =>
        withPolicy(
          { calendar: ONE_HOUR_A_WEEK, timer: { mode: 'business', slaName: null }, defaultDelayHours: 0 },
          (c) => Object.assign(c, { timer: { mode: '24x7', slaName: null }, defaultDelayHours: JUST_OUT }),
        ),
      then: 'accepted',
    },
    {
      given: 'the top acknowledgement deadline of 51 h inherited on one hour a week',
      input: () => withPolicy({ calendar: ONE_HOUR_A_WEEK }, (c) => (c.escalation.acknowledgeWithinHours = REACH)),
      then: 'accepted',
    },
    {
      given: 'the top acknowledgement deadline of 51.01 h inherited on one hour a week',
      input: () => withPolicy({ calendar: ONE_HOUR_A_WEEK }, (c) => (c.escalation.acknowledgeWithinHours = JUST_OUT)),
      then: 'refused at policies.0.calendar',
    },
    {
      given: 'no acknowledgement deadline of its own (null) where the top one, 51.01 h, is out of its reach',
      input: () =>
        withPolicy({ calendar: ONE_HOUR_A_WEEK, acknowledgeWithinHours: null }, (c) => {
          c.escalation.acknowledgeWithinHours = JUST_OUT;
        }),
      then: 'accepted',
    },
  ])('given $given, then $then', ({ input, then }) => {
    expect(outcome(input())).toStrictEqual(expected(then));
  });
});
