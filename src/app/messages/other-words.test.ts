/**
 * The words of every follow-up, reminder and withdrawal text the app writes, in French and English (issue 16 found
 * them weakly asserted): one table row per text and language, each line compared whole (test/support/message-words.ts).
 * The expected lines are in other-words.expected.json, one entry per text, for a translator to read in one place.
 */
import { followUpEmail } from './index';
import { reminderEmail, reminderInternalComment } from './reminder-messages';
import { withdrawnEmail, withdrawnInternalComment } from './withdraw-messages';
import EXPECTED from './other-words.expected.json';
import {
  adfLines,
  checkWords,
  comment,
  config,
  emailLines,
  entry,
  LATER,
  request,
  rowsOf,
  type Text,
} from '../../../test/support/message-words';

/** How each text is built, for both languages; its expected lines are EXPECTED[name]. */
const builds: Record<keyof typeof EXPECTED, Text['build']> = {
  'follow-up email': (lang) =>
    emailLines(
      followUpEmail({
        request,
        comment,
        count: 2,
        suppressed: 1,
        authorName: 'Alice Martin',
        lang,
        config: config(lang),
      }),
    ),
  'reminder email': (lang) => emailLines(reminderEmail({ request, config: config(lang), entry, now: LATER })),
  'reminder comment': (lang) => adfLines(reminderInternalComment({ request, config: config(lang), entry, now: LATER })),
  'withdrawn email': (lang) => emailLines(withdrawnEmail({ request, config: config(lang), entry })),
  'withdrawn comment': (lang) => adfLines(withdrawnInternalComment({ request, config: config(lang), entry })),
};

const texts: Text[] = Object.entries(builds).map(([name, build]) => ({
  name,
  build,
  ...EXPECTED[name as keyof typeof EXPECTED],
}));

describe('the words of the follow-up, reminder and withdrawal texts', () => {
  it.each(rowsOf(texts))('%s (%s)', (_name, lang, build, expected) => {
    checkWords(lang, build(lang), expected);
  });
});
