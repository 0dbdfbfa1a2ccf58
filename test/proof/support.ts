/**
 * Helpers shared by the proof suites (faults, concurrency, fuzzing, authorization, injection).
 * Everything runs through the sandbox's emulated platform: real handlers, real @forge packages.
 */
import type { Sandbox } from '../../sandbox';
import type { Config } from '../../src/contract';
import { agent, ALICE, comments, DAVE, getConfig, issueProperty, ok } from '../support/sandbox-harness';

export * from '../support/sandbox-harness';

type Body = Record<string, unknown>;

/** JSM option ids of the seed (sandbox/jira/seed-site.ts). */
export const IMPACT = { extensive: '10100', significant: '10101', moderate: '10102', minor: '10103' } as const;
export const URGENCY = { critical: '10110', high: '10111', medium: '10112', low: '10113' } as const;

export interface NewRequest {
  reporter?: string;
  assignee?: string | null;
  impact?: string;
  urgency?: string;
  participants?: string[];
  summary?: string;
}

/** A customer raises a request on the portal (JSM REST), then an agent assigns it. Returns its key. */
export async function newRequest(sb: Sandbox, opts: NewRequest = {}): Promise<string> {
  const res = await sb.rest(opts.reporter ?? ALICE, 'POST', '/rest/servicedeskapi/request', {
    serviceDeskId: '1',
    requestTypeId: '10',
    requestFieldValues: {
      summary: opts.summary ?? 'Export comptable en échec',
      description: 'Le fichier exporté est vide depuis lundi.',
      customfield_10050: { id: opts.impact ?? IMPACT.moderate },
      customfield_10051: { id: opts.urgency ?? URGENCY.medium },
    },
    ...(opts.participants ? { requestParticipants: opts.participants } : {}),
  });
  if (res.status !== 201) throw new Error(`request refused: ${res.status} ${JSON.stringify(res.body)}`);
  const key = String((res.body as { issueKey: unknown }).issueKey);
  const assignee = opts.assignee === undefined ? DAVE : opts.assignee;
  if (assignee) {
    const a = await sb.rest(DAVE, 'PUT', `/rest/api/3/issue/${key}/assignee`, { accountId: assignee });
    if (a.status !== 204) throw new Error(`assign refused: ${a.status} ${JSON.stringify(a.body)}`);
  }
  return key;
}

/** Moves the clock past every default delay (the longest is 40 business hours). */
export const passAllDelays = (sb: Sandbox): void => void sb.clock.advanceMinutes(30 * 24 * 60);

/** Every escalation effect on; the transition is the seed's "Escalate" (id 21). */
export const allEffectsOn = (c: Config): Config => ({
  ...c,
  escalation: {
    ...c.escalation,
    effects: {
      ...c.escalation.effects,
      issueProperty: true,
      label: true,
      internalComment: true,
      notify: true,
      raisePriority: true,
      transition: true,
      transitionId: '21',
      publicComment: true,
    },
  },
});

export interface IssueView {
  labels: string[];
  priority: string | null;
  status: string | null;
}

export async function issueView(sb: Sandbox, key: string): Promise<IssueView> {
  const res = await sb.rest(DAVE, 'GET', `/rest/api/3/issue/${key}?fields=labels,priority,status`);
  const f = (res.body as { fields?: { labels?: string[]; priority?: { id?: string }; status?: { name?: string } } })
    .fields;
  return { labels: f?.labels ?? [], priority: f?.priority?.id ?? null, status: f?.status?.name ?? null };
}

/** Full comment bodies, as Jira stores them (ADF), with their visibility and author. */
export async function commentBodies(
  sb: Sandbox,
  key: string,
): Promise<{ id: string; author: string; jsdPublic: boolean; body: unknown }[]> {
  const res = await sb.rest(DAVE, 'GET', `/rest/api/3/issue/${key}/comment`);
  const list = (res.body as { comments?: Body[] }).comments ?? [];
  return list.map((c) => ({
    id: String(c.id),
    author: String((c.author as Body | undefined)?.accountId ?? ''),
    jsdPublic: c.jsdPublic !== false,
    body: c.body,
  }));
}

/**
 * Everything an operation could change about one request, plus the site's config: the emails,
 * the issue property, labels, priority, status, comments, the app's record (as the agent's
 * timeline shows it) and the config envelope. Two equal snapshots mean "nothing changed".
 */
export async function snapshot(sb: Sandbox, key: string): Promise<unknown> {
  const state = ok(await agent(sb, DAVE, key, 'getAgentState'));
  return {
    outbox: sb.outbox().filter((m) => m.issueKey === key),
    property: await issueProperty(sb, key),
    issue: await issueView(sb, key),
    comments: await comments(sb, key),
    record: { timeline: state.timeline, followUps: state.followUps, level: state.level },
    config: await getConfig(sb),
  };
}

/** Product or KVS calls that write (anything but reads), made since the log was cleared. */
export function writeCalls(sb: Sandbox): string[] {
  return sb
    .calls()
    .filter((c) =>
      c.kind === 'kvs'
        ? !/\/(get|query|batch\/get|secret\/get|entity\/get)$/.test(c.path)
        : c.method !== 'GET' && !c.path.includes('/mypermissions'),
    )
    .map((c) => `${c.kind} ${c.method} ${c.path}`);
}

/** The app's own comments on a request. */
export const appComments = async (sb: Sandbox, key: string) =>
  (await comments(sb, key)).filter((c) => c.author === 'app-escalade');

/** Regex-escape a literal for a fault's `/pattern/`. */
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export type { Body };
