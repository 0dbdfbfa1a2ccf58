/**
 * The `avi:jira:commented:issue` payload, in the documented Forge shape: `issue` (id, key, fields: summary, issuetype,
 * creator, created, project, reporter, assignee, updated, status), `comment` (id, author, body, created, updated,
 * updateAuthor), `atlassianId` (who caused it), `associatedUsers` and `eventType`. `jsdPublic` is left out on purpose:
 * the real payload does not promise it, so the app must re-read the comment through REST.
 * The host adds `context` (cloudId, moduleKey) when it delivers.
 */
import { jiraTime } from './http';
import { issueTypeJson, projectJson, statusJson } from './representations';
import type { CommentRow, IssueRow, SandboxUser } from './types';

export const COMMENT_EVENT_TYPE = 'avi:jira:commented:issue';

/** Events carry only the account id of users (no emails, no names), like Forge product events. */
const ref = (id: string | null) => (id ? { accountId: id } : null);

export function commentEventPayload(
  issue: IssueRow,
  comment: CommentRow,
  causedBy: string,
  findUser: (id: string) => SandboxUser | undefined,
): Record<string, unknown> {
  const associated = [...new Set([comment.author, issue.reporter, issue.assignee].filter((x): x is string => !!x))]
    .filter((id) => findUser(id))
    .map((accountId) => ({ accountId }));
  return {
    issue: {
      id: issue.id,
      key: issue.key,
      fields: {
        summary: issue.summary,
        issuetype: issueTypeJson(issue),
        creator: ref(issue.creator),
        created: jiraTime(issue.created),
        project: projectJson(issue.key),
        reporter: ref(issue.reporter),
        assignee: ref(issue.assignee),
        updated: jiraTime(issue.updated),
        status: statusJson(issue.statusId),
      },
    },
    atlassianId: causedBy,
    associatedUsers: associated,
    comment: {
      id: comment.id,
      author: { accountId: comment.author },
      body: comment.body,
      updateAuthor: { accountId: comment.updateAuthor },
      created: jiraTime(comment.created),
      updated: jiraTime(comment.updated),
    },
    eventType: COMMENT_EVENT_TYPE,
  };
}
