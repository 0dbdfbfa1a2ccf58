import { translate, type Lang } from '../../i18n/translate';
import { escapeHtml } from './escape-html';

/** The default calendar's zone, for callers that pass no config. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** "Open SUP-3 in Jira" as a text line and an HTML paragraph (link only for an http(s) URL). */
export function linkLines(lang: Lang, key: string, url: string | null): { text: string; html: string } {
  const label = translate(lang, 'email.open', { key });
  if (!url) return { text: key, html: `<p>${escapeHtml(key)}</p>` };
  return {
    text: translate(lang, 'email.openLine', { key, url }),
    html: `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`,
  };
}

/** An HTML fragment Jira wraps in its own email template, with our footer. */
export function htmlDocument(lang: Lang, parts: string[]): string {
  const footer = `<p style="color:#6b778c;font-size:12px">${escapeHtml(translate(lang, 'email.footer'))}</p>`;
  return [...parts, footer].join('\n');
}
