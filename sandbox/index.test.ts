import { createSandbox, type Sandbox } from './index';
import { hooks } from './test-fixtures/app';
import { FIXTURE_APP } from './test-fixtures/harness';

type Json = Record<string, unknown>;

/** createSandbox with the real fake Jira and the fixture app (the real app is tested by the backend's integration tests). */
describe('createSandbox', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await createSandbox({ appEntry: FIXTURE_APP, now: new Date('2026-03-02T09:00:00.000Z') });
  });
  afterAll(() => sb.close());
  beforeEach(() => {
    hooks.onEvent = undefined;
    hooks.received.length = 0;
  });

  it('seeds, escalates SUP-4 through the app, and leaves clean logs', async () => {
    expect(sb.jira.requests().map((r) => r.key)).toEqual([
      'SUP-1',
      'SUP-2',
      'SUP-3',
      'SUP-4',
      'SUP-5',
      'SUP-6',
      'SUP-7',
    ]);
    const comments = await sb.rest('agent-erin', 'GET', '/rest/api/3/issue/SUP-4/comment');
    const list = (comments.body as { comments: Json[] }).comments;
    expect(
      list.some(
        (c) =>
          (c.author as Json).accountId === 'app-escalade' &&
          JSON.stringify(c.body).includes('Pas de nouvelles depuis trois semaines.'),
      ),
    ).toBe(true);
    expect(sb.events()).toEqual([]);
    expect(sb.calls()).toEqual([]);
  });

  it('builds the extension of portal and agent modules from the request', () => {
    expect(sb.extensionFor('portal-panel', 'SUP-4')).toMatchObject({
      type: 'jiraServiceManagement:portalRequestDetailPanel',
      portal: { id: 1 },
      request: { key: 'SUP-4', typeId: 11 },
    });
    expect(sb.extensionFor('agent-panel', 'SUP-1')).toMatchObject({
      type: 'jira:issuePanel',
      issue: { key: 'SUP-1', id: expect.any(String) },
      project: { key: 'SUP', id: '10000' },
    });
    expect(sb.extensionFor('admin-page')).toMatchObject({ type: 'jira:adminPage' });
  });

  it('invokes with the accountType of the seeded users, and no locale or timezone in the context', async () => {
    const carol = (
      await sb.invoke({
        moduleKey: 'portal-panel',
        functionKey: 'whoami',
        accountId: 'unlicensed-carol',
        extension: sb.extensionFor('portal-panel', 'SUP-7'),
      })
    ).body as { context: Json };
    expect(carol.context).toMatchObject({ accountType: 'unlicensed', extension: { request: { key: 'SUP-7' } } });
    expect(carol.context).not.toHaveProperty('locale');
    expect(carol.context).not.toHaveProperty('timezone');
    const frank = (await sb.invoke({ moduleKey: 'agent-panel', functionKey: 'whoami', accountId: 'admin-frank' }))
      .body as { context: Json };
    expect(frank.context).toMatchObject({ accountType: 'licensed' });
  });

  it('delivers a customer comment to the trigger, and skips the app comment (ignoreSelf)', async () => {
    const posted = await sb.rest('customer-alice', 'POST', '/rest/servicedeskapi/request/SUP-3/comment', {
      body: 'Toujours rien ?',
      public: true,
    });
    expect(posted.status).toBe(201);
    await sb.waitForEvents(3_000);
    expect(sb.events()).toMatchObject([
      { type: 'avi:jira:commented:issue', status: 'done', attempts: 1, issueKey: 'SUP-3' },
    ]);
    expect(hooks.received[0]?.event).toMatchObject({ eventType: 'avi:jira:commented:issue', issue: { key: 'SUP-3' } });
    sb.replayEvents(1);
    await sb.waitForEvents(3_000);
    expect(sb.events()).toHaveLength(2);
    expect(hooks.received).toHaveLength(2);
  });

  it('reset() restores the seed and wipes the app storage', async () => {
    sb.clock.advanceMinutes(60);
    await sb.rest('customer-bob', 'POST', '/rest/servicedeskapi/request/SUP-5/comment', { body: 'x', public: true });
    await sb.waitForEvents(3_000);
    await sb.reset();
    expect(sb.events()).toEqual([]);
    const sup5 = await sb.rest('customer-bob', 'GET', '/rest/servicedeskapi/request/SUP-5/comment');
    expect(JSON.stringify(sup5.body)).not.toContain('"body":"x"');
  });
});
