/**
 * Plain text of an Atlassian Document Format body, for email excerpts. Marks are dropped,
 * mentions keep their display text, block nodes end with a line break.
 */
type AdfNode = { type?: string; text?: string; attrs?: Record<string, unknown>; content?: AdfNode[] };

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'codeBlock',
  'listItem',
  'rule',
  'panel',
  'tableRow',
  'mediaSingle',
]);

function walk(node: AdfNode, out: string[]): void {
  switch (node.type) {
    case 'text':
      out.push(node.text ?? '');
      return;
    case 'hardBreak':
      out.push('\n');
      return;
    case 'mention':
    case 'emoji':
    case 'status':
    case 'date':
      out.push(String(node.attrs?.text ?? node.attrs?.shortName ?? ''));
      return;
    case 'inlineCard':
    case 'blockCard':
      out.push(String(node.attrs?.url ?? ''));
      return;
    default:
      for (const child of node.content ?? []) walk(child, out);
      if (node.type && BLOCKS.has(node.type)) out.push('\n');
  }
}

export function adfToText(body: unknown): string {
  // API v2 bodies (and some payloads) are already plain strings.
  if (typeof body === 'string') return body.trim();
  if (typeof body !== 'object' || body === null) return '';
  const out: string[] = [];
  walk(body as AdfNode, out);
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
