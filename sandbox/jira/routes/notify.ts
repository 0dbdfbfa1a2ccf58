/** POST /rest/api/3/issue/{key}/notify: resolves recipients and appends the email to the outbox. */
import { error, forbidden, jiraTime, noContent } from '../http';
import { isStaff } from '../permissions';
import { resolveRecipients, type NotifyBody } from '../outbox';
import { BODY } from '../schemas';
import { type Route, onVisibleIssue } from './context';

export const notifyRoutes: Route[] = [
  {
    method: 'POST',
    path: '/rest/api/3/issue/{key}/notify',
    body: BODY.notify,
    handle: onVisibleIssue((ctx, issue) => {
      if (!isStaff(ctx.principal)) return forbidden('You do not have permission to send notifications for this issue.');
      if (!ctx.site.mailEnabled()) return forbidden('Notification was not sent because outgoing mail is disabled.');
      const body = ctx.req.body as NotifyBody;
      const res = resolveRecipients(issue, body, ctx.principal, ctx.site.users());
      if (!res.ok) return error(400, res.messages, res.errors);
      ctx.site.store.appendOutbox({
        issueKey: issue.key,
        to: res.recipients.map((u) => ({ accountId: u.accountId, emailAddress: u.emailAddress })),
        subject: body.subject ?? `${issue.key}: ${issue.summary}`,
        textBody: body.textBody ?? '',
        htmlBody: body.htmlBody ?? '',
        at: jiraTime(ctx.site.clock.nowMs()),
      });
      return noContent();
    }),
  },
];
