import type { CommentEvent, RestRequest, RestResponse, SandboxUser } from '../jira/types';
import type { JiraBackend } from '../host/types';

/** A minimal Jira double for the host's unit tests: users, `myself`, comments (with events) and an echo. */
export class MiniJira implements JiraBackend {
  private nextComment = 100;
  readonly requests: RestRequest[] = [];

  constructor(private readonly onCommentEvent: (e: CommentEvent) => void) {}

  users(): SandboxUser[] {
    return [
      {
        accountId: 'customer-alice',
        displayName: 'Alice Martin',
        accountType: 'customer',
        emailAddress: 'alice@example.com',
        groups: [],
        locale: 'fr-FR',
        timezone: 'Europe/Paris',
      },
      {
        accountId: 'customer-bob',
        displayName: 'Bob Durand',
        accountType: 'customer',
        emailAddress: 'bob@example.com',
        groups: [],
        locale: 'en-US',
        timezone: 'Europe/Paris',
      },
      {
        accountId: 'agent-dave',
        displayName: 'Dave Leroy',
        accountType: 'licensed',
        emailAddress: 'dave@example.com',
        groups: ['jira-servicemanagement-users'],
        locale: 'fr-FR',
        timezone: 'Europe/Paris',
      },
    ];
  }

  handle(req: RestRequest): RestResponse {
    this.requests.push(req);
    if (req.method === 'GET' && req.path === '/rest/api/3/myself') {
      if (req.actor.kind === 'anonymous') return { status: 401, body: { errorMessages: ['anonymous'] } };
      return { status: 200, body: { accountId: req.actor.kind === 'app' ? 'app-escalade' : req.actor.accountId } };
    }
    const comment = /^\/rest\/api\/3\/issue\/([A-Z]+-\d+)\/comment$/.exec(req.path);
    if (req.method === 'POST' && comment) {
      const issueKey = comment[1] as string;
      const id = String(this.nextComment++);
      this.onCommentEvent({
        payload: {
          issue: { id: '1', key: issueKey, fields: {} },
          comment: { id, body: (req.body as { body?: unknown })?.body },
          atlassianId: 'x',
          associatedUsers: [],
        },
        causedByApp: req.actor.kind === 'app',
        issueKey,
        commentId: id,
      });
      return { status: 201, body: { id } };
    }
    return {
      status: 200,
      body: {
        method: req.method,
        path: req.path,
        query: req.query.toString(),
        actor: req.actor,
        body: req.body ?? null,
      },
    };
  }
}
