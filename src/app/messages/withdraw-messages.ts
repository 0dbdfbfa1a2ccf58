import type { Config } from '../../domain/config/schema';
import type { RequestFacts } from '../../domain/facts';
import type { EscalationEntry } from '../../domain/record';
import { translate } from '../../i18n/translate';
import type { AdfDoc, Email } from '../../ports';
import { doc, heading, paragraph, strong, text } from './adf';
import { escapeHtml, escapeHtmlLines, safeHref } from './escape-html';
import { cleanText, formatDateTime } from './format';
import { htmlDocument, linkLines } from './layout';

export interface WithdrawMessageInput {
  request: RequestFacts;
  config: Config;
  entry: EscalationEntry;
}

function parts({ request, config, entry }: WithdrawMessageInput) {
  const lang = config.language;
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const zone = config.calendar.timezone;
  const params = {
    key: request.key,
    summary: request.summary,
    level: entry.level,
    escalatedAt: formatDateTime(entry.at, lang, zone),
    date: formatDateTime(entry.closedAt ?? entry.at, lang, zone),
  };
  return { t, lang, params, note: cleanText(entry.closeNote ?? '').trim() };
}

/** Tells the people emailed about the escalation that the customer no longer needs it. `to` is the caller's. */
export function withdrawnEmail(input: WithdrawMessageInput): Email {
  const { t, lang, params, note } = parts(input);
  const intro = t('email.withdrawn.intro', params);
  const link = linkLines(lang, input.request.key, safeHref(input.request.issueUrl));
  const noteText = note ? [t('email.withdrawn.note'), note] : [];
  const textBody = [intro, ...noteText, '', link.text, '', t('email.footer')].join('\n');
  const htmlBody = htmlDocument(lang, [
    `<p>${escapeHtml(intro)}</p>`,
    ...(note
      ? [`<p>${escapeHtml(t('email.withdrawn.note'))}</p>`, `<blockquote>${escapeHtmlLines(note)}</blockquote>`]
      : []),
    link.html,
  ]);
  const subject = t('email.withdrawn.subject', params);
  return { subject: cleanText(subject), textBody: cleanText(textBody), htmlBody: cleanText(htmlBody), to: {} };
}

/** The internal note for agents: withdrawn by the customer, when, and their note. */
export function withdrawnInternalComment(input: WithdrawMessageInput): AdfDoc {
  const { t, params, note } = parts(input);
  return doc(
    heading(3, t('comment.withdrawn.title', params)),
    paragraph(text(t('comment.withdrawn.body', params))),
    ...(note ? [paragraph(strong(t('email.withdrawn.note'))), paragraph(text(note))] : []),
  );
}
