/**
 * What a person can read in a text. Shared by the portal form and the server, so that both apply
 * the same rule to the same (trimmed) text.
 *
 * - `visibleLength` counts grapheme clusters (an emoji, even a family of several code points, is
 *   one), ignoring control characters, format characters (zero-width spaces, bidi controls…),
 *   lone surrogates and clusters made of nothing visible; a run of white space counts once.
 * - `safeText` neutralises what must not reach an email or a comment: control characters (but tabs
 *   and line breaks), bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
 *   can make "‮gnp.exe" read as "exe.png", and lone surrogates. French and emoji stay intact.
 */

// Controls but \t and \n; lone surrogates (the u flag makes a lone half its own code point).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\p{Cs}]/gu;
const LINE_SEPARATORS = /[\r\u2028\u2029]/g;
/** A cluster with nothing to see: only format, default-ignorable, mark, control or surrogate code points. */
const INVISIBLE = /^[\p{Cf}\p{Cc}\p{Cs}\p{M}\p{Default_Ignorable_Code_Point}]*$/u;
const SPACE = /^\s+$/u;

let segmenter: Intl.Segmenter | undefined;

function graphemes(text: string): string[] {
  // Grapheme clusters: Intl.Segmenter's default granularity.
  segmenter ??= new Intl.Segmenter();
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Text fit for an email or a comment: see the module comment. Windows line breaks become \n. */
export function safeText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(LINE_SEPARATORS, '\n').replace(UNSAFE, '');
}

/** Number of visible characters of `text`, trimmed (see the module comment). */
export function visibleLength(text: string): number {
  let count = 0;
  let pendingSpace = false;
  for (const g of graphemes(text)) {
    if (SPACE.test(g)) {
      pendingSpace = count > 0;
      continue;
    }
    if (INVISIBLE.test(g)) continue;
    count += pendingSpace ? 2 : 1;
    pendingSpace = false;
  }
  return count;
}
