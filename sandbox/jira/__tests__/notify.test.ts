import { harness } from './harness';

const mail = { subject: 'Relance sur SUP-3', textBody: 'texte', htmlBody: '<p>texte</p>' };

describe('POST issue/{key}/notify', () => {
  it('resolves the assignee to a user with an email and appends to the outbox (204)', () => {
    const { call, jira } = harness();
    const res = call('app', 'POST', '/rest/api/3/issue/SUP-3/notify', { ...mail, to: { assignee: true } });
    expect(res.status).toBe(204);
    expect(jira.outbox()).toEqual([
      {
        issueKey: 'SUP-3',
        to: [{ accountId: 'agent-dave', emailAddress: 'dave@example.com' }],
        subject: 'Relance sur SUP-3',
        textBody: 'texte',
        htmlBody: '<p>texte</p>',
        at: expect.stringMatching(/^2026-11-27T10:1\d:\d\d\.\d{3}\+0000$/),
      },
    ]);
  });

  it('resolves users, groups, reporter and watchers without duplicates', () => {
    const { call, jira } = harness();
    const res = call('app', 'POST', '/rest/api/3/issue/SUP-4/notify', {
      ...mail,
      to: {
        reporter: true,
        watchers: true,
        users: [{ accountId: 'admin-frank' }],
        groups: [{ name: 'support-managers' }],
      },
    });
    expect(res.status).toBe(204);
    const to = jira
      .outbox()[0]
      .to.map((t) => t.emailAddress)
      .sort();
    expect(to).toEqual(['alice@example.com', 'erin@example.com', 'frank@example.com']);
  });

  it('uses the issue key and summary as the default subject', () => {
    const { call, jira } = harness();
    call('app', 'POST', '/rest/api/3/issue/SUP-1/notify', { textBody: 't', to: { assignee: true } });
    expect(jira.outbox()[0].subject).toMatch(/^SUP-1: Impossible d'ouvrir/);
  });

  it('answers 400 for to.assignee on an unassigned issue, and when nobody is left to email', () => {
    const { call, jira } = harness();
    const unassigned = call('app', 'POST', '/rest/api/3/issue/SUP-5/notify', { ...mail, to: { assignee: true } });
    expect(unassigned.status).toBe(400);
    expect(unassigned.body).toMatchObject({ errorMessages: expect.any(Array), errors: expect.any(Object) });
    expect(call('app', 'POST', '/rest/api/3/issue/SUP-5/notify', { ...mail, to: {} }).status).toBe(400);
    expect(
      call('app', 'POST', '/rest/api/3/issue/SUP-5/notify', { ...mail, to: { groups: [{ name: 'no-such-group' }] } })
        .status,
    ).toBe(400);
    expect(
      call('app', 'POST', '/rest/api/3/issue/SUP-5/notify', { ...mail, to: { users: [{ accountId: 'ghost' }] } })
        .status,
    ).toBe(400);
    // The caller cannot email themselves.
    expect(
      call('agent-dave', 'POST', '/rest/api/3/issue/SUP-3/notify', { ...mail, to: { assignee: true } }).status,
    ).toBe(400);
    expect(jira.outbox()).toEqual([]);
  });

  it('filters recipients by restrict.groups', () => {
    const { call, jira } = harness();
    const res = call('app', 'POST', '/rest/api/3/issue/SUP-4/notify', {
      ...mail,
      to: { reporter: true, assignee: true },
      restrict: { groups: [{ name: 'jira-servicemanagement-users' }] },
    });
    expect(res.status).toBe(204);
    expect(jira.outbox()[0].to).toEqual([{ accountId: 'agent-erin', emailAddress: 'erin@example.com' }]);
  });

  it('answers 403 while outgoing mail is disabled, and sends again once enabled', () => {
    const { call, jira } = harness();
    jira.setMailEnabled(false);
    expect(call('app', 'POST', '/rest/api/3/issue/SUP-3/notify', { ...mail, to: { assignee: true } }).status).toBe(403);
    expect(jira.outbox()).toHaveLength(0);
    jira.setMailEnabled(true);
    expect(call('app', 'POST', '/rest/api/3/issue/SUP-3/notify', { ...mail, to: { assignee: true } }).status).toBe(204);
    expect(jira.outbox()).toHaveLength(1);
  });

  it('refuses a malformed body with Jira’s error shape', () => {
    const { call } = harness();
    const res = call('app', 'POST', '/rest/api/3/issue/SUP-3/notify', { subject: 42, to: { assignee: 'yes' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      errorMessages: [],
      errors: { subject: expect.any(String), 'to.assignee': expect.any(String) },
    });
  });
});
