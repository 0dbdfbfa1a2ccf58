/** The JiraPort's writes to an issue: notify, property, label, comment, priority, transition. */
import { route } from '@forge/api';
import type { AdfDoc, Email, JiraPort, NotifyResult } from '../../ports';
import { cached } from './caches';
import { BadRequestError, ForbiddenError, NotFoundError } from './errors';
import type { PortDeps } from './port-deps';

type IssueWrites = Pick<
  JiraPort,
  'notify' | 'setIssueProperty' | 'addLabel' | 'addComment' | 'raisePriority' | 'transition'
>;

export function issueWrites({ client, now, cacheKey }: PortDeps): IssueWrites {
  const priorities = () =>
    cached(`${cacheKey()}:priorities`, now(), () =>
      client.get<{ id: string; name: string }[]>(route`/rest/api/3/priority`),
    );

  return {
    async notify(key: string, email: Email): Promise<NotifyResult> {
      try {
        await client.request('POST', route`/rest/api/3/issue/${key}/notify`, {
          body: { subject: email.subject, textBody: email.textBody, htmlBody: email.htmlBody, to: email.to },
        });
        return { ok: true };
      } catch (e) {
        // 403: outgoing mail is disabled on the site. 400: a recipient Jira refuses (the caller, an empty assignee).
        if (e instanceof ForbiddenError || e instanceof BadRequestError || e instanceof NotFoundError) {
          const status = e.status ?? 0;
          return { ok: false, status, mailDisabled: status === 403 };
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
    async addComment(key: string, body: AdfDoc, visibility: 'internal' | 'public') {
      const payload: Record<string, unknown> = { body };
      if (visibility === 'internal') payload.properties = [{ key: 'sd.public.comment', value: { internal: true } }];
      const res = await client.request<{ id?: unknown }>('POST', route`/rest/api/3/issue/${key}/comment`, {
        body: payload,
      });
      return { id: String(res.body?.id ?? '') };
    },
    async raisePriority(key, currentPriorityId) {
      if (currentPriorityId === null) return;
      // GET /priority lists priorities from the highest down.
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
