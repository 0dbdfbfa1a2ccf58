const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Escaped text with its line breaks kept as `<br>`. */
export function escapeHtmlLines(s: string): string {
  return escapeHtml(s).replace(/\r?\n/g, '<br>\n');
}

/** Only http(s) links go into an href; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | undefined): string | null {
  // Stryker disable next-line ConditionalExpression: new URL('') and new URL(undefined) throw, and the catch gives the same null
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null;
  } catch {
    return null;
  }
}
