import { safeText, visibleLength } from './visible-text';

describe('visibleLength', () => {
  it.each([
    ['', 0],
    ['\u0000'.repeat(20), 0],
    ['\u200B'.repeat(20), 0],
    ['\uD800\uDC00'.slice(0, 1).repeat(20), 0],
    ['\u0301'.repeat(5), 0],
    ['👨‍👩‍👧‍👦', 1],
    ['🇫🇷🇫🇷', 2],
    ['e\u0301', 1],
    ['Ça va', 5],
    ['  a   b  ', 3],
    ['a\n\n\nb', 3],
  ])('%j has %i visible characters', (text, n) => expect(visibleLength(text)).toBe(n));
});

describe('safeText', () => {
  it.each([
    ['\u202Egnp.exe', 'gnp.exe'],
    ['a\u2066b\u2069c', 'abc'],
    ['a\u0000b\u0007c\u009Bd', 'abcd'],
    ['ligne 1\r\nligne 2\u2028ligne 3', 'ligne 1\nligne 2\nligne 3'],
    ['x\uD800y', 'xy'],
    ['Ça, c’est « réglé » 🙂👨‍👩‍👧\tok', 'Ça, c’est « réglé » 🙂👨‍👩‍👧\tok'],
  ])('%j → %j', (text, out) => expect(safeText(text)).toBe(out));
});
