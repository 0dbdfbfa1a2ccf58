/** The excerpt of a customer's comment in the follow-up email: at most 500 characters, trimmed, cut with an ellipsis. */
import { excerpt } from './format';

const a = (n: number) => 'a'.repeat(n);

describe('excerpt: at most 500 characters (code points), with “…” when cut', () => {
  it.each([
    { given: 'spaces and line breaks around the text: trimmed', text: '\n  Any news?  \n', then: 'Any news?' },
    { given: 'exactly 500 characters after trim: kept whole', text: `  ${a(500)}  `, then: a(500) },
    { given: '501 characters: 499 kept, then “…”', text: a(501), then: `${a(499)}…` },
    { given: 'a cut just after a space: the space dropped before “…”', text: `${a(498)} bbb`, then: `${a(498)}…` },
    { given: 'max = 5 and “abc  defgh”: “abc…”', text: 'abc  defgh', max: 5, then: 'abc…' },
  ])('given $given', ({ text, max, then }) => {
    expect(excerpt(text, max)).toBe(then);
  });
});
