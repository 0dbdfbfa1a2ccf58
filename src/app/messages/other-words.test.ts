/**
 * The words of every follow-up, reminder and withdrawal text the app writes, in French and English (issue 16 found them weakly asserted): one
 * table row per text and language, each line compared whole (test/support/message-words.ts).
 */
import { followUpEmail } from './index';
import { reminderEmail, reminderInternalComment } from './reminder-messages';
import { withdrawnEmail, withdrawnInternalComment } from './withdraw-messages';
import {
  adfLines,
  checkWords,
  comment,
  config,
  emailLines,
  entry,
  ESC_FOOT,
  LATER,
  request,
  rowsOf,
  type Text,
} from '../../../test/support/message-words';

const texts: Text[] = [
  {
    name: 'follow-up email',
    build: (lang) =>
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
    fr: [
      '2e relance sur SUP-3 : Exports PDF',
      'Alice Martin a relancé la demande SUP-3 le 24 nov. à 10:05 (heure de Paris).',
      'C’est la relance n° 2 sur cette demande.',
      'Son commentaire :',
      '> Des nouvelles de l’export',
      '1 autre relance est arrivée depuis le dernier courriel, pendant le délai minimal entre deux courriels.',
      ESC_FOOT.fr[1] as string,
      ESC_FOOT.fr[2] as string,
    ],
    en: [
      '2nd follow-up on SUP-3: Exports PDF',
      'Alice Martin followed up on request SUP-3 on 24 Nov at 10:05 (Paris time).',
      'This is follow-up number 2 on this request.',
      'Their comment:',
      '> Des nouvelles de l’export',
      '1 more follow-up arrived during the cooldown since the previous email.',
      ESC_FOOT.en[1] as string,
      ESC_FOOT.en[2] as string,
    ],
  },
  {
    name: 'reminder email',
    build: (lang) => emailLines(reminderEmail({ request, config: config(lang), entry, now: LATER })),
    fr: [
      'Escalade pas encore prise en charge (niveau 1) sur SUP-3 : Exports PDF',
      'L’escalade de niveau 1 de la demande SUP-3, faite le 24 nov. à 14:30 (heure de Paris), attend depuis 5 heures et personne ne l’a encore prise en charge (délai : 4 h du minuteur).',
      ...ESC_FOOT.fr,
    ],
    en: [
      'Escalation not yet acknowledged (level 1) on SUP-3: Exports PDF',
      'The level 1 escalation of request SUP-3, made on 24 Nov at 14:30 (Paris time), has waited 5 hours and nobody has taken it in hand yet (deadline: 4 h of the timer).',
      ...ESC_FOOT.en,
    ],
  },
  {
    name: 'reminder comment',
    build: (lang) => adfLines(reminderInternalComment({ request, config: config(lang), entry, now: LATER })),
    fr: [
      'Escalade en retard, niveau 1',
      'Personne n’a pris en charge cette escalade dans le délai de 4 h du minuteur. Elle attend depuis le 24 nov. à 14:30 (heure de Paris), soit 5 heures.',
    ],
    en: [
      'Escalation overdue, level 1',
      'Nobody took this escalation in hand within 4 h of the timer. It has waited 5 hours, since 24 Nov at 14:30 (Paris time).',
    ],
  },
  {
    name: 'withdrawn email',
    build: (lang) => emailLines(withdrawnEmail({ request, config: config(lang), entry })),
    fr: [
      'Escalade retirée (niveau 1) sur SUP-3 : Exports PDF',
      'Le client a retiré le 25 nov. à 09:00 (heure de Paris) l’escalade de niveau 1 de la demande SUP-3 (faite le 24 nov. à 14:30 (heure de Paris)) : il n’en a plus besoin.',
      'Sa note :',
      'Plus besoin.',
      ESC_FOOT.fr[1] as string,
      ESC_FOOT.fr[2] as string,
    ],
    en: [
      'Escalation withdrawn (level 1) on SUP-3: Exports PDF',
      'The customer withdrew the level 1 escalation of request SUP-3 (made on 24 Nov at 14:30 (Paris time)) on 25 Nov at 09:00 (Paris time): they no longer need it.',
      'Their note:',
      'Plus besoin.',
      ESC_FOOT.en[1] as string,
      ESC_FOOT.en[2] as string,
    ],
  },
  {
    name: 'withdrawn comment',
    build: (lang) => adfLines(withdrawnInternalComment({ request, config: config(lang), entry })),
    fr: [
      'Escalade retirée, niveau 1',
      'Retirée par le client le 25 nov. à 09:00 (heure de Paris) : elle n’est plus nécessaire.',
      'Sa note :',
      'Plus besoin.',
    ],
    en: [
      'Escalation withdrawn, level 1',
      'Withdrawn by the customer on 25 Nov at 09:00 (Paris time): no longer needed.',
      'Their note:',
      'Plus besoin.',
    ],
  },
];

describe('the words of the follow-up, reminder and withdrawal texts', () => {
  it.each(rowsOf(texts))('%s (%s)', (_name, lang, build, expected) => {
    checkWords(lang, build(lang), expected);
  });
});
