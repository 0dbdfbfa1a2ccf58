import {
  a24x7Config,
  AGENT,
  aComment,
  aFollowUp,
  aRecord,
  aRequest,
  CUSTOMER,
  PARTICIPANT,
  STRANGER,
} from '../../../test/builders';
import type { Config } from '../config';
import type { CommentFacts, RequestFacts } from '../facts';
import type { RequestRecord } from '../record';
import { decideFollowUp } from './decide-follow-up';
import type { FollowUpDecision } from './types';

const NOW = new Date('2025-03-11T10:00:00.000Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();

interface Given {
  given: string;
  comment?: Partial<CommentFacts>;
  request?: Partial<RequestFacts>;
  record?: Partial<RequestRecord>;
  config?: Config;
  then: FollowUpDecision;
}

const when = (g: Given) =>
  decideFollowUp(aComment(g.comment), aRequest(g.request), aRecord(g.record), g.config ?? a24x7Config(), NOW);

describe('decideFollowUp: not a follow-up', () => {
  describe.each<Given>([
    { given: "the app's own comment", comment: { byApp: true }, then: { kind: 'ignore', reason: 'app' } },
    {
      given: "the app's own internal comment on a resolved request (app first)",
      comment: { byApp: true, isPublic: false },
      request: { statusCategory: 'done' },
      then: { kind: 'ignore', reason: 'app' },
    },
    {
      given: 'a comment already recorded (an edit or a re-delivery)',
      record: { followUps: [aFollowUp({ commentId: '20001' })] },
      then: { kind: 'ignore', reason: 'alreadySeen' },
    },
    {
      given: 'an edit of a recorded comment made internal since (alreadySeen first)',
      comment: { isPublic: false, updatedAt: '2025-03-11T10:05:00.000+01:00' },
      record: { followUps: [aFollowUp({ commentId: '20001' })] },
      then: { kind: 'ignore', reason: 'alreadySeen' },
    },
    {
      given: 'a comment created 25 h ago and edited since (an edit after its claim and entry are gone)',
      comment: { createdAt: minutesAgo(25 * 60), updatedAt: minutesAgo(1) },
      then: { kind: 'ignore', reason: 'edited' },
    },
    {
      given: 'an internal comment created 30 days ago and edited since (edited first)',
      comment: { isPublic: false, createdAt: minutesAgo(30 * 24 * 60), updatedAt: minutesAgo(1) },
      then: { kind: 'ignore', reason: 'edited' },
    },
    { given: 'an internal comment', comment: { isPublic: false }, then: { kind: 'ignore', reason: 'internal' } },
    {
      given: 'an internal comment by an agent on a resolved request (internal first)',
      comment: { isPublic: false, authorId: AGENT },
      request: { statusCategory: 'done' },
      then: { kind: 'ignore', reason: 'internal' },
    },
    { given: 'a resolved request', request: { statusCategory: 'done' }, then: { kind: 'ignore', reason: 'resolved' } },
    {
      given: "a stranger's comment on a resolved request (resolved first)",
      comment: { authorId: STRANGER },
      request: { statusCategory: 'done' },
      then: { kind: 'ignore', reason: 'resolved' },
    },
    { given: "an agent's public reply", comment: { authorId: AGENT }, then: { kind: 'ignore', reason: 'notParty' } },
    {
      given: 'a comment by someone not on the request',
      comment: { authorId: STRANGER },
      then: { kind: 'ignore', reason: 'notParty' },
    },
    {
      given: 'a comment by the assignee who is also the reporter',
      comment: { authorId: CUSTOMER },
      request: { assigneeId: CUSTOMER },
      then: { kind: 'ignore', reason: 'assignee' },
    },
    {
      given: 'a comment by the assignee who is also a participant',
      comment: { authorId: PARTICIPANT },
      request: { assigneeId: PARTICIPANT },
      then: { kind: 'ignore', reason: 'assignee' },
    },
  ])('given $given', (g) => {
    it(`then ignore (${g.then.kind === 'ignore' ? g.then.reason : ''})`, () => expect(when(g)).toEqual(g.then));
  });
});

describe('decideFollowUp: a follow-up', () => {
  const fallback = (groups: string[], accountIds: string[]) =>
    a24x7Config({ followUp: { fallbackRecipients: { groups, accountIds } } });
  describe.each<Given>([
    {
      given: 'the first follow-up by the reporter',
      then: { kind: 'notify', count: 1, suppressed: 0, recipients: { assignee: AGENT, groups: [], accountIds: [] } },
    },
    {
      given: 'a comment created 23 h ago and edited since (its first event may still come that late)',
      comment: { createdAt: minutesAgo(23 * 60), updatedAt: minutesAgo(1) },
      then: { kind: 'notify', count: 1, suppressed: 0, recipients: { assignee: AGENT, groups: [], accountIds: [] } },
    },
    {
      given: 'a comment created exactly 24 h ago and edited since (the last instant of the first-delivery window)',
      comment: { createdAt: minutesAgo(24 * 60), updatedAt: minutesAgo(1) },
      then: { kind: 'notify', count: 1, suppressed: 0, recipients: { assignee: AGENT, groups: [], accountIds: [] } },
    },
    {
      given: 'a comment created 8 days ago, never edited (a very late first event still counts)',
      comment: { createdAt: minutesAgo(8 * 24 * 60), updatedAt: minutesAgo(8 * 24 * 60) },
      then: { kind: 'notify', count: 1, suppressed: 0, recipients: { assignee: AGENT, groups: [], accountIds: [] } },
    },
    {
      given: 'a follow-up by a participant',
      comment: { authorId: PARTICIPANT },
      then: { kind: 'notify', count: 1, suppressed: 0, recipients: { assignee: AGENT, groups: [], accountIds: [] } },
    },
    {
      given: 'a follow-up 10 min after the last email (cooldown 30 min)',
      record: {
        followUps: [aFollowUp({ commentId: '1' }), aFollowUp({ commentId: '2' })],
        lastEmailAt: minutesAgo(10),
        suppressedSinceEmail: 1,
      },
      then: { kind: 'record', reason: 'cooldown', count: 3 },
    },
    {
      given: 'a follow-up 29 min 59 s after the last email',
      record: {
        followUps: [aFollowUp({ commentId: '1' })],
        lastEmailAt: new Date(NOW.getTime() - 30 * 60_000 + 1000).toISOString(),
      },
      then: { kind: 'record', reason: 'cooldown', count: 2 },
    },
    {
      given: 'a follow-up exactly 30 min after the last email, two suppressed in between',
      record: {
        followUps: [aFollowUp({ commentId: '1' })],
        followUpCount: 3,
        lastEmailAt: minutesAgo(30),
        suppressedSinceEmail: 2,
      },
      then: { kind: 'notify', count: 4, suppressed: 2, recipients: { assignee: AGENT, groups: [], accountIds: [] } },
    },
    {
      given: 'a cooldown of 0 and an email a second ago',
      config: a24x7Config({ followUp: { cooldownMinutes: 0 } }),
      record: { followUps: [aFollowUp({ commentId: '1' })], lastEmailAt: new Date(NOW.getTime() - 1000).toISOString() },
      then: { kind: 'notify', count: 2, suppressed: 0, recipients: { assignee: AGENT, groups: [], accountIds: [] } },
    },
    {
      given: 'an unassigned request and no fallback recipient',
      request: { assigneeId: null },
      then: { kind: 'record', reason: 'unassignedNoRecipient', count: 1 },
    },
    {
      given: 'an unassigned request in cooldown with no fallback (no recipient wins)',
      request: { assigneeId: null },
      record: { lastEmailAt: minutesAgo(1) },
      then: { kind: 'record', reason: 'unassignedNoRecipient', count: 1 },
    },
    {
      given: 'an unassigned request and a fallback group',
      request: { assigneeId: null },
      config: fallback(['support-leads'], []),
      then: {
        kind: 'notify',
        count: 1,
        suppressed: 0,
        recipients: { assignee: null, groups: ['support-leads'], accountIds: [] },
      },
    },
    {
      given: 'an unassigned request and fallback account ids only, no group',
      request: { assigneeId: null },
      config: fallback([], ['acc-1']),
      then: {
        kind: 'notify',
        count: 1,
        suppressed: 0,
        recipients: { assignee: null, groups: [], accountIds: ['acc-1'] },
      },
    },
    {
      given: 'an unassigned request and fallback users and groups',
      request: { assigneeId: null },
      config: fallback(['support-leads'], ['acc-1', 'acc-2']),
      then: {
        kind: 'notify',
        count: 1,
        suppressed: 0,
        recipients: { assignee: null, groups: ['support-leads'], accountIds: ['acc-1', 'acc-2'] },
      },
    },
    {
      given: 'an assigned request with fallback recipients configured (the assignee only)',
      config: fallback(['support-leads'], ['acc-1']),
      then: { kind: 'notify', count: 1, suppressed: 0, recipients: { assignee: AGENT, groups: [], accountIds: [] } },
    },
    {
      given: 'an unassigned request with a fallback, in cooldown',
      request: { assigneeId: null },
      config: fallback(['support-leads'], []),
      record: { lastEmailAt: minutesAgo(5) },
      then: { kind: 'record', reason: 'cooldown', count: 1 },
    },
  ])('given $given', (g) => {
    it(`then ${g.then.kind}`, () => expect(when(g)).toEqual(g.then));
  });
});
