/**
 * The French a French reader expects, enforced on every string of `locales/fr-FR.json` (those added later
 * included), on the French texts of the default configuration and on every rendered French email and comment:
 * a narrow no-break space (U+202F) before ? ! ; : and inside « », the typographic apostrophe, elision before a
 * person's name, real plurals (never "(s)"), and messages that ICU (intl-messageformat) parses and fills.
 */
import { sup3Request } from './builders';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../src/domain/config';
import type { CommentFacts } from '../src/domain/facts';
import type { EscalationEntry } from '../src/domain/record';
import type { AdfDoc } from '../src/ports';
import {
  acknowledgedPublicComment,
  closedPublicComment,
  escalationEmail,
  escalationInternalComment,
  escalationPublicComment,
  followUpEmail,
} from '../src/app/messages';
import { argumentNames, compileMessage, translate, type Lang } from '../src/i18n/translate';
import { flatten } from './i18n-keys.test';

const ROOT = path.resolve(__dirname, '..');
const catalog = (file: string) =>
  [...flatten(JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', file), 'utf8')))] as [string, string][];

/** Every typography fault of a French text; [] when it reads right. */
export function frenchTypographyFaults(text: string): string[] {
  const faults: string[] = [];
  if (/[ \u00a0][?!;:»]/.test(text)) faults.push('plain or wide space before ? ! ; : or » (use U+202F)');
  if (/«[ \u00a0]/.test(text)) faults.push('plain or wide space after « (use U+202F)');
  if (/[^\s\u202f][?!;»]/u.test(text.replace(/\{[^{}]*\}/g, 'x').replace(/https?:\/\/\S+/g, ''))) {
    faults.push('no narrow no-break space before ? ! ; or »');
  }
  if (/«[^\u202f]/.test(text)) faults.push('no narrow no-break space after «');
  if (/'/.test(text)) faults.push('straight apostrophe (write ’; a straight one also starts ICU quoting before {)');
  if (/\((s|es|e)\)/.test(text)) faults.push('"(s)" plural: use {n, plural, one {…} other {…}}');
  for (const [, name] of text.matchAll(/\b(?:de|que|le|la) \{(who|author|by|name|names)\}/g)) {
    if (!text.includes(`{${name}Elision, select,`)) {
      faults.push(
        `"de {${name}}" before a person: elide with {${name}Elision, select, yes {d’{${name}}} other {de {${name}}}}`,
      );
    }
  }
  return faults;
}

/** Formats a message with stand-in values: 1 and 2 for numbers and plurals, "yes"/"x" for selects and text. */
function fillVariants(message: string, lang: Lang): string[] {
  const format = compileMessage(message, lang);
  const names = argumentNames(format.getAst());
  return [1, 2].map((n) => {
    const params = Object.fromEntries(names.map((a) => [a, /Elision$/.test(a) ? 'yes' : n]));
    return String(format.format(params));
  });
}

describe('every French string', () => {
  const fr = catalog('fr-FR.json');

  it('is there to check (the scan is not vacuous)', () => {
    expect(fr.length).toBeGreaterThan(300);
  });

  it('follows French typography (narrow no-break spaces, ’, elision, real plurals)', () => {
    const bad = fr.flatMap(([key, text]) => frenchTypographyFaults(text).map((f) => `${key}: ${f}: ${text}`));
    expect(bad).toEqual([]);
  });

  it.each([
    ['fr-FR.json', 'fr'],
    ['en-US.json', 'en'],
  ] as const)('in %s parses as ICU and fills every argument (no brace left)', (file, lang) => {
    const bad = catalog(file).filter(([, text]) => {
      try {
        return fillVariants(text, lang).some((out) => /[{}]/.test(out));
      } catch {
        return true;
      }
    });
    expect(bad).toEqual([]);
  });

  it('and its English twin use the same arguments (French-only elision helpers aside)', () => {
    const en = new Map(catalog('en-US.json'));
    const args = (text: string, lang: Lang) =>
      argumentNames(compileMessage(text, lang).getAst())
        .filter((a) => !/Elision$/.test(a))
        .sort()
        .join();
    const bad = fr.filter(([key, text]) => en.has(key) && args(text, 'fr') !== args(en.get(key) as string, 'en'));
    expect(bad.map(([k]) => k)).toEqual([]);
  });
});

describe('the default configuration’s French texts', () => {
  it('follow French typography too (the customer reads them in the pane)', () => {
    const c = DEFAULT_CONFIG;
    const texts = [c.critical.message.fr, c.critical.openingHours.fr, ...c.escalation.reasons.map((r) => r.label.fr)];
    expect(texts.flatMap((t) => frenchTypographyFaults(t).map((f) => `${f}: ${t}`))).toEqual([]);
  });
});

describe('the default configuration’s critical texts (issue 15)', () => {
  it('name the opening hours’ zone in both languages, and the message neither repeats the title nor says "Clients"', () => {
    const c = DEFAULT_CONFIG.critical;
    expect(c.openingHours.fr).toContain('(heure de Paris)');
    expect(c.openingHours.en).toContain('(Paris time)');
    for (const lang of ['fr', 'en'] as const) {
      expect(c.message[lang].toLowerCase()).not.toContain(translate(lang, 'portal.critical.title').toLowerCase());
      expect(c.message[lang]).not.toMatch(/\bClients?\b/);
    }
  });

  it('state the limit when a value is too large, with the language’s digits', () => {
    expect(translate('fr', 'config.error.tooLarge', { max: 8760 })).toBe('Saisissez une valeur d’au plus 8\u202f760.');
    expect(translate('en', 'config.error.tooLarge', { max: 8760 })).toBe('Enter a value of at most 8,760.');
  });
});

describe('every rendered French email and comment', () => {
  // User data without punctuation, so that only the app's own text is judged.
  const request = sup3Request({ summary: 'Les exports échouent' });
  const comment: CommentFacts = {
    id: '1',
    authorId: 'customer-alice',
    isPublic: true,
    byApp: false,
    createdAt: '2026-12-01T09:05:00.000Z',
    updatedAt: '2026-12-01T09:05:00.000Z',
    text: 'Des nouvelles',
  };
  const entry: EscalationEntry = {
    level: 1,
    at: '2026-12-01T13:30:00.000Z',
    byAccountId: 'customer-alice',
    reasonId: 'no-answer',
    details: 'Rien depuis une semaine',
    acknowledgedAt: '2026-12-01T15:00:00.000Z',
    closedAt: '2026-12-02T08:00:00.000Z',
    effects: {},
  };
  const adfText = (adf: AdfDoc): string => {
    const walk = (n: unknown): string => {
      const node = n as { text?: string; content?: unknown[] };
      return (node.text ?? '') + (node.content ?? []).map(walk).join('\n');
    };
    return walk(adf);
  };
  const base = { request, lang: 'fr' as const, config: DEFAULT_CONFIG };
  const rendered: [string, string][] = [
    ...[1, 2, 3].flatMap((suppressed): [string, string][] => {
      const e = followUpEmail({ ...base, comment, count: suppressed, suppressed, authorName: 'Alice Martin' });
      return [
        [`follow-up email subject (${suppressed})`, e.subject],
        [`follow-up email text (${suppressed})`, e.textBody],
        [`follow-up email html (${suppressed})`, e.htmlBody],
      ];
    }),
    ...(['Alice Martin', null] as const).flatMap((byName): [string, string][] => {
      const e = escalationEmail({ ...base, entry, byName });
      return [
        ['escalation email subject', e.subject],
        ['escalation email text', e.textBody],
        ['escalation email html', e.htmlBody],
        ['internal comment', adfText(escalationInternalComment({ ...base, entry, byName }))],
      ];
    }),
    ['public comment', adfText(escalationPublicComment({ ...base, entry }))],
    ['acknowledged comment', adfText(acknowledgedPublicComment({ ...base, entry, note: 'Nous regardons' }))],
    ['closed comment', adfText(closedPublicComment({ ...base, entry, note: 'Corrigé' }))],
  ];

  it.each(rendered)('%s follows French typography', (_name, text) => {
    // The HTML's own attribute quotes and style colons are markup, not French.
    const prose = text.replace(/<[^>]*>/g, ' ').replace(/&#39;/g, '’');
    expect(frenchTypographyFaults(prose)).toEqual([]);
  });

  it.each(rendered)('%s names the time zone in words and writes dates as the pane does', (_name, text) => {
    expect(text).not.toMatch(/UTC[+-]|GMT[+-]|décembre/);
  });
});

describe('the checks themselves', () => {
  it.each([
    ['Une question ?', 'plain or wide space'],
    ['Une question?', 'no narrow'],
    ['« citation »', 'plain or wide space'],
    ['Motif : {reason}', 'plain or wide space'],
    ['l\u2019erreur(s)', '"(s)" plural'],
    ["d'accord", 'straight apostrophe'],
    ['Relance de {who}', 'elide'],
  ])('flags %s', (text, fault) => {
    expect(frenchTypographyFaults(text).join(' ')).toContain(fault);
  });
  it.each(['Une question\u202f?', '«\u202fcitation\u202f»', 'Motif\u202f: {reason}', '10:05', 'Relance d’Alice'])(
    'accepts %s',
    (text) => {
      expect(frenchTypographyFaults(text)).toEqual([]);
    },
  );
});
