/** Atlassian Document Format helpers: the fake stores comment bodies as ADF and JSM shows them as text. */
import type { AdfDoc } from './types';

export function adfText(text: string): AdfDoc {
  const paragraphs = text.split(/\n{2,}/);
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((p) => ({ type: 'paragraph', content: p ? [{ type: 'text', text: p }] : [] })),
  };
}

/** Plain text of an ADF document: text nodes joined, paragraphs separated by blank lines. */
export function adfToText(doc: unknown): string {
  const blocks: string[] = [];
  const walk = (node: unknown, acc: string[]): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; text?: string; content?: unknown[]; attrs?: Record<string, unknown> };
    if (n.type === 'text' && typeof n.text === 'string') acc.push(n.text);
    else if (n.type === 'hardBreak') acc.push('\n');
    else if (n.type === 'mention' && n.attrs) acc.push(String(n.attrs.text ?? ''));
    if (Array.isArray(n.content)) for (const c of n.content) walk(c, acc);
  };
  const top = (doc as { content?: unknown[] } | null)?.content ?? [];
  for (const block of top) {
    const acc: string[] = [];
    walk(block, acc);
    blocks.push(acc.join(''));
  }
  return blocks.join('\n\n');
}
