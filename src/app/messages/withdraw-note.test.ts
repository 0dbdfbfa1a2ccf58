/** The withdrawal's email and comment (docs/rules.md §7d): the customer's note only when they left one, made safe. */
import { aConfig, anEscalation, sup3Request } from '../../../test/builders';
import { safeHref } from './escape-html';
import { withdrawnEmail, withdrawnInternalComment } from './withdraw-messages';

const config = aConfig({ language: 'en' });
const closed = { closedAt: '2026-12-01T10:00:00.000Z', closedBy: 'customer-alice', withdrawn: true };
const input = (closeNote?: string) => ({
  request: sup3Request(),
  config,
  entry: anEscalation({ at: '2026-11-30T09:00:00.000Z', ...closed, ...(closeNote === undefined ? {} : { closeNote }) }),
});

describe('the withdrawal’s note', () => {
  it.each([
    ['no note', undefined],
    ['a blank note', '   '],
  ])('%s: no “Their note:” in the email or the comment', (_name, note) => {
    const email = withdrawnEmail(input(note));
    expect(email.textBody).not.toContain('Their note:');
    expect(email.htmlBody).not.toContain('<blockquote>');
    expect(JSON.stringify(withdrawnInternalComment(input(note)))).not.toContain('Their note:');
  });

  it('a note: trimmed in the text, escaped in the HTML, and in the comment', () => {
    const email = withdrawnEmail(input('  Fixed <b>now</b>\nthanks  '));
    expect(email.textBody).toContain('Their note:\nFixed <b>now</b>\nthanks\n');
    expect(email.htmlBody).toContain('<blockquote>Fixed &lt;b&gt;now&lt;/b&gt;<br>\nthanks</blockquote>');
    expect(JSON.stringify(withdrawnInternalComment(input('Fixed')))).toContain('"text":"Fixed"');
  });

  it('the date is when it was withdrawn, the escalation’s own date is kept apart', () => {
    const email = withdrawnEmail(input());
    expect(email.textBody).toContain('(made on 30 Nov');
    expect(email.textBody).toContain('on 1 Dec');
  });
});

describe('safeHref: only http and https links go into an email', () => {
  it.each([
    ['https', 'https://example.atlassian.net/browse/SUP-3', 'https://example.atlassian.net/browse/SUP-3'],
    ['http', 'http://localhost:8080/browse/SUP-3', 'http://localhost:8080/browse/SUP-3'],
    ['javascript:', 'javascript:alert(1)', null],
    ['not a URL', 'not a url', null],
    ['none', undefined, null],
    ['empty', '', null],
  ])('%s', (_name, url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});
