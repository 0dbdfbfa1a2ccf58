import type { Config } from '../../domain/config/schema';
import type { CommentFacts, RequestFacts } from '../../domain/facts';
import { translate, type Lang } from '../../i18n/translate';
import type { Email } from '../../ports';
import { escapeHtml, escapeHtmlLines, safeHref } from './escape-html';
import { cleanText, excerpt, formatDateTime } from './format';
import { DEFAULT_TIME_ZONE, htmlDocument, linkLines } from './layout';

export interface FollowUpEmailInput {
  request: RequestFacts;
  comment: CommentFacts;
  /** Which follow-up this is (the n-th). */
  count: number;
  /** Follow-ups recorded without an email during the cooldown, announced in this one. */
  suppressed: number;
  authorName: string | null;
  lang: Lang;
  /** For the calendar's time zone. */
  config?: Config;
  timeZone?: string;
  /** Defaults to `request.issueUrl`. */
  issueUrl?: string;
}

/** The email to the assignee (or the fallback recipients) about a customer's follow-up. `to` is the caller's. */
export function followUpEmail(input: FollowUpEmailInput): Email {
  const { request, comment, count, suppressed, lang } = input;
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const zone = input.timeZone ?? input.config?.calendar.timezone ?? DEFAULT_TIME_ZONE;
  const author = input.authorName?.trim() || t('email.someone');
  const date = formatDateTime(comment.createdAt, lang, zone);
  const quote = excerpt(comment.text);
  const url = safeHref(input.issueUrl ?? request.issueUrl);

  const subject = t('email.followUp.subject', { count, key: request.key, summary: request.summary });
  const intro = t('email.followUp.intro', { author, key: request.key, date });
  const countLine = t('email.followUp.count', { count });
  const suppressedLine = suppressed > 0 ? t('email.followUp.suppressed', { n: suppressed }) : null;
  const link = linkLines(lang, request.key, url);

  const textBody = [
    intro,
    countLine,
    '',
    t('email.followUp.excerpt'),
    quote
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n'),
    '',
    ...(suppressedLine ? [suppressedLine, ''] : []),
    link.text,
    '',
    t('email.footer'),
  ].join('\n');

  const htmlBody = htmlDocument(lang, [
    `<p>${escapeHtml(intro)}<br>\n${escapeHtml(countLine)}</p>`,
    `<p>${escapeHtml(t('email.followUp.excerpt'))}</p>`,
    `<blockquote style="margin:0 0 1em;padding-left:1em;border-left:3px solid #ccc">${escapeHtmlLines(quote)}</blockquote>`,
    ...(suppressedLine ? [`<p>${escapeHtml(suppressedLine)}</p>`] : []),
    link.html,
  ]);

  // The summary, names and the customer's words are the user's: nothing in them may reorder the text.
  return { subject: cleanText(subject), textBody: cleanText(textBody), htmlBody: cleanText(htmlBody), to: {} };
}
