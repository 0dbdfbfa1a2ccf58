/**
 * The follow-up and withdrawal emails line by line, text and HTML alike (test/support/message-words.ts): the
 * customer's lines each quoted, the author's name trimmed, no cooldown line or note heading when there is none to
 * give, and the bare key when the issue's URL is not an http(s) one.
 */
import { followUpEmail } from './index';
import { withdrawnEmail } from './withdraw-messages';
import { checkWords, comment, config, emailLines, entry, request } from '../../../test/support/message-words';

const followUp = (overrides: { authorName?: string; issueUrl?: string } = {}) =>
  emailLines(
    followUpEmail({
      request,
      comment: { ...comment, text: 'Des nouvelles de l’export\nToujours en panne.' },
      count: 1,
      suppressed: 0,
      authorName: 'Alice Martin',
      lang: 'fr',
      config: config('fr'),
      ...overrides,
    }),
  );

const INTRO = (author: string) => `${author} a relancé la demande SUP-3 le 24 nov. à 10:05 (heure de Paris).`;
const LINK = 'Ouvrir SUP-3 dans Jira : https://example.atlassian.net/browse/SUP-3';
const FOOTER = 'Envoyé par Escalade, l’application de relance et d’escalade pour Jira Service Management.';

describe('the follow-up email', () => {
  it('nothing suppressed and a two-line comment: each line quoted, no cooldown line', () => {
    checkWords('fr', followUp(), [
      '1re relance sur SUP-3 : Exports PDF',
      INTRO('Alice Martin'),
      'C’est la relance n° 1 sur cette demande.',
      'Son commentaire :',
      '> Des nouvelles de l’export',
      '> Toujours en panne.',
      LINK,
      FOOTER,
    ]);
  });

  it.each([
    {
      given: 'an author’s name padded with spaces: trimmed',
      overrides: { authorName: '  Alice Martin  ' },
      line: INTRO('Alice Martin'),
    },
    { given: 'a blank author’s name: “Le client”', overrides: { authorName: '   ' }, line: INTRO('Le client') },
  ])('given $given', ({ overrides, line }) => {
    expect(followUp(overrides)).toContain(line);
  });

  it('a javascript: URL: the link line is the key alone, in the text and the HTML', () => {
    const lines = followUp({ issueUrl: 'javascript:alert(1)' });
    expect(lines.slice(-2)).toStrictEqual(['SUP-3', FOOTER]);
  });
});

describe('the withdrawal email', () => {
  it('without a note: no note heading, nothing between the intro and the link', () => {
    const withoutNote = { ...entry, closeNote: undefined };
    checkWords('fr', emailLines(withdrawnEmail({ request, config: config('fr'), entry: withoutNote })), [
      'Escalade retirée (niveau 1) sur SUP-3 : Exports PDF',
      'Le client a retiré le 25 nov. à 09:00 (heure de Paris) l’escalade de niveau 1 de la demande SUP-3 (faite le 24 nov. à 14:30 (heure de Paris)) : il n’en a plus besoin.',
      LINK,
      FOOTER,
    ]);
  });
});
