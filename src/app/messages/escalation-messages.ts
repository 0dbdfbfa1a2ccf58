import type { Config } from '../../domain/config/schema';
import { settingsForRequest } from '../../domain/tiers';
import type { RequestFacts } from '../../domain/facts';
import type { EscalationEntry } from '../../domain/record';
import { translate, type Lang } from '../../i18n/translate';
import { reasonLabel } from '../reason-label';
import type { AdfDoc, Email } from '../../ports';
import { doc, heading, paragraph, strong, text } from './adf';
import { escapeHtml, escapeHtmlLines, safeHref } from './escape-html';
import { cleanText, formatDateTime } from './format';
import { DEFAULT_TIME_ZONE, htmlDocument, linkLines } from './layout';

/**
 * Input of the escalation texts. Give either the stored `entry` (+ `config` for the reason label
 * and the time zone) or the explicit values; explicit values win.
 */
export interface EscalationMessageInput {
  request: RequestFacts;
  lang: Lang;
  config?: Config;
  entry?: EscalationEntry;
  level?: number;
  reasonLabel?: string;
  details?: string;
  /** Who escalated (display name); "the customer" when unknown. */
  byName?: string | null;
  /** ISO time of the escalation (or of the acknowledgement/closing for those comments). */
  at?: string;
  /** Defaults to `request.issueUrl`. */
  issueUrl?: string;
  timeZone?: string;
  /** Agent's note, shown to the customer only when the caller passes it explicitly. */
  note?: string;
  /** The closing reason's label, for the closing comment. */
  closeReasonLabel?: string;
}

interface Resolved {
  t: (key: string, params?: Record<string, string | number>) => string;
  level: number;
  reason: string;
  details: string;
  by: string;
  /** No display name was given. */
  byUnknown: boolean;
  date: (iso: string | undefined) => string;
  at: string | undefined;
  /** The support policy's name, once the configuration has policies (docs/rules.md §12); null otherwise. */
  policy: string | null;
}

/** The name of the support policy that applies to the request, in `lang`; null when no policy is configured. */
function policyName(input: EscalationMessageInput, t: Resolved['t']): string | null {
  const { config, request, lang } = input;
  if (!config || config.policies.length === 0) return null;
  const applied = settingsForRequest(config, request).policy;
  return applied.name ? applied.name[lang] : t('email.escalation.policyDefault');
}

function resolve(input: EscalationMessageInput): Resolved {
  const { lang, entry, config } = input;
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const zone = input.timeZone ?? config?.calendar.timezone ?? DEFAULT_TIME_ZONE;
  const reasonId = entry?.reasonId ?? '';
  const configured = config ? reasonLabel(config, reasonId, lang) : undefined;
  return {
    t,
    level: input.level ?? entry?.level ?? 1,
    reason: input.reasonLabel ?? configured ?? reasonId,
    details: cleanText(input.details ?? entry?.details ?? '').trim(),
    by: input.byName?.trim() || t('email.someone'),
    byUnknown: !input.byName?.trim(),
    date: (iso) => (iso ? formatDateTime(iso, lang, zone) : ''),
    at: input.at ?? entry?.at,
    policy: policyName(input, t),
  };
}

/** Email to the assignee and the level's recipients. `to` is the caller's. */
export function escalationEmail(input: EscalationMessageInput): Email {
  const r = resolve(input);
  const { request, lang } = input;
  const subject = r.t('email.escalation.subject', { level: r.level, key: request.key, summary: request.summary });
  const intro = input.entry?.automatic
    ? r.t('email.escalation.introApp', { key: request.key, level: r.level, date: r.date(r.at) })
    : r.t('email.escalation.intro', { by: r.by, key: request.key, level: r.level, date: r.date(r.at) });
  const reason = r.t('email.escalation.reason', { reason: r.reason });
  const policy = r.policy ? [r.t('email.escalation.policy', { policy: r.policy })] : [];
  const link = linkLines(lang, request.key, safeHref(input.issueUrl ?? request.issueUrl));
  const details = r.details ? [r.t('email.escalation.details'), r.details] : [];

  const textBody = [
    intro,
    reason,
    ...policy,
    ...details,
    '',
    r.t('email.escalation.action'),
    link.text,
    '',
    r.t('email.footer'),
  ].join('\n');
  const htmlBody = htmlDocument(lang, [
    `<p>${escapeHtml(intro)}</p>`,
    `<p><strong>${escapeHtml(reason)}</strong></p>`,
    ...policy.map((line) => `<p>${escapeHtml(line)}</p>`),
    ...(r.details
      ? [
          `<p>${escapeHtml(r.t('email.escalation.details'))}</p>`,
          `<blockquote style="margin:0 0 1em;padding-left:1em;border-left:3px solid #ccc">${escapeHtmlLines(r.details)}</blockquote>`,
        ]
      : []),
    `<p>${escapeHtml(r.t('email.escalation.action'))}</p>`,
    link.html,
  ]);
  // The summary, names and the customer's words are the user's: nothing in them may reorder the text.
  return { subject: cleanText(subject), textBody: cleanText(textBody), htmlBody: cleanText(htmlBody), to: {} };
}

/** Internal note for agents: level, who, when, reason and the customer's details (verbatim). */
export function escalationInternalComment(input: EscalationMessageInput): AdfDoc {
  const r = resolve(input);
  return doc(
    heading(3, r.t('comment.escalation.title', { level: r.level })),
    paragraph(
      text(
        input.entry?.automatic
          ? r.t('comment.escalation.byApp', { date: r.date(r.at) })
          : r.byUnknown
            ? r.t('comment.escalation.byCustomer', { date: r.date(r.at) })
            : r.t('comment.escalation.by', { by: r.by, date: r.date(r.at) }),
      ),
    ),
    paragraph(strong(r.t('comment.escalation.reason', { reason: r.reason }))),
    ...(r.policy ? [paragraph(text(r.t('comment.escalation.policy', { policy: r.policy })))] : []),
    ...(r.details ? [paragraph(strong(r.t('comment.escalation.details'))), paragraph(text(r.details))] : []),
  );
}

/**
 * Public confirmation to the customer: level, date and reason, never the internal details. It says the
 * support team was notified only when the escalation email went out (the notify effect runs first).
 */
export function escalationPublicComment(input: EscalationMessageInput): AdfDoc {
  const r = resolve(input);
  const key = input.entry?.notify === 'sent' ? 'comment.escalation.public' : 'comment.escalation.publicQueued';
  return doc(paragraph(text(r.t(key, { level: r.level, date: r.date(r.at), reason: r.reason }))));
}

function agentComment(
  key: 'comment.acknowledged' | 'comment.closed',
  input: EscalationMessageInput,
  at: string | undefined,
): AdfDoc {
  const r = resolve(input);
  const note = cleanText(input.note ?? '').trim();
  const date = r.date(input.at ?? at);
  const line =
    key === 'comment.closed' && input.closeReasonLabel
      ? r.t('comment.closedReason', { date, reason: input.closeReasonLabel })
      : r.t(key, { level: r.level, date });
  return doc(paragraph(text(line)), ...(note ? [paragraph(strong(r.t('comment.note'))), paragraph(text(note))] : []));
}

/** Tells the customer an agent took the escalation in charge. */
export function acknowledgedPublicComment(input: EscalationMessageInput): AdfDoc {
  return agentComment('comment.acknowledged', input, input.entry?.acknowledgedAt);
}

/** Tells the customer the escalation was closed. */
export function closedPublicComment(input: EscalationMessageInput): AdfDoc {
  return agentComment('comment.closed', input, input.entry?.closedAt);
}
