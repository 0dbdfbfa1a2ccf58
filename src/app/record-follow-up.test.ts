/**
 * The comment trigger's use case on in-memory ports: one email per comment id, the recipients it goes to,
 * and what a transient failure before or after the email hands to the platform's retry.
 */
import { AGENT, CUSTOMER, a24x7Config, aComment, aFollowUp, aRecord, aRequest } from '../../test/builders';
import { fakePorts, expectPropertyWritten } from '../../test/support/fake-ports';
import { ForbiddenError, RateLimitedError, UnavailableError } from '../forge/jira/errors';
import { PortFailure } from '../ports';
import { COMMENT_CLAIM_TTL_S, recordFollowUp, type CommentEventInput } from './record-follow-up';

const INPUT: CommentEventInput = { issueKey: 'SUP-1', commentId: '20001', authorName: 'Alice', resume: null };

function setup(opts: { request?: Parameters<typeof aRequest>[0]; config?: ReturnType<typeof a24x7Config> } = {}) {
  const ports = fakePorts(opts.config ?? a24x7Config(), '2025-03-11T10:00:00.000Z');
  ports.jira.getComment.mockResolvedValue(aComment());
  ports.jira.getRequest.mockResolvedValue(aRequest(opts.request));
  ports.jira.notify.mockResolvedValue({ ok: true, value: 'sent' });
  ports.jira.setIssueProperty.mockResolvedValue(undefined);
  const claimed = new Set<string>();
  const claim = jest.fn(async (key: string) => (claimed.has(key) ? false : (claimed.add(key), true)));
  const release = jest.fn(async (key: string) => void claimed.delete(key));
  Object.assign(ports.store, { claim, release });
  return { ports, claim, release, claimed };
}

describe('recordFollowUp: the first delivery of a customer comment', () => {
  it('given an assigned request, then one email to the assignee, recorded, and the property updated', async () => {
    const { ports, claim } = setup();
    expect(await recordFollowUp(ports, INPUT)).toEqual({ kind: 'recorded', decision: 'notify', notify: 'sent' });
    expect(claim).toHaveBeenCalledWith('comment:20001', COMMENT_CLAIM_TTL_S);
    expect(COMMENT_CLAIM_TTL_S).toBe(7 * 24 * 60 * 60);
    expect(ports.jira.notify).toHaveBeenCalledTimes(1);
    expect(ports.jira.notify.mock.calls[0][1].to).toStrictEqual({ assignee: true });
    expect(ports.store.records.get('SUP-1')?.followUps).toEqual([
      expect.objectContaining({ commentId: '20001', authorId: CUSTOMER, notify: 'sent' }),
    ]);
    expectPropertyWritten(ports.jira, { followUps: 1 });
  });

  it.each([
    { given: 'groups only', groups: ['leads'], accountIds: [], to: { groups: [{ name: 'leads' }] } },
    { given: 'account ids only', groups: [], accountIds: ['acc-1'], to: { users: [{ accountId: 'acc-1' }] } },
    {
      given: 'both',
      groups: ['leads'],
      accountIds: ['acc-1', 'acc-2'],
      to: { users: [{ accountId: 'acc-1' }, { accountId: 'acc-2' }], groups: [{ name: 'leads' }] },
    },
  ])(
    'given an unassigned request and fallback $given, then the email goes to them',
    async ({ groups, accountIds, to }) => {
      const config = a24x7Config({ followUp: { fallbackRecipients: { groups, accountIds } } });
      const { ports } = setup({ request: { assigneeId: null }, config });
      await recordFollowUp(ports, INPUT);
      expect(ports.jira.notify.mock.calls[0][1].to).toStrictEqual(to);
    },
  );

  it.each([
    {
      given: 'answered 403 (mail disabled)',
      answer: { ok: false, status: 403, mailDisabled: true },
      notify: 'mailDisabled',
    },
    {
      given: 'answered 400 (bad recipient)',
      answer: { ok: false, status: 400, mailDisabled: false },
      notify: 'failed',
    },
  ])('given the notify API $given, then it is recorded as $notify', async ({ answer, notify }) => {
    const { ports } = setup();
    ports.jira.notify.mockResolvedValue(answer);
    expect(await recordFollowUp(ports, INPUT)).toEqual({ kind: 'recorded', decision: 'notify', notify });
    expect(ports.store.records.get('SUP-1')?.followUps[0].notify).toBe(notify);
  });

  it('given the notify API gives no answer (a timeout), then recorded unknown, the claim kept, never emailed again', async () => {
    const { ports, claimed } = setup();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    ports.jira.notify.mockRejectedValue(new PortFailure('timeout', 'transient', null, 0, true));
    expect(await recordFollowUp(ports, INPUT)).toEqual({ kind: 'recorded', decision: 'notify', notify: 'unknown' });
    expect(ports.store.records.get('SUP-1')?.followUps[0].notify).toBe('unknown');
    expect(claimed.has('comment:20001')).toBe(true);
    expect(await recordFollowUp(ports, INPUT)).toEqual({ kind: 'ignored', reason: 'alreadySeen' });
    expect(ports.jira.notify).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('follow-up email on SUP-1: no answer from notify'));
    warn.mockRestore();
  });

  it('given an unassigned request, no fallback and no project lead, then recorded without email', async () => {
    const { ports } = setup({ request: { assigneeId: null } });
    ports.jira.projectLead.mockResolvedValue(null);
    expect(await recordFollowUp(ports, INPUT)).toEqual({ kind: 'recorded', decision: 'record', notify: null });
    expect(ports.jira.notify).not.toHaveBeenCalled();
  });

  it('given an earlier follow-up on the record, then the new one is added after it', async () => {
    const { ports } = setup();
    ports.store.records.set('SUP-1', aRecord({ followUps: [aFollowUp({ commentId: '19999' })] }));
    expect(await recordFollowUp(ports, INPUT)).toMatchObject({ kind: 'recorded', decision: 'notify', notify: 'sent' });
    expect(ports.store.records.get('SUP-1')?.followUps.map((f) => f.commentId)).toEqual(['19999', '20001']);
  });

  it('given an unassigned request and no fallback, then the project lead is emailed', async () => {
    const { ports } = setup({ request: { assigneeId: null } });
    ports.jira.projectLead.mockResolvedValue('lead-1');
    expect(await recordFollowUp(ports, INPUT)).toMatchObject({ kind: 'recorded', decision: 'notify', notify: 'sent' });
    expect(ports.jira.notify).toHaveBeenCalledWith(
      expect.any(String),
      expect.objectContaining({ to: { users: [{ accountId: 'lead-1' }] } }),
    );
  });

  it('given the issueProperty effect off, then the property is never written', async () => {
    const config = a24x7Config({ escalation: { effects: { issueProperty: false } } });
    const { ports } = setup({ config });
    await recordFollowUp(ports, INPUT);
    expect(ports.jira.setIssueProperty).not.toHaveBeenCalled();
  });

  it('given the author name on the comment, then it wins over the event payload', async () => {
    const { ports } = setup();
    ports.jira.getComment.mockResolvedValue(aComment({ authorName: 'Alice Martin' }));
    await recordFollowUp(ports, { ...INPUT, authorName: 'someone else' });
    expect(ports.jira.notify.mock.calls[0][1].textBody).toContain('Alice Martin');
  });
});

describe('recordFollowUp: nothing to do', () => {
  it('given a comment id already claimed and no resume data, then ignored (alreadySeen)', async () => {
    const { ports, claimed } = setup();
    claimed.add('comment:20001');
    expect(await recordFollowUp(ports, INPUT)).toEqual({ kind: 'ignored', reason: 'alreadySeen' });
    expect(ports.jira.getComment).not.toHaveBeenCalled();
  });

  it.each([
    { given: 'the comment is gone', comment: null, request: aRequest() },
    { given: 'the request is gone', comment: aComment(), request: null },
  ])('given $given, then ignored (gone), no email', async ({ comment, request }) => {
    const { ports } = setup();
    ports.jira.getComment.mockResolvedValue(comment);
    ports.jira.getRequest.mockResolvedValue(request);
    expect(await recordFollowUp(ports, INPUT)).toEqual({ kind: 'ignored', reason: 'gone' });
    expect(ports.jira.notify).not.toHaveBeenCalled();
  });

  it("given the assignee's own comment, then ignored with the domain's reason, nothing recorded", async () => {
    const { ports } = setup({ request: { participantIds: [AGENT] } });
    ports.jira.getComment.mockResolvedValue(aComment({ authorId: AGENT }));
    expect(await recordFollowUp(ports, INPUT)).toEqual({ kind: 'ignored', reason: 'assignee' });
    expect(ports.store.records.has('SUP-1')).toBe(false);
  });
});

describe('recordFollowUp: failures and retries', () => {
  const rateLimited = () => new RateLimitedError('429', 'POST notify', 30);
  const unavailable = () => new UnavailableError('503', 503, 'GET issue', 5);

  it('given a 429 before the email, then the claim is released and the platform retries from scratch', async () => {
    const { ports, release, claimed } = setup();
    ports.jira.notify.mockRejectedValue(rateLimited());
    expect(await recordFollowUp(ports, INPUT)).toEqual({
      kind: 'retry',
      retryAfterSeconds: 30,
      rateLimited: true,
      resume: null,
    });
    expect(release).toHaveBeenCalledWith('comment:20001');
    expect(claimed.size).toBe(0);
  });

  it('given a 503 reading the request, then a retry that is not rate-limited', async () => {
    const { ports } = setup();
    ports.jira.getRequest.mockRejectedValue(unavailable());
    expect(await recordFollowUp(ports, INPUT)).toEqual({
      kind: 'retry',
      retryAfterSeconds: 5,
      rateLimited: false,
      resume: null,
    });
  });

  it('given a failure that is not transient, then it is thrown (and the claim released)', async () => {
    const { ports, claimed } = setup();
    ports.jira.getComment.mockRejectedValue(new ForbiddenError('403', 403, 'GET comment'));
    await expect(recordFollowUp(ports, INPUT)).rejects.toBeInstanceOf(ForbiddenError);
    expect(claimed.size).toBe(0);
  });

  it('given the property fails after the email, then the claim is kept and the retry carries what was sent', async () => {
    const { ports, claimed } = setup();
    ports.jira.setIssueProperty.mockRejectedValueOnce(unavailable());
    const first = await recordFollowUp(ports, INPUT);
    expect(first).toEqual({
      kind: 'retry',
      retryAfterSeconds: 5,
      rateLimited: false,
      resume: { commentId: '20001', notify: 'sent' },
    });
    expect(claimed.has('comment:20001')).toBe(true);

    // The platform's retry: the record and property are completed, no second email.
    const second = await recordFollowUp(ports, { ...INPUT, resume: { commentId: '20001', notify: 'sent' } });
    expect(second).toEqual({ kind: 'recorded', decision: 'ignore', notify: 'sent' });
    expect(ports.jira.notify).toHaveBeenCalledTimes(1);
    expect(ports.store.records.get('SUP-1')?.followUps).toHaveLength(1);
    expect(ports.jira.setIssueProperty).toHaveBeenCalledTimes(2);
  });

  it('given no email to send and the property fails, then the retry carries notify none (nothing was sent)', async () => {
    const { ports, claimed } = setup({ request: { assigneeId: null } });
    ports.jira.projectLead.mockResolvedValue(null);
    ports.jira.setIssueProperty.mockRejectedValueOnce(unavailable());
    expect(await recordFollowUp(ports, INPUT)).toMatchObject({
      kind: 'retry',
      resume: { commentId: '20001', notify: 'none' },
    });
    expect(claimed.has('comment:20001')).toBe(true);
  });

  it('given resume data for another comment, then the claimed comment is ignored', async () => {
    const { ports, claimed } = setup();
    claimed.add('comment:20001');
    const result = await recordFollowUp(ports, { ...INPUT, resume: { commentId: '999', notify: 'sent' } });
    expect(result).toEqual({ kind: 'ignored', reason: 'alreadySeen' });
  });

  it('given a retry whose re-read finds the comment gone, then ignored (gone)', async () => {
    const { ports, claimed } = setup();
    claimed.add('comment:20001');
    ports.jira.getComment.mockResolvedValue(null);
    const result = await recordFollowUp(ports, { ...INPUT, resume: { commentId: '20001', notify: 'sent' } });
    expect(result).toEqual({ kind: 'ignored', reason: 'gone' });
  });

  it('given a retry that fails again, then it asks for another retry with the same resume data', async () => {
    const { ports, claimed } = setup();
    claimed.add('comment:20001');
    ports.jira.getRequest.mockRejectedValue(rateLimited());
    const resume = { commentId: '20001', notify: 'mailDisabled' as const };
    expect(await recordFollowUp(ports, { ...INPUT, resume })).toEqual({
      kind: 'retry',
      retryAfterSeconds: 30,
      rateLimited: true,
      resume,
    });
  });
});
