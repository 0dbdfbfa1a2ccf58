import type { AdfDoc } from '../../ports';
import { cleanText } from './format';

/**
 * Tiny ADF builders. Every piece of text, ours or the user's, goes into a `text` node, which
 * Jira renders literally: nothing in it is ever parsed as markup, wiki syntax or a link.
 */
type Mark = { type: 'strong' } | { type: 'em' };
export type AdfInline = { type: 'text'; text: string; marks?: Mark[] } | { type: 'hardBreak' };
export type AdfBlock =
  { type: 'paragraph'; content: AdfInline[] } | { type: 'heading'; attrs: { level: number }; content: AdfInline[] };

/** Text nodes for a possibly multi-line string: lines joined by hardBreaks, no empty text node. */
export function text(s: string, marks?: Mark[]): AdfInline[] {
  const out: AdfInline[] = [];
  cleanText(s)
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (i > 0) out.push({ type: 'hardBreak' });
      if (line.length > 0) out.push(marks ? { type: 'text', text: line, marks } : { type: 'text', text: line });
    });
  return out;
}

export const strong = (s: string): AdfInline[] => text(s, [{ type: 'strong' }]);

export function paragraph(...parts: AdfInline[][]): AdfBlock {
  return { type: 'paragraph', content: parts.flat() };
}

export function heading(level: number, s: string): AdfBlock {
  return { type: 'heading', attrs: { level }, content: text(s) };
}

export function doc(...blocks: AdfBlock[]): AdfDoc {
  // ADF wants no empty paragraph content arrays to hold nothing meaningful; drop them.
  return { type: 'doc', version: 1, content: blocks.filter((b) => b.content.length > 0) };
}
