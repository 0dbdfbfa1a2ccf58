/**
 * The words of every escalation email and comment the app writes, in French and English (issue 16 found them weakly asserted): one
 * table row per text and language, each line compared whole (test/support/message-words.ts).
 */
import {
  acknowledgedPublicComment,
  closedPublicComment,
  escalationEmail,
  escalationInternalComment,
  escalationPublicComment,
} from './index';
import {
  adfLines,
  checkWords,
  config,
  emailLines,
  entry,
  ESC_FOOT,
  request,
  rowsOf,
  type Text,
} from '../../../test/support/message-words';

/** The agent's closing reason and public note, as an agent of each language would write them. */
const CLOSED = {
  fr: { closeReasonLabel: 'Résolu', note: 'Corrigé.' },
  en: { closeReasonLabel: 'Resolved', note: 'Fixed.' },
};

const texts: Text[] = [
  {
    name: 'escalation email',
    build: (lang) =>
      emailLines(escalationEmail({ request, lang, config: config(lang), entry, byName: 'Alice Martin' })),
    fr: [
      'Escalade (niveau 1) sur SUP-3 : Exports PDF',
      'Alice Martin a escaladé la demande SUP-3 au niveau 1 le 24 nov. à 14:30 (heure de Paris).',
      'Motif : Pas de réponse',
      'Détails :',
      'Rien depuis lundi.',
      ...ESC_FOOT.fr,
    ],
    en: [
      'Escalation (level 1) on SUP-3: Exports PDF',
      'Alice Martin escalated request SUP-3 to level 1 on 24 Nov at 14:30 (Paris time).',
      'Reason: No answer',
      'Details:',
      'Rien depuis lundi.',
      ...ESC_FOOT.en,
    ],
  },
  {
    name: 'escalation email by the app (SLA breached)',
    build: (lang) =>
      emailLines(
        escalationEmail({
          request,
          lang,
          config: config(lang),
          entry: { ...entry, automatic: 'slaBreach', reasonId: 'auto:sla-breach', details: '' },
        }),
      ),
    fr: [
      'Escalade (niveau 1) sur SUP-3 : Exports PDF',
      'Escalade a escaladé d’elle-même la demande SUP-3 au niveau 1 le 24 nov. à 14:30 (heure de Paris).',
      'Motif : SLA dépassé',
      ...ESC_FOOT.fr,
    ],
    en: [
      'Escalation (level 1) on SUP-3: Exports PDF',
      'Escalade escalated request SUP-3 to level 1 by itself on 24 Nov at 14:30 (Paris time).',
      'Reason: SLA breached',
      ...ESC_FOOT.en,
    ],
  },
  {
    name: 'internal comment',
    build: (lang) =>
      adfLines(escalationInternalComment({ request, lang, config: config(lang), entry, byName: 'Alice Martin' })),
    fr: [
      'Escalade, niveau 1',
      'Escaladé par Alice Martin le 24 nov. à 14:30 (heure de Paris).',
      'Motif : Pas de réponse',
      'Détails :',
      'Rien depuis lundi.',
    ],
    en: [
      'Escalation, level 1',
      'Escalated by Alice Martin on 24 Nov at 14:30 (Paris time).',
      'Reason: No answer',
      'Details:',
      'Rien depuis lundi.',
    ],
  },
  {
    name: 'public comment, email sent',
    build: (lang) =>
      adfLines(escalationPublicComment({ request, lang, config: config(lang), entry: { ...entry, notify: 'sent' } })),
    fr: [
      'Votre demande a été escaladée le 24 nov. à 14:30 (heure de Paris). Motif : Pas de réponse. L’équipe support a été prévenue.',
    ],
    en: [
      'Your request was escalated on 24 Nov at 14:30 (Paris time). Reason: No answer. The support team has been notified.',
    ],
  },
  {
    name: 'public comment, nobody emailed',
    build: (lang) => adfLines(escalationPublicComment({ request, lang, config: config(lang), entry })),
    fr: [
      'Votre demande a été escaladée le 24 nov. à 14:30 (heure de Paris). Motif : Pas de réponse. Votre escalade est enregistrée et figure dans la file des escalades de l’équipe support.',
    ],
    en: [
      "Your request was escalated on 24 Nov at 14:30 (Paris time). Reason: No answer. Your escalation is recorded and is in the support team's escalation queue.",
    ],
  },
  {
    name: 'acknowledged',
    build: (lang) =>
      adfLines(
        acknowledgedPublicComment({
          request,
          lang,
          config: config(lang),
          entry: { ...entry, acknowledgedAt: '2026-11-24T15:00:00.000Z' },
        }),
      ),
    fr: ['L’équipe support a pris en charge votre escalade le 24 nov. à 16:00 (heure de Paris).'],
    en: ['The support team took your escalation in charge on 24 Nov at 16:00 (Paris time).'],
  },
  {
    name: 'closed with a reason and a public note',
    build: (lang) =>
      adfLines(
        closedPublicComment({
          request,
          lang,
          config: config(lang),
          entry,
          ...CLOSED[lang],
        }),
      ),
    fr: [
      'L’équipe support a clôturé votre escalade le 25 nov. à 09:00 (heure de Paris). Motif : Résolu.',
      'Note de l’équipe support :',
      'Corrigé.',
    ],
    en: [
      'The support team closed your escalation on 25 Nov at 09:00 (Paris time). Reason: Resolved.',
      'Note from the support team:',
      'Fixed.',
    ],
  },
];

describe('the words of the escalation texts', () => {
  it.each(rowsOf(texts))('%s (%s)', (_name, lang, build, expected) => {
    checkWords(lang, build(lang), expected);
  });
});
