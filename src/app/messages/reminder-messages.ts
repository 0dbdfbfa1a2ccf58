import type { Config } from '../../domain/config/schema';
import type { RequestFacts } from '../../domain/facts';
import type { EscalationEntry } from '../../domain/record';
import { formatHours } from '../../i18n/dates';
import { translate, type Lang } from '../../i18n/translate';
import type { AdfDoc, Email } from '../../ports';
import { doc, heading, paragraph, text } from './adf';
import { escapeHtml, safeHref } from './escape-html';
import { cleanText, formatDateTime } from './format';
import { htmlDocument, linkLines } from './layout';

export interface ReminderMessageInput {
  request: RequestFacts;
  config: Config;
  entry: EscalationEntry;
  /** When the reminder is written: how long the level has waited is measured up to it. */
  now: Date;
}

/** "5 heures" / "45 minutes": how long the level has waited, in whole hours (minutes under one hour). */
export function waitedFor(fromIso: string, now: Date, lang: Lang): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(fromIso).getTime()) / 60_000));
  if (minutes < 60) return translate(lang, 'reminder.minutes', { n: minutes });
  return translate(lang, 'reminder.hours', { n: Math.floor(minutes / 60) });
}

function lines(input: ReminderMessageInput) {
  const { request, config, entry, now } = input;
  const lang = config.language;
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const params = {
    key: request.key,
    summary: request.summary,
    level: entry.level,
    date: formatDateTime(entry.at, lang, config.calendar.timezone),
    waited: waitedFor(entry.at, now, lang),
    deadline: formatHours(config.escalation.acknowledgeWithinHours ?? 0, lang),
  };
  return { t, lang, params };
}

/**
 * The one reminder email when a level is not acknowledged in time (docs/rules.md §7b): to that level's
 * recipients and the next level's (or the fallback). `to` is the caller's.
 */
export function reminderEmail(input: ReminderMessageInput): Email {
  const { t, lang, params } = lines(input);
  const subject = t('email.reminder.subject', params);
  const intro = t('email.reminder.intro', params);
  const action = t('email.escalation.action');
  const link = linkLines(lang, input.request.key, safeHref(input.request.issueUrl));
  const textBody = [intro, '', action, link.text, '', t('email.footer')].join('\n');
  const htmlBody = htmlDocument(lang, [`<p>${escapeHtml(intro)}</p>`, `<p>${escapeHtml(action)}</p>`, link.html]);
  return { subject: cleanText(subject), textBody: cleanText(textBody), htmlBody: cleanText(htmlBody), to: {} };
}

/** The internal note for agents that goes with the reminder. */
export function reminderInternalComment(input: ReminderMessageInput): AdfDoc {
  const { t, params } = lines(input);
  return doc(heading(3, t('comment.reminder.title', params)), paragraph(text(t('comment.reminder.body', params))));
}
