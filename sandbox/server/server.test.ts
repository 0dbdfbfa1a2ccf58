import { useServedSandbox } from '../test-fixtures/harness';

type Json = Record<string, unknown>;

describe('sandbox HTTP server', () => {
  const site = useServedSandbox();

  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(site.url + path, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown = text;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      // html
    }
    return { status: res.status, body: json as Json & unknown[], text, headers: res.headers };
  };

  it('serves Jira/JSM REST with the acting user from X-Sandbox-Account-Id (absent → 401)', async () => {
    expect((await call('GET', '/rest/api/3/myself')).status).toBe(401);
    const me = await call('GET', '/rest/api/3/myself', undefined, { 'X-Sandbox-Account-Id': 'agent-dave' });
    expect(me.status).toBe(200);
    expect(me.body.accountId).toBe('agent-dave');
    const bobOnAlice = await call('GET', '/rest/servicedeskapi/request/SUP-1', undefined, {
      'X-Sandbox-Account-Id': 'customer-bob',
    });
    expect([403, 404]).toContain(bobOnAlice.status);
  });

  it('GET /sandbox/users, /sandbox/requests', async () => {
    const users = await call('GET', '/sandbox/users');
    expect((users.body as unknown as Json[]).map((u) => u.accountId)).toEqual(
      expect.arrayContaining([
        'customer-alice',
        'customer-bob',
        'unlicensed-carol',
        'agent-dave',
        'agent-erin',
        'admin-frank',
      ]),
    );
    expect(users.body[0]).toEqual(
      expect.objectContaining({
        accountId: expect.any(String),
        displayName: expect.any(String),
        accountType: expect.any(String),
        emailAddress: expect.any(String),
        groups: expect.any(Array),
      }),
    );
    expect((await call('GET', '/sandbox/requests')).body).toHaveLength(7);
  });

  it('GET|POST /sandbox/clock moves the clock and refuses bad input', async () => {
    const before = Date.parse(((await call('GET', '/sandbox/clock')).body as Json).now as string);
    const after = await call('POST', '/sandbox/clock', { advanceMinutes: 60 });
    expect(Date.parse(after.body.now as string) - before).toBeGreaterThanOrEqual(3_600_000);
    const target = new Date(Date.parse(after.body.now as string) + 86_400_000).toISOString();
    const set = Date.parse(((await call('POST', '/sandbox/clock', { now: target })).body as Json).now as string);
    expect(Math.abs(set - Date.parse(target))).toBeLessThan(1_000);
    expect((await call('POST', '/sandbox/clock', { advanceMinutes: -5 })).status).toBe(400);
    expect((await call('POST', '/sandbox/clock', { now: '2000-01-01T00:00:00Z' })).status).toBe(400);
    expect((await call('POST', '/sandbox/clock', {})).status).toBe(400);
    const bad = await call('POST', '/sandbox/clock', '{not json');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/JSON/);
  });

  it('POST /sandbox/invoke returns { body } exactly as the resolver returned it; bad requests are 400', async () => {
    const ok = await call('POST', '/sandbox/invoke', {
      moduleKey: 'portal-panel',
      functionKey: 'whoami',
      accountId: 'customer-bob',
      extension: { request: { key: 'SUP-5' } },
      payload: { x: 1 },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.body).toMatchObject({
      payload: { x: 1 },
      context: {
        accountId: 'customer-bob',
        accountType: 'customer',
        extension: { request: { key: 'SUP-5' } },
      },
    });
    expect((ok.body.body as { context: object }).context).not.toHaveProperty('locale');
    expect((await call('POST', '/sandbox/invoke', { moduleKey: 'portal-panel', functionKey: 'whoami' })).status).toBe(
      400,
    );
    expect(
      (await call('POST', '/sandbox/invoke', { moduleKey: 'nope', functionKey: 'whoami', accountId: 'customer-bob' }))
        .status,
    ).toBe(400);
    expect(
      (await call('POST', '/sandbox/invoke', { moduleKey: 'portal-panel', functionKey: 'whoami', accountId: 'ghost' }))
        .status,
    ).toBe(400);
    const boom = await call('POST', '/sandbox/invoke', {
      moduleKey: 'portal-panel',
      functionKey: 'boom',
      accountId: 'customer-bob',
    });
    expect(boom.status).toBe(500);
    expect(boom.body.error).toContain('resolver failed on purpose');
  });

  it('POST /sandbox/bridge answers invoke and getContext for the Custom UIs', async () => {
    const ctx = await call('POST', '/sandbox/bridge', {
      name: 'getContext',
      moduleKey: 'portal-panel',
      accountId: 'customer-alice',
      extension: { request: { key: 'SUP-1' } },
    });
    expect(ctx.body).toMatchObject({
      ok: true,
      result: {
        accountId: 'customer-alice',
        accountType: 'customer',
        locale: 'fr-FR',
        timezone: 'Europe/Paris',
        moduleKey: 'portal-panel',
        extension: { request: { key: 'SUP-1' } },
        siteUrl: site.url,
      },
    });
    const inv = await call('POST', '/sandbox/bridge', {
      name: 'invoke',
      payload: { functionKey: 'whoami', payload: { y: 2 } },
      moduleKey: 'portal-panel',
      accountId: 'customer-alice',
      extension: {},
    });
    expect(inv.body).toMatchObject({ ok: true, result: { payload: { y: 2 } } });
    const failed = await call('POST', '/sandbox/bridge', {
      name: 'invoke',
      payload: { functionKey: 'boom' },
      moduleKey: 'portal-panel',
      accountId: 'customer-alice',
    });
    expect(failed.body).toMatchObject({ ok: false, error: { message: expect.stringContaining('on purpose') } });
  });

  it('faults, calls, events and replay over HTTP', async () => {
    expect(
      (await call('POST', '/sandbox/faults', { pathPattern: 'SUP-2', status: 429, count: 1, retryAfterSeconds: 3 }))
        .status,
    ).toBe(201);
    expect((await call('POST', '/sandbox/faults', { pathPattern: 'SUP-2', status: 'x', count: 1 })).status).toBe(400);
    expect((await call('POST', '/sandbox/faults', { pathPattern: '/([/', status: 500, count: 1 })).status).toBe(400);
    expect((await call('DELETE', '/sandbox/calls')).status).toBe(204);
    const limited = await call('POST', '/sandbox/invoke', {
      moduleKey: 'portal-panel',
      functionKey: 'product',
      accountId: 'customer-alice',
      payload: { as: 'app', path: '/rest/api/3/issue/SUP-2' },
    });
    expect(limited.body.body).toMatchObject({ status: 429, retryAfter: '3' });
    const calls = await call('GET', '/sandbox/calls');
    expect(calls.body).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/rest/api/3/issue/SUP-2',
        as: 'app',
        status: 429,
        kind: 'product',
        at: expect.any(String),
      }),
    ]);
    await call('POST', '/sandbox/faults', { pathPattern: 'x', status: 500, count: 3 });
    expect((await call('DELETE', '/sandbox/faults')).status).toBe(204);
    expect((await call('GET', '/sandbox/faults')).body).toEqual([]);

    await call(
      'POST',
      '/rest/servicedeskapi/request/SUP-2/comment',
      { body: 'Bonjour', public: true },
      { 'X-Sandbox-Account-Id': 'customer-alice' },
    );
    const waited = await call('POST', '/sandbox/events/wait', { timeoutMs: 3000 });
    expect(waited.status).toBe(200);
    const events = (await call('GET', '/sandbox/events')).body;
    expect(events[events.length - 1]).toMatchObject({
      id: expect.any(String),
      type: 'avi:jira:commented:issue',
      status: 'done',
      attempts: 1,
    });
    expect((await call('POST', '/sandbox/events/replay', { count: 1 })).body.replayed).toHaveLength(1);
    expect((await call('POST', '/sandbox/events/replay', { count: 0 })).status).toBe(400);
    await call('POST', '/sandbox/events/wait', {});
    expect((await call('GET', '/sandbox/events')).body).toHaveLength(events.length + 1);
  });

  it('outbox and mail switch', async () => {
    expect(Array.isArray((await call('GET', '/sandbox/outbox')).body)).toBe(true);
    expect((await call('POST', '/sandbox/mail', { enabled: 'yes' })).status).toBe(400);
    expect((await call('POST', '/sandbox/mail', { enabled: false })).body).toEqual({ enabled: false });
    const notify = await call(
      'POST',
      '/rest/api/3/issue/SUP-1/notify',
      { subject: 's', textBody: 't', htmlBody: '<p>t</p>', to: { reporter: true } },
      { 'X-Sandbox-Account-Id': 'agent-dave' },
    );
    expect(notify.status).toBe(403);
    await call('POST', '/sandbox/mail', { enabled: true });
  });

  it('the portal page speaks the customer’s language: statuses, request types, dates, the portal’s name', async () => {
    const fr = (await call('GET', '/portal/SUP-4', undefined, { cookie: 'persona=customer-alice' })).text;
    expect(fr).toMatch(/data-testid="portal-status"><span class="lozenge indeterminate">En cours</);
    expect(fr).toContain('data-testid="portal-request-type">Demande de service<');
    expect(fr).toMatch(/data-testid="comment-date">\d{1,2} [a-zéû]+\.? \d{4}/);
    expect(fr).toContain('>myService</a> / Mes demandes / SUP-4');
    expect(fr).toContain('<title>SUP-4 · myService');
    expect(fr).not.toMatch(/In progress|Service request|Help center/);
    const en = (await call('GET', '/portal/SUP-4', undefined, { cookie: 'persona=customer-alice; locale=en-US' })).text;
    expect(en).toMatch(/data-testid="portal-status"><span class="lozenge indeterminate">In progress</);
    expect(en).toContain('data-testid="portal-request-type">Service request<');
    expect(en).toMatch(/data-testid="comment-date">[A-Z][a-z]{2} \d{1,2}, \d{4}/);
    expect(en).toContain('>myService</a> / My requests / SUP-4');
  });

  it('serves the pages, with escaped values, the clock and the app iframes', async () => {
    const index = await call('GET', '/', undefined, { cookie: 'persona=agent-dave' });
    expect(index.status).toBe(200);
    expect(index.text).toContain('SUP-7');
    expect(index.text).toContain('data-advance="10080">+1 semaine<'); // Dave reads French
    const portal = await call('GET', '/portal/SUP-1', undefined, { cookie: 'persona=customer-alice' });
    expect(portal.status).toBe(200);
    expect(portal.text).toContain('/apps/portal/index.html?module=portal-panel');
    // The portal speaks the persona's language (Alice: fr-FR, Bob: en-US), or the locale cookie's.
    expect(portal.text).toContain('Ajouter un commentaire');
    const bobs = await call('GET', '/portal/SUP-5', undefined, { cookie: 'persona=customer-bob' });
    expect(bobs.text).toContain('Add a comment');
    const bobInFrench = await call('GET', '/portal/SUP-5', undefined, { cookie: 'persona=customer-bob; locale=fr-FR' });
    expect(bobInFrench.text).toContain('Type de demande');
    const refused = await call('GET', '/portal/SUP-1', undefined, { cookie: 'persona=customer-bob' });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('data-testid="forbidden"');
    expect(refused.text).not.toContain('module=portal-panel');
    expect((await call('GET', '/portal/SUP-999', undefined, { cookie: 'persona=customer-bob' })).status).toBe(404);
    const jira = await call('GET', '/jira/SUP-4', undefined, { cookie: 'persona=agent-erin' });
    expect(jira.status).toBe(200);
    expect(jira.text).toContain('module=agent-panel');
    // Jira's own issue URL, used by the queue's links and the emails, shows the Jira page.
    const browse = await call('GET', '/browse/SUP-4', undefined, { cookie: 'persona=agent-erin' });
    expect(browse.status).toBe(200);
    expect(browse.text).toContain('module=agent-panel');
    // The index counts emails with a real plural: "(1 email)" after the seed's one escalation email.
    const count = (await call('GET', '/sandbox/outbox')).body.length as number;
    expect(index.text).toContain(count === 1 ? '(1 email)' : `(${count} emails)`);
    expect(index.text).not.toContain('(1 emails)');
    for (const p of ['/admin', '/queue', '/outbox']) expect((await call('GET', p)).status).toBe(200);
    expect((await call('GET', '/nowhere')).status).toBe(404);
    expect((await call('GET', '/sandbox/nowhere')).status).toBe(404);
    const app = await call('GET', '/apps/portal/index.html?module=portal-panel&issue=SUP-1&as=customer-alice');
    expect(app.status).toBe(200);
    // Either the production build with the bridge injected, or a clear "not built" message.
    expect(app.text.includes('globalThis.__bridge') || app.text.includes('is not built')).toBe(true);
    expect((await call('GET', '/apps/portal/../../package.json')).status).not.toBe(200);
    expect((await call('GET', '/apps/portal/__LOCALES__/i18n-info.json')).body).toEqual({
      config: { locales: ['fr-FR', 'en-US'], fallback: { default: 'en-US' } },
    });
  });

  it('POST /sandbox/reset restores the seed', async () => {
    expect((await call('POST', '/sandbox/reset')).body).toEqual({ ok: true });
    expect((await call('GET', '/sandbox/events')).body).toEqual([]);
  });
});
