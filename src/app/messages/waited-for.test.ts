/** How long a level has waited, in the reminder (docs/rules.md §7b): minutes under an hour, then whole hours. */
import { waitedFor } from './reminder-messages';

const AT = '2025-03-12T10:00:00.000Z';
const after = (ms: number) => new Date(new Date(AT).getTime() + ms);

describe('waitedFor', () => {
  it.each([
    ['written before the escalation (a skewed clock): 0 minutes', -60_000, 'en', '0 minutes'],
    ['59.999 s: 0 minutes (whole minutes, rounded down)', 59_999, 'en', '0 minutes'],
    ['1 minute', 60_000, 'en', '1 minute'],
    ['59 minutes 59 s: still minutes', 3_599_000, 'en', '59 minutes'],
    ['exactly 60 minutes: 1 hour', 3_600_000, 'en', '1 hour'],
    ['119 minutes: 1 hour (whole hours, rounded down)', 7_140_000, 'en', '1 hour'],
    ['5 hours', 18_000_000, 'en', '5 hours'],
    ['5 hours, in French', 18_000_000, 'fr', '5 heures'],
    ['45 minutes, in French', 2_700_000, 'fr', '45 minutes'],
  ] as const)('%s', (_name, ms, lang, text) => {
    expect(waitedFor(AT, after(ms), lang)).toBe(text);
  });
});
