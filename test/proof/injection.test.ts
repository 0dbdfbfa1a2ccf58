/**
 * Injection: reasons, details, notes and customer comments carrying HTML, <script>, ADF-breaking
 * JSON fragments and 100 KB strings. They must stay inert in emails (escaped in htmlBody) and in
 * the app's comments (ADF text nodes only), and over-long input is refused with INVALID_INPUT,
 * changing nothing.
 */
import type { Sandbox } from '../../sandbox';
import { ALICE, DAVE } from '../support/personas';
import { useSandbox } from '../support/sandbox-setup';
import { agent, errorCode, ok, portal } from '../support/invoke';
import { customerComments } from '../support/site-actions';
import { commentBodies, newRequest, passAllDelays, snapshot } from './support';

jest.setTimeout(30_000);

const HOSTILE = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">clic</a>',
  '"}]}],"type":"doc"} {"type":"mention","attrs":{"id":"agent-dave"}}',
  '{{#each}}${process.env}[link|http://evil.example]',
  "' OR 1=1 -- &amp; &lt;b&gt;",
].join('\n');
const HUGE = 'A'.repeat(100 * 1024);

type Node = { type: string; text?: string; content?: Node[]; marks?: { type: string }[]; attrs?: unknown };

/** Every node of an ADF tree. */
function nodes(n: Node): Node[] {
  return [n, ...(n.content ?? []).flatMap(nodes)];
}

/** The app's comments hold only structure and text: no mention, link, media, or inline card. */
function expectInertAdf(body: unknown): string {
  const all = nodes(body as Node);
  const types = new Set(all.map((n) => n.type));
  for (const t of types) expect(['doc', 'paragraph', 'heading', 'text', 'hardBreak', 'blockquote']).toContain(t);
  for (const n of all) for (const m of n.marks ?? []) expect(['strong', 'em']).toContain(m.type);
  return all.map((n) => n.text ?? (n.type === 'hardBreak' ? '\n' : '')).join('');
}

/**
 * No live markup in an email body: the only tags are the template's own (paragraphs, emphasis,
 * line breaks, the quote, the link to the issue), no tag has an event handler, the only link is
 * the issue's, and the hostile markup arrives escaped.
 */
function expectEscapedHtml(html: string): void {
  const tags = [...html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)];
  for (const [, closing, name, attrs] of tags) {
    expect(['p', 'br', 'strong', 'em', 'blockquote', 'a', 'span']).toContain(name?.toLowerCase());
    expect(attrs).not.toMatch(/\son\w+\s*=/i);
    if (!closing && name?.toLowerCase() === 'a') expect(attrs).toMatch(/^ href="https:\/\/[\w.-]+\/browse\/SUP-\d+"$/);
  }
  expect(html).toContain('&lt;script&gt;');
}

let sb: Sandbox;
useSandbox((s) => (sb = s));

describe('escalation details', () => {
  it('hostile details stay text: escaped in the email, text nodes in the internal comment', async () => {
    const body = await portal(sb, ALICE, 'SUP-3', 'escalate', { reasonId: 'other', details: HOSTILE });
    expect(errorCode(body)).toBeUndefined();
    const [mail] = sb.outbox().filter((m) => m.issueKey === 'SUP-3');
    expect(mail).toBeDefined();
    expectEscapedHtml(mail?.htmlBody ?? '');
    // The plain-text body carries the details as they were typed.
    expect(mail?.textBody).toContain('<script>alert("x")</script>');
    const notes = (await commentBodies(sb, 'SUP-3')).filter((c) => c.author === 'app-escalade');
    expect(notes).toHaveLength(1);
    const text = expectInertAdf(notes[0]?.body);
    for (const line of HOSTILE.split('\n')) expect(text).toContain(line);
    // The agent's timeline returns them as data, unchanged (the UI renders text, not HTML).
    const timeline = ok(await agent(sb, DAVE, 'SUP-3', 'getAgentState')).timeline;
    expect(timeline.find((e) => e.type === 'escalation')?.details).toBe(HOSTILE);
  });

  it('100 KB details are refused with INVALID_INPUT and nothing changes', async () => {
    const before = await snapshot(sb, 'SUP-3');
    const body = await portal(sb, ALICE, 'SUP-3', 'escalate', { reasonId: 'other', details: HUGE });
    expect(errorCode(body)).toBe('INVALID_INPUT');
    expect(JSON.stringify(body).length).toBeLessThan(2_000); // the refusal does not echo the input
    expect(await snapshot(sb, 'SUP-3')).toEqual(before);
  });

  it('a hostile or huge reason id is refused with INVALID_INPUT and nothing changes', async () => {
    const before = await snapshot(sb, 'SUP-3');
    for (const reasonId of ['<script>alert(1)</script>', '"}]}', HUGE, '__proto__']) {
      const body = await portal(sb, ALICE, 'SUP-3', 'escalate', { reasonId, details: 'Rien depuis deux semaines.' });
      expect(errorCode(body)).toBe('INVALID_INPUT');
    }
    expect(await snapshot(sb, 'SUP-3')).toEqual(before);
  });
});

describe('agent notes', () => {
  it('a hostile note stays text in the public comment; 100 KB notes are refused, changing nothing', async () => {
    const before = await snapshot(sb, 'SUP-4');
    expect(errorCode(await agent(sb, DAVE, 'SUP-4', 'acknowledge', { note: HUGE }))).toBe('INVALID_INPUT');
    expect(errorCode(await agent(sb, DAVE, 'SUP-4', 'closeEscalation', { reasonId: 'other', note: HUGE }))).toBe(
      'INVALID_INPUT',
    );
    expect(await snapshot(sb, 'SUP-4')).toEqual(before);

    const closed = await agent(sb, DAVE, 'SUP-4', 'closeEscalation', {
      reasonId: 'other',
      note: HOSTILE,
      notePublic: true,
    });
    expect(errorCode(closed)).toBeUndefined();
    for (const c of (await commentBodies(sb, 'SUP-4')).filter((x) => x.author === 'app-escalade'))
      expectInertAdf(c.body);
  });
});

describe('follow-up comments', () => {
  it('a hostile customer comment is escaped in the follow-up email', async () => {
    passAllDelays(sb);
    const key = await newRequest(sb);
    await customerComments(sb, ALICE, key, HOSTILE);
    await sb.waitForEvents();
    const mails = sb.outbox().filter((m) => m.issueKey === key);
    expect(mails).toHaveLength(1);
    expectEscapedHtml(mails[0]?.htmlBody ?? '');
  });

  it('a 100 KB customer comment is still one follow-up, with a bounded, escaped excerpt', async () => {
    const key = await newRequest(sb);
    await customerComments(sb, ALICE, key, `<script>x</script>${HUGE}`);
    await sb.waitForEvents();
    const mails = sb.outbox().filter((m) => m.issueKey === key);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.htmlBody.length).toBeLessThan(20_000);
    expect(mails[0]?.textBody.length).toBeLessThan(20_000);
    expect(mails[0]?.htmlBody).not.toMatch(/<script/i);
  });
});
