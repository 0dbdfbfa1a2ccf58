import { adf, harness } from './harness';

type SdComment = { id: string; body: string; public: boolean; author: { accountId: string } };
type Comment = {
  id: string;
  jsdPublic: boolean;
  author: { accountId: string };
  body: unknown;
  created: string;
  updated: string;
};

describe('comments', () => {
  it('shows customers public comments only, on both APIs; agents see internal notes too', () => {
    const { call } = harness();
    const sd = (who: string) =>
      (call(who, 'GET', '/rest/servicedeskapi/request/SUP-3/comment').body as { values: SdComment[] }).values;
    expect(sd('customer-alice').every((c) => c.public)).toBe(true);
    expect(sd('customer-alice')).toHaveLength(2);
    expect(sd('agent-dave')).toHaveLength(3);
    expect(sd('agent-dave').filter((c) => !c.public)).toHaveLength(1);
    const platform = (who: string) =>
      (call(who, 'GET', '/rest/api/3/issue/SUP-3/comment').body as { comments: Comment[] }).comments;
    expect(platform('customer-alice').map((c) => c.jsdPublic)).toEqual([true, true]);
    expect(platform('agent-dave').map((c) => c.jsdPublic)).toEqual([true, false, true]);
    const internalId = platform('agent-dave')[1].id;
    expect(call('customer-alice', 'GET', `/rest/api/3/issue/SUP-3/comment/${internalId}`).status).toBe(404);
    expect(call('agent-dave', 'GET', `/rest/api/3/issue/SUP-3/comment/${internalId}`).body).toMatchObject({
      jsdPublic: false,
    });
  });

  it('lets customers post public comments only', () => {
    const { call } = harness();
    const ok = call('customer-alice', 'POST', '/rest/servicedeskapi/request/SUP-3/comment', {
      body: 'Des nouvelles ?',
      public: true,
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ body: 'Des nouvelles ?', public: true, author: { accountId: 'customer-alice' } });
    const implicit = call('unlicensed-carol', 'POST', '/rest/servicedeskapi/request/SUP-7/comment', { body: 'Merci' });
    expect(implicit.status).toBe(201);
    expect(implicit.body).toMatchObject({ public: true });
    expect(
      call('customer-alice', 'POST', '/rest/servicedeskapi/request/SUP-3/comment', { body: 'secret', public: false })
        .status,
    ).toBe(403);
    expect(
      call('customer-alice', 'POST', '/rest/servicedeskapi/request/SUP-5/comment', { body: 'x', public: true }).status,
    ).toBe(404);
    expect(call('customer-alice', 'POST', '/rest/api/3/issue/SUP-3/comment', { body: adf('x') }).status).toBe(403);
    // Agents may write internal notes through the JSM API.
    expect(
      call('agent-dave', 'POST', '/rest/servicedeskapi/request/SUP-3/comment', { body: 'note', public: false }).body,
    ).toMatchObject({ public: false });
  });

  it('makes an internal note from the sd.public.comment property, authored by the app for asApp', () => {
    const { call } = harness();
    const res = call('app', 'POST', '/rest/api/3/issue/SUP-1/comment', {
      body: adf('Escalade niveau 1'),
      properties: [{ key: 'sd.public.comment', value: { internal: true } }],
    });
    expect(res.status).toBe(201);
    const c = res.body as Comment;
    expect(c).toMatchObject({ jsdPublic: false, author: { accountId: 'app-escalade', accountType: 'app' } });
    expect(c.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    const pub = call('app', 'POST', '/rest/api/3/issue/SUP-1/comment', { body: adf('Votre demande est escaladée') });
    expect(pub.body).toMatchObject({ jsdPublic: true });
    // Properties come back through the documented comment list and property API, not the issue's comment endpoints.
    const plain = call('agent-dave', 'GET', `/rest/api/3/issue/SUP-1/comment/${c.id}?expand=properties`).body;
    expect(plain).not.toHaveProperty('properties');
    const list = call('agent-dave', 'POST', '/rest/api/3/comment/list?expand=properties', { ids: [Number(c.id)] })
      .body as { values: { properties: unknown }[] };
    expect(list.values[0]?.properties).toEqual([{ key: 'sd.public.comment', value: { internal: true } }]);
    const one = call('agent-dave', 'GET', `/rest/api/3/comment/${c.id}/properties/sd.public.comment`);
    expect(one.body).toEqual({ key: 'sd.public.comment', value: { internal: true } });
    // A customer sees neither the internal comment nor its properties.
    expect(call('customer-alice', 'GET', `/rest/api/3/comment/${c.id}/properties/sd.public.comment`).status).toBe(404);
    expect(call('customer-alice', 'POST', '/rest/api/3/comment/list', { ids: [Number(c.id)] }).body).toMatchObject({
      values: [],
    });
    // The app (staff) writes a property; a customer may not.
    expect(call('app', 'PUT', `/rest/api/3/comment/${c.id}/properties/escalade.effect`, 'L1-internal').status).toBe(
      201,
    );
    expect(call('app', 'PUT', `/rest/api/3/comment/${c.id}/properties/escalade.effect`, 'L1-internal').status).toBe(
      200,
    );
    const keys = call('agent-dave', 'GET', `/rest/api/3/comment/${c.id}/properties`).body as {
      keys: { key: string }[];
    };
    expect(keys.keys.map((k) => k.key)).toEqual(['sd.public.comment', 'escalade.effect']);
    expect(call('app', 'DELETE', `/rest/api/3/comment/${c.id}/properties/escalade.effect`).status).toBe(204);
    expect(call('app', 'GET', `/rest/api/3/comment/${c.id}/properties/escalade.effect`).status).toBe(404);
  });

  it('emits avi:jira:commented:issue on create and edit, on both APIs, with the documented payload', () => {
    const { call, events, clock } = harness();
    const created = call('customer-alice', 'POST', '/rest/servicedeskapi/request/SUP-3/comment', {
      body: 'Toujours rien ?',
    });
    const id = (created.body as SdComment).id;
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e).toMatchObject({ causedByApp: false, issueKey: 'SUP-3', commentId: id });
    expect(e.payload).toMatchObject({
      eventType: 'avi:jira:commented:issue',
      atlassianId: 'customer-alice',
      issue: {
        id: '10003',
        key: 'SUP-3',
        fields: {
          summary: expect.any(String),
          issuetype: { name: 'Incident' },
          creator: { accountId: 'customer-alice' },
          reporter: { accountId: 'customer-alice' },
          assignee: { accountId: 'agent-dave' },
          project: { id: '10000', key: 'SUP' },
          status: { name: 'In progress', statusCategory: { key: 'indeterminate' } },
          created: expect.stringMatching(/\+0000$/),
          updated: expect.stringMatching(/\+0000$/),
        },
      },
      comment: { id, author: { accountId: 'customer-alice' }, body: { type: 'doc', version: 1 } },
    });
    expect(e.payload.associatedUsers).toEqual(
      expect.arrayContaining([{ accountId: 'customer-alice' }, { accountId: 'agent-dave' }]),
    );
    expect((e.payload.comment as Record<string, unknown>).jsdPublic).toBeUndefined();

    clock.advanceMinutes(5);
    const edited = call('agent-dave', 'PUT', `/rest/api/3/issue/SUP-3/comment/${id}`, {
      body: adf('Toujours rien ? (modifié)'),
    });
    expect(edited.status).toBe(200);
    expect(events).toHaveLength(2);
    const c = events[1].payload.comment as {
      id: string;
      created: string;
      updated: string;
      updateAuthor: { accountId: string };
    };
    expect(c.id).toBe(id);
    expect(c.updateAuthor).toEqual({ accountId: 'agent-dave' });
    expect(
      Date.parse(c.updated.replace('+0000', 'Z')) - Date.parse(c.created.replace('+0000', 'Z')),
    ).toBeGreaterThanOrEqual(5 * 60_000);
    expect(events[1].causedByApp).toBe(false);

    call('app', 'POST', '/rest/api/3/issue/SUP-3/comment', { body: adf('par l’app') });
    expect(events[2]).toMatchObject({
      causedByApp: true,
      payload: { atlassianId: 'app-escalade', comment: { author: { accountId: 'app-escalade' } } },
    });
  });

  it('keeps an edited comment internal unless the property says otherwise, and refuses edits to customers', () => {
    const { call } = harness();
    const c = call('agent-dave', 'POST', '/rest/api/3/issue/SUP-3/comment', {
      body: adf('interne'),
      properties: [{ key: 'sd.public.comment', value: { internal: true } }],
    }).body as Comment;
    expect(
      call('agent-dave', 'PUT', `/rest/api/3/issue/SUP-3/comment/${c.id}`, { body: adf('interne 2') }).body,
    ).toMatchObject({ jsdPublic: false });
    const pub = call('agent-dave', 'PUT', `/rest/api/3/issue/SUP-3/comment/${c.id}`, {
      body: adf('public'),
      properties: [{ key: 'sd.public.comment', value: { internal: false } }],
    });
    expect(pub.body).toMatchObject({ jsdPublic: true });
    expect(call('customer-alice', 'PUT', `/rest/api/3/issue/SUP-3/comment/${c.id}`, { body: adf('hack') }).status).toBe(
      403,
    );
    expect(call('agent-dave', 'PUT', '/rest/api/3/issue/SUP-3/comment/99999', { body: adf('x') }).status).toBe(404);
    // A comment id from another issue is not found under this one.
    expect(call('agent-dave', 'GET', `/rest/api/3/issue/SUP-1/comment/${c.id}`).status).toBe(404);
  });
});
