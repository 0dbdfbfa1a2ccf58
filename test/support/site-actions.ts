/** What people do and see on the site through Jira's REST API: comments, the issue property, labels. */
import type { Sandbox } from '../../sandbox';
import { DAVE } from './personas';

type Body = Record<string, unknown>;

/** A customer (or participant) comments on the portal: a public comment through the JSM API. */
export async function customerComments(
  sb: Sandbox,
  accountId: string,
  issueKey: string,
  text: string,
): Promise<string> {
  const res = await sb.rest(accountId, 'POST', `/rest/servicedeskapi/request/${issueKey}/comment`, {
    body: text,
    public: true,
  });
  if (res.status !== 201) throw new Error(`comment refused: ${res.status} ${JSON.stringify(res.body)}`);
  return String((res.body as { id: unknown }).id);
}

const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** An agent comments in Jira; `internal` makes it an internal note. */
export async function agentComments(
  sb: Sandbox,
  accountId: string,
  issueKey: string,
  text: string,
  internal = false,
): Promise<string> {
  const body: Body = { body: adf(text) };
  if (internal) body.properties = [{ key: 'sd.public.comment', value: { internal: true } }];
  const res = await sb.rest(accountId, 'POST', `/rest/api/3/issue/${issueKey}/comment`, body);
  if (res.status !== 201) throw new Error(`comment refused: ${res.status} ${JSON.stringify(res.body)}`);
  return String((res.body as { id: unknown }).id);
}

/** An agent edits an existing comment (an edit fires the same event again). */
export async function editComment(
  sb: Sandbox,
  accountId: string,
  issueKey: string,
  commentId: string,
  text: string,
): Promise<void> {
  const res = await sb.rest(accountId, 'PUT', `/rest/api/3/issue/${issueKey}/comment/${commentId}`, {
    body: adf(text),
  });
  if (res.status !== 200) throw new Error(`edit refused: ${res.status} ${JSON.stringify(res.body)}`);
}

/** The `escalade` issue property, read as the app would see it. */
export async function issueProperty(sb: Sandbox, issueKey: string): Promise<Body | null> {
  const res = await sb.rest(DAVE, 'GET', `/rest/api/3/issue/${issueKey}/properties/escalade`);
  return res.status === 200 ? ((res.body as { value: Body }).value ?? null) : null;
}

export async function issueLabels(sb: Sandbox, issueKey: string): Promise<string[]> {
  const res = await sb.rest(DAVE, 'GET', `/rest/api/3/issue/${issueKey}?fields=labels`);
  return ((res.body as { fields?: { labels?: string[] } }).fields?.labels ?? []) as string[];
}

export async function comments(
  sb: Sandbox,
  issueKey: string,
): Promise<{ id: string; jsdPublic: boolean; author: string }[]> {
  const res = await sb.rest(DAVE, 'GET', `/rest/api/3/issue/${issueKey}/comment`);
  const list =
    (res.body as { comments?: { id: string; jsdPublic?: boolean; author?: { accountId?: string } }[] }).comments ?? [];
  return list.map((c) => ({ id: String(c.id), jsdPublic: c.jsdPublic !== false, author: c.author?.accountId ?? '' }));
}
