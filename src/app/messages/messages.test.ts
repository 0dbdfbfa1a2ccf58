import { sup3Request } from '../../../test/builders';
import { DEFAULT_CONFIG } from '../../domain/config';
import type { CommentFacts } from '../../domain/facts';
import type { EscalationEntry } from '../../domain/record';
import type { AdfDoc } from '../../ports';
import {
  acknowledgedPublicComment,
  closedPublicComment,
  escalationEmail,
  escalationInternalComment,
  escalationPublicComment,
  escapeHtml,
  excerpt,
  followUpEmail,
  formatDateTime,
} from './index';

const HOSTILE = `<script>alert("x")</script> & 'quotes' {key}`;

const request = sup3Request({ summary: `Exports fail <b>now</b> & "always"` });

const comment: CommentFacts = {
  id: '10201',
  authorId: 'customer-alice',
  isPublic: true,
  byApp: false,
  createdAt: '2026-11-24T09:05:00.000Z',
  updatedAt: '2026-11-24T09:05:00.000Z',
  text: `Any news?\n${HOSTILE}`,
};

const entry: EscalationEntry = {
  level: 2,
  at: '2026-11-24T13:30:00.000Z',
  byAccountId: 'customer-alice',
  reasonId: 'other',
  details: `Line one\n${HOSTILE}`,
  acknowledgedAt: '2026-11-24T15:00:00.000Z',
  closedAt: '2026-11-25T08:00:00.000Z',
  effects: {},
};

/** Every node of an ADF document, depth first. */
function nodes(node: unknown): Record<string, unknown>[] {
  const n = node as { content?: unknown[] };
  return [node as Record<string, unknown>, ...(n.content ?? []).flatMap(nodes)];
}

/** The only node types the builders may emit: structure and literal text, nothing that links or parses. */
function expectOnlyTextNodes(adf: AdfDoc): void {
  expect(adf).toMatchObject({ type: 'doc', version: 1 });
  for (const n of nodes(adf).slice(1)) {
    expect(['paragraph', 'heading', 'text', 'hardBreak']).toContain(n.type);
    if (n.type === 'text') {
      expect(typeof n.text).toBe('string');
      expect((n.text as string).length).toBeGreaterThan(0);
      for (const m of (n.marks as { type: string }[] | undefined) ?? []) expect(['strong', 'em']).toContain(m.type);
    }
  }
}

const plain = (adf: AdfDoc) =>
  nodes(adf)
    .map((n) => (n.type === 'text' ? n.text : n.type === 'hardBreak' ? '\n' : ''))
    .join('');

describe('escapeHtml', () => {
  it('escapes markup, ampersands and both quotes', () => {
    expect(escapeHtml(`<script>a("b")</script> & 'c'`)).toBe(
      '&lt;script&gt;a(&quot;b&quot;)&lt;/script&gt; &amp; &#39;c&#39;',
    );
  });
});

const followUpInput = () => ({
  request,
  comment,
  count: 1,
  suppressed: 0,
  authorName: 'Alice Martin',
  lang: 'fr' as const,
  config: DEFAULT_CONFIG,
});

describe('format helpers', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  it('formats dates as the pane does, in the calendar time zone named in words, in each language', () => {
    expect(formatDateTime('2026-11-24T09:05:00Z', 'fr', 'Europe/Paris', now)).toBe('24 nov. à 10:05 (heure de Paris)');
    expect(formatDateTime('2026-11-24T09:05:00Z', 'en', 'Europe/Paris', now)).toBe('24 Nov at 10:05 (Paris time)');
    expect(formatDateTime('2026-12-01T09:05:00Z', 'fr', 'Europe/Paris', now)).toBe('1er déc. à 10:05 (heure de Paris)');
    expect(formatDateTime('2026-07-01T09:05:00Z', 'fr', 'Europe/Paris', now)).toContain('11:05');
    expect(formatDateTime('2025-07-01T09:05:00Z', 'fr', 'America/New_York', now)).toBe(
      '1er juil. 2025 à 05:05 (heure de New York)',
    );
    expect(formatDateTime('2026-11-24T09:05:00Z', 'fr', 'Europe/Amsterdam', now)).toContain('(heure d’Amsterdam)');
    expect(formatDateTime('2026-11-24T09:05:00Z', 'fr', 'UTC', now)).toBe('24 nov. à 09:05 (UTC)');
  });

  it('writes ordinals in the follow-up subject with ICU selectordinal', () => {
    const subject = (lang: 'fr' | 'en', count: number) =>
      followUpEmail({ ...followUpInput(), lang, count }).subject.split(' ')[0];
    expect([1, 2, 3, 4, 11, 21].map((n) => subject('en', n))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '21st']);
    expect([1, 2, 10].map((n) => subject('fr', n))).toEqual(['1re', '2e', '10e']);
  });

  it('cuts excerpts at 500 characters without splitting a surrogate pair', () => {
    const long = '😀'.repeat(600);
    const cut = excerpt(long);
    expect(Array.from(cut)).toHaveLength(500);
    expect(cut.endsWith('…')).toBe(true);
    expect(excerpt('short')).toBe('short');
  });
});

describe('followUpEmail', () => {
  const base = { request, comment, count: 3, suppressed: 2, authorName: 'Alice <Martin>', config: DEFAULT_CONFIG };

  it('in French: subject with the n-th, key and summary; body with who, when, excerpt, count and link', () => {
    const email = followUpEmail({ ...base, lang: 'fr' });
    expect(email.subject).toBe(`3e relance sur SUP-3\u202f: Exports fail <b>now</b> & "always"`);
    expect(email.to).toEqual({});
    expect(email.textBody).toContain('Alice <Martin> a relancé la demande SUP-3 le 24 nov. à 10:05 (heure de Paris).');
    expect(email.textBody).toContain('C’est la relance n°\u00a03');
    expect(email.textBody).toContain(`> ${HOSTILE}`);
    expect(email.textBody).toContain('2 autres relances sont arrivées');
    expect(email.textBody).toContain('Ouvrir SUP-3 dans Jira\u202f: https://example.atlassian.net/browse/SUP-3');
    expect(email.htmlBody).toContain('Alice &lt;Martin&gt; a relancé');
    expect(email.htmlBody).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; {key}');
    expect(email.htmlBody).toContain('Any news?<br>');
    expect(email.htmlBody).toContain('<a href="https://example.atlassian.net/browse/SUP-3">Ouvrir SUP-3 dans Jira</a>');
    expect(email.htmlBody).not.toContain('<script>');
    expect(email.htmlBody).not.toContain('<b>');
  });

  it('in English, with one suppressed follow-up and an unknown author', () => {
    const email = followUpEmail({ ...base, suppressed: 1, authorName: null, count: 1, lang: 'en' });
    expect(email.subject).toBe(`1st follow-up on SUP-3: Exports fail <b>now</b> & "always"`);
    expect(email.textBody).toContain('The customer followed up on request SUP-3 on 24 Nov');
    expect(email.textBody).toContain('1 more follow-up arrived');
    expect(email.textBody).toContain('Open SUP-3 in Jira: https://example.atlassian.net/browse/SUP-3');
    expect(email.htmlBody).toContain('<a href="https://example.atlassian.net/browse/SUP-3">Open SUP-3 in Jira</a>');
  });

  it('says nothing about the cooldown when nothing was suppressed, and keeps the excerpt to 500 characters', () => {
    const email = followUpEmail({
      ...base,
      suppressed: 0,
      comment: { ...comment, text: 'x'.repeat(2000) },
      lang: 'en',
    });
    expect(email.textBody).not.toContain('more follow-up');
    expect(email.textBody).toContain(`> ${'x'.repeat(499)}…`);
    expect(email.textBody).not.toContain('x'.repeat(500));
  });

  it('links only to http(s) URLs', () => {
    const email = followUpEmail({ ...base, lang: 'en', issueUrl: 'javascript:alert(1)' });
    expect(email.htmlBody).not.toContain('href');
    expect(email.htmlBody).not.toContain('javascript');
  });
});

describe('escalationEmail', () => {
  it('from the stored entry and config, in French', () => {
    const email = escalationEmail({ request, config: DEFAULT_CONFIG, entry, lang: 'fr' });
    expect(email.subject).toBe(`Escalade (niveau 2) sur SUP-3\u202f: Exports fail <b>now</b> & "always"`);
    expect(email.textBody).toContain('Le client a escaladé la demande SUP-3 au niveau 2 le 24 nov. à 14:30');
    expect(email.textBody).toContain('Motif\u202f: Autre');
    expect(email.textBody).toContain(HOSTILE);
    expect(email.htmlBody).toContain('Line one<br>');
    expect(email.htmlBody).toContain('&lt;script&gt;');
    expect(email.htmlBody).not.toContain('<script>');
  });

  it('from explicit values, in English', () => {
    const email = escalationEmail({
      request,
      lang: 'en',
      level: 1,
      reasonLabel: 'No answer',
      details: '',
      byName: 'Bob & Co',
      at: '2026-11-24T13:30:00Z',
      issueUrl: 'https://example.atlassian.net/browse/SUP-3',
    });
    expect(email.subject).toBe(`Escalation (level 1) on SUP-3: Exports fail <b>now</b> & "always"`);
    expect(email.textBody).toContain('Bob & Co escalated request SUP-3 to level 1 on 24 Nov at 14:30 (Paris time).');
    expect(email.textBody).not.toContain('Details:');
    expect(email.htmlBody).toContain('Bob &amp; Co escalated');
    expect(email.htmlBody).toContain('<strong>Reason: No answer</strong>');
  });
});

describe('ADF comments', () => {
  it('internal comment: heading, who, reason, details verbatim in text nodes (fr)', () => {
    const adf = escalationInternalComment({ request, config: DEFAULT_CONFIG, entry, lang: 'fr' });
    expectOnlyTextNodes(adf);
    const s = plain(adf);
    expect(s).toContain('Escalade, niveau 2');
    expect(s).toContain('Escaladé par le client le 24 nov. à 14:30');
    expect(s).toContain('Motif\u202f: Autre');
    expect(s).toContain(`Line one\n${HOSTILE}`);
    expect(nodes(adf).some((n) => n.type === 'text' && n.text === HOSTILE)).toBe(true);
  });

  it('internal comment names who escalated when given (en)', () => {
    const adf = escalationInternalComment({
      request,
      config: DEFAULT_CONFIG,
      entry,
      lang: 'en',
      byName: 'Alice Martin',
    });
    expect(plain(adf)).toContain('Escalated by Alice Martin on 24 Nov');
  });

  it('keeps long details whole', () => {
    const details = `${'a'.repeat(1000)}\n\n${'b'.repeat(999)}`;
    const adf = escalationInternalComment({
      request,
      config: DEFAULT_CONFIG,
      entry: { ...entry, details },
      lang: 'en',
    });
    expectOnlyTextNodes(adf);
    expect(plain(adf)).toContain(details);
  });

  it('public comments never carry the internal details', () => {
    for (const lang of ['fr', 'en'] as const) {
      const adf = escalationPublicComment({ request, config: DEFAULT_CONFIG, entry, lang });
      expectOnlyTextNodes(adf);
      expect(plain(adf)).not.toContain('Line one');
    }
    const sent = { ...entry, notify: 'sent' as const };
    expect(plain(escalationPublicComment({ request, config: DEFAULT_CONFIG, entry: sent, lang: 'fr' }))).toBe(
      'Votre demande a été escaladée le 24 nov. à 14:30 (heure de Paris). Motif\u202f: Autre. L’équipe support a été prévenue.',
    );
  });

  it.each(['none', 'mailDisabled', 'failed', undefined] as const)(
    'a public comment never says the team was notified when the email outcome is %p',
    (notify) => {
      const adf = escalationPublicComment({ request, config: DEFAULT_CONFIG, entry: { ...entry, notify }, lang: 'en' });
      expect(plain(adf)).toContain("Your escalation is recorded and is in the support team's escalation queue.");
      expect(plain(adf)).not.toMatch(/notified/);
    },
  );

  it('acknowledged and closed comments use their own dates, and a note only when passed', () => {
    const ack = acknowledgedPublicComment({ request, config: DEFAULT_CONFIG, entry, lang: 'fr' });
    expectOnlyTextNodes(ack);
    expect(plain(ack)).toBe('L’équipe support a pris en charge votre escalade le 24 nov. à 16:00 (heure de Paris).');
    const closed = closedPublicComment({ request, config: DEFAULT_CONFIG, entry, lang: 'en', note: HOSTILE });
    expectOnlyTextNodes(closed);
    expect(plain(closed)).toContain('The support team closed your escalation on 25 Nov at 09:00 (Paris time).');
    expect(plain(closed)).toContain(`Note from the support team:${HOSTILE}`);
  });
});
