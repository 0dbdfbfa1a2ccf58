/** Shared inputs and helpers of the message-words tables (src/app/messages/escalation-words.test.ts, other-words.test.ts). */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { aComment, sup3Request } from '../builders';
import type { EscalationEntry } from '../../src/domain/record';
import type { AdfDoc, Email } from '../../src/ports';

export type Lang = 'fr' | 'en';

export const request = sup3Request({ summary: 'Exports PDF', priority: null });

export const entry: EscalationEntry = {
  level: 1,
  at: '2026-11-24T13:30:00.000Z',
  byAccountId: 'customer-alice',
  reasonId: 'no-answer',
  details: 'Rien depuis lundi.',
  effects: {},
  closedAt: '2026-11-25T08:00:00.000Z',
  closeNote: 'Plus besoin.',
};

export const comment = aComment({
  id: '1',
  authorId: 'customer-alice',
  createdAt: '2026-11-24T09:05:00.000Z',
  updatedAt: '2026-11-24T09:05:00.000Z',
  text: 'Des nouvelles de l’export',
});

export const config = (lang: Lang) => ({ ...DEFAULT_CONFIG, language: lang });
export const fold = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
export const LATER = new Date('2026-11-24T18:30:00.000Z');

/** The texts of an ADF document, one per paragraph or heading. */
export function adfLines(d: AdfDoc): string[] {
  return (d.content as { content?: { text?: string }[] }[]).map((n) => (n.content ?? []).map((t) => t.text).join(''));
}
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** The HTML body's blocks as text, one per line: tags dropped, a link as "label [url]", entities decoded. */
export const htmlLines = (e: Email) =>
  e.htmlBody
    .split('\n')
    .map((l) =>
      l
        .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, '$2 [$1]')
        .replace(/<[^>]+>/g, '')
        .replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m),
    )
    .filter((l) => l !== '');
/** What the HTML body must say: the text body's lines, a quote without its "> ", a link line "label : url" as "label [url]". */
export const textAsHtmlLines = (e: Email) =>
  e.textBody
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.replace(/^> /, '').replace(/^(.*?)\s?: (https:\/\/\S+)$/, '$1 [$2]'));
/** An email's subject and text lines; on the way, its HTML body must say the same, block for block. */
export function emailLines(e: Email): string[] {
  expect(htmlLines(e)).toEqual(textAsHtmlLines(e));
  return [e.subject, ...e.textBody.split('\n').filter((l) => l !== '')];
}

export type Row = [name: string, lang: Lang, build: (lang: Lang) => string[], expected: string[]];

/** One text the app writes, built the same way in both languages, with the lines expected in each. */
export interface Text {
  name: string;
  build: (lang: Lang) => string[];
  fr: string[];
  en: string[];
}

/** One table row per text and language. */
export const rowsOf = (texts: Text[]): Row[] =>
  texts.flatMap((t): Row[] => [
    [t.name, 'fr', t.build, t.fr],
    [t.name, 'en', t.build, t.en],
  ]);

export const ESC_FOOT = {
  fr: [
    'Merci de prendre en charge l’escalade depuis le panneau Escalade du ticket.',
    'Ouvrir SUP-3 dans Jira : https://example.atlassian.net/browse/SUP-3',
    'Envoyé par Escalade, l’application de relance et d’escalade pour Jira Service Management.',
  ],
  en: [
    'Please acknowledge the escalation from the Escalade panel of the issue.',
    'Open SUP-3 in Jira: https://example.atlassian.net/browse/SUP-3',
    'Sent by Escalade, the follow-up and escalation app for Jira Service Management.',
  ],
};

/** Each line whole (no-break spaces folded); in French, no plain space before : ? ! ; anywhere. */
export function checkWords(lang: Lang, lines: string[], expected: string[]): void {
  expect(lines.map(fold)).toEqual(expected);
  if (lang === 'fr') for (const line of lines) expect(line).not.toMatch(/ [:?!;]/);
}
