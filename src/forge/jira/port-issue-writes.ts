/** The JiraPort's writes to an issue: notify, property, label, comment, priority, transition. */
import { route } from '@forge/api';
import { refusal, success } from '../../domain/outcome';
import type { AdfDoc, Email, JiraPort, NotifyResult } from '../../ports';
import { cached } from './caches';
import { BadRequestError, ForbiddenError, NotFoundError } from './errors';
import { MARKER_PROPERTY } from './port-comment-markers';
import type { PortDeps } from './port-deps';

type IssueWrites = Pick<
  JiraPort,
  'notify' | 'setIssueProperty' | 'addLabel' | 'addComment' | 'raisePriority' | 'transition'
>;

/** A comment's body with its properties: JSM's internal flag, and the app's marker (`escalade.effect`). */
function commentPayload(body: AdfDoc, visibility: 'internal' | 'public', marker?: string): Record<string, unknown> {
  const properties: { key: string; value: unknown }[] = [];
  if (visibility === 'internal') properties.push({ key: 'sd.public.comment', value: { internal: true } });
  if (marker) properties.push({ key: MARKER_PROPERTY, value: marker });
  return { body, ...(properties.length > 0 ? { properties } : {}) };
}

export function issueWrites({ client, now, cacheKey }: PortDeps): IssueWrites {
  // GET /priority is deprecated; /priority/search pages (50 at most per page), highest first.
  const priorities = () =>
    cached(`${cacheKey()}:priorities`, now(), async () => {
      const all: { id: string; name: string }[] = [];
      for (let startAt = 0; all.length < 500;) {
        const page = await client.get<{ values?: { id: string; name: string }[]; isLast?: boolean }>(
          route`/rest/api/3/priority/search?startAt=${startAt}&maxResults=50`,
        );
        const values = page?.values ?? [];
        all.push(...values);
        if (page?.isLast !== false || values.length === 0) break;
        startAt += values.length;
      }
      return all;
    });

  return {
    async notify(key: string, email: Email): Promise<NotifyResult> {
      try {
        await client.request('POST', route`/rest/api/3/issue/${key}/notify`, {
          body: { subject: email.subject, textBody: email.textBody, htmlBody: email.htmlBody, to: email.to },
        });
        return success('sent');
      } catch (e) {
        // 403: outgoing mail is disabled on the site. 400: a recipient Jira refuses (the caller, an empty assignee).
        if (e instanceof ForbiddenError || e instanceof BadRequestError || e instanceof NotFoundError) {
          const status = e.status ?? 0;
          return refusal({ status, mailDisabled: status === 403 });
        }
        throw e;
      }
    },
    async setIssueProperty(key, propertyKey, value) {
      await client.request('PUT', route`/rest/api/3/issue/${key}/properties/${propertyKey}`, { body: value });
    },
    async addLabel(key, label) {
      await client.request('PUT', route`/rest/api/3/issue/${key}`, { body: { update: { labels: [{ add: label }] } } });
    },
    async addComment(key: string, body: AdfDoc, visibility: 'internal' | 'public', marker?: string) {
      const payload = commentPayload(body, visibility, marker);
      const res = await client.request<{ id?: unknown }>('POST', route`/rest/api/3/issue/${key}/comment`, {
        body: payload,
      });
      return { id: String(res.body?.id ?? '') };
    },
    async raisePriority(key, currentPriorityId) {
      if (currentPriorityId === null) return;
      // /priority/search lists priorities from the highest down.
      const list = await priorities();
      const index = list.findIndex((p) => String(p.id) === currentPriorityId);
      if (index <= 0) return;
      await client.request('PUT', route`/rest/api/3/issue/${key}`, {
        body: { fields: { priority: { id: String(list[index - 1].id) } } },
      });
    },
    async transition(key, transitionId) {
      await client.request('POST', route`/rest/api/3/issue/${key}/transitions`, {
        body: { transition: { id: transitionId } },
      });
    },
  };
}
