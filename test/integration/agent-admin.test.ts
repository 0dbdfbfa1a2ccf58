import type { Sandbox } from '../../sandbox';
import { FUNCTION_KEYS, MODULE_KEYS } from '../../src/contract';
import { DEFAULT_CONFIG } from '../../src/domain';
import { ALICE, CAROL, DAVE, ERIN, FRANK } from '../support/personas';
import { productCalls, useSandbox } from '../support/sandbox-setup';
import { admin, agent, errorCode, invokeWith, ok, queue, refusalOf, unchecked } from '../support/invoke';
import { comments, issueProperty } from '../support/site-actions';

let sb: Sandbox;
useSandbox((s) => (sb = s));

const ADMIN_FUNCTIONS = FUNCTION_KEYS.admin;

describe('agent panel', () => {
  it('shows the state and the timeline with display names, and the queue JQL', async () => {
    const state = ok(await agent(sb, DAVE, 'SUP-4', 'getAgentState'));
    expect(state).toMatchObject({
      requestKey: 'SUP-4',
      kind: 'escalated',
      level: 1,
      maxLevel: 2,
      acknowledged: false,
      critical: false,
    });
    expect(state.jql).toBe('issue.property[escalade].state = "escalated"');
    expect(state.timeline[0]).toMatchObject({
      type: 'escalation',
      level: 1,
      by: { accountId: ALICE, displayName: 'Alice Martin' },
      reasonId: 'no-answer',
    });
    expect(ok(await agent(sb, DAVE, 'SUP-1', 'getAgentState')).critical).toBe(true);
  });

  it('refuses a customer, even the reporter, and an unlicensed participant', async () => {
    const body = await agent(sb, ALICE, 'SUP-4', 'getAgentState');
    expect(errorCode(body)).toBe('FORBIDDEN');
    expect(Object.keys(body)).toEqual(['error']);
    expect(errorCode(await agent(sb, ALICE, 'SUP-4', 'acknowledge', {}))).toBe('FORBIDDEN');
    expect(errorCode(await agent(sb, CAROL, 'SUP-7', 'getAgentState'))).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND when the issue disappears after the permission check', async () => {
    sb.addFault({ pathPattern: '/rest/api/3/issue/SUP-4', method: 'GET', status: 404, count: 1 });
    expect(errorCode(await agent(sb, DAVE, 'SUP-4', 'getAgentState'))).toBe('NOT_FOUND');
  });

  it('acknowledges once (then CONFLICT), and closes with a note', async () => {
    const acked = ok(await agent(sb, ERIN, 'SUP-4', 'acknowledge', { note: 'Je prends.' }));
    expect(acked.acknowledged).toBe(true);
    expect(acked.timeline.map((e) => e.type)).toEqual(['escalation', 'acknowledged']);
    expect(await issueProperty(sb, 'SUP-4')).toMatchObject({ state: 'acknowledged' });
    expect(errorCode(await agent(sb, DAVE, 'SUP-4', 'acknowledge', {}))).toBe('CONFLICT');

    const bad = await agent(sb, ERIN, 'SUP-4', 'closeEscalation', { reasonId: 'other', note: '   ' });
    expect(errorCode(bad)).toBe('INVALID_INPUT');
    expect(refusalOf(bad)?.fields?.[0].path).toBe('note');

    const closed = ok(
      await agent(sb, ERIN, 'SUP-4', 'closeEscalation', { reasonId: 'resolved', note: 'Réglé par téléphone.' }),
    );
    expect(closed.closed).toBe(true);
    expect(await issueProperty(sb, 'SUP-4')).toMatchObject({ state: 'closed' });
    // The same agent's second click is a retry: success with the state as it stands (issue 14); another agent's
    // finds nothing open.
    const again = ok(await agent(sb, ERIN, 'SUP-4', 'closeEscalation', { reasonId: 'resolved', note: 'encore' }));
    expect(again.closed).toBe(true);
    expect(errorCode(await agent(sb, DAVE, 'SUP-4', 'closeEscalation', { reasonId: 'resolved', note: 'encore' }))).toBe(
      'NOT_ELIGIBLE',
    );
    // The customer is not told by default.
    expect((await comments(sb, 'SUP-4')).filter((c) => c.jsdPublic && c.author === 'app-escalade')).toHaveLength(0);
  });

  it('refuses to acknowledge a request that is not escalated, and writes nothing', async () => {
    sb.clearCalls();
    expect(errorCode(await agent(sb, DAVE, 'SUP-3', 'acknowledge', {}))).toBe('NOT_ELIGIBLE');
    expect(errorCode(await agent(sb, DAVE, 'SUP-4', 'closeEscalation', unchecked({ note: '' })))).toBe('INVALID_INPUT');
    const writes = sb.calls().filter((c) => (c.kind === 'kvs' ? !/\/(get|query)$/.test(c.path) : c.method !== 'GET'));
    expect(writes).toEqual([]);
  });
});

describe('admin page', () => {
  it.each(ADMIN_FUNCTIONS)('refuses %s to a non-admin, whatever the payload', async (fn) => {
    for (const who of [DAVE, ALICE]) {
      const body = await admin(
        sb,
        who,
        fn,
        unchecked({ config: DEFAULT_CONFIG, expectedVersion: 0, impact: null, urgency: null }),
      );
      expect(errorCode(body)).toBe('FORBIDDEN');
    }
  });

  it('saves a valid config with optimistic versions; a stale version is a CONFLICT', async () => {
    const first = ok(await admin(sb, FRANK, 'getConfig'));
    expect(first.version).toBe(0);
    const changed = { ...first.config, followUp: { ...first.config.followUp, cooldownMinutes: 45 } };
    const saved = await admin(sb, FRANK, 'saveConfig', { config: changed, expectedVersion: 0 });
    expect(saved).toMatchObject({ version: 1 });
    const stale = await admin(sb, FRANK, 'saveConfig', { config: first.config, expectedVersion: 0 });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(refusalOf(stale)?.message).toMatch(/Rechargez/);
    const now = ok(await admin(sb, FRANK, 'getConfig'));
    expect(now.version).toBe(1);
    expect(now.config.followUp.cooldownMinutes).toBe(45);
  });

  it('rejects an invalid config with field errors in the caller’s language, and saves nothing', async () => {
    const bad = { ...DEFAULT_CONFIG, defaultDelayHours: -1, critical: { ...DEFAULT_CONFIG.critical, phone: 'abc' } };
    const body = await admin(sb, FRANK, 'saveConfig', { config: bad, expectedVersion: 0 });
    expect(errorCode(body)).toBe('INVALID_INPUT');
    const fields = refusalOf(body)?.fields ?? [];
    expect(fields.map((f) => f.path).sort()).toEqual(['config.critical.phone', 'config.defaultDelayHours']);
    // Frank reads French.
    expect(fields.find((f) => f.path === 'config.critical.phone')?.message).toMatch(/numéro|téléphone/i);
    expect(ok(await admin(sb, FRANK, 'getConfig')).version).toBe(0);
    expect(errorCode(await admin(sb, FRANK, 'validateConfig', { config: bad }))).toBe('INVALID_INPUT');
    expect(await admin(sb, FRANK, 'validateConfig', { config: DEFAULT_CONFIG })).toEqual({
      valid: true,
      config: DEFAULT_CONFIG,
      warnings: [],
    });
  });

  it('rejects malformed payloads', async () => {
    expect(errorCode(await admin(sb, FRANK, 'saveConfig', unchecked({ config: DEFAULT_CONFIG })))).toBe(
      'INVALID_INPUT',
    );
    const wrongVersion = unchecked({ config: DEFAULT_CONFIG, expectedVersion: 'x' });
    expect(errorCode(await admin(sb, FRANK, 'saveConfig', wrongVersion))).toBe('INVALID_INPUT');
    expect(errorCode(await admin(sb, FRANK, 'previewDelay', unchecked({ impact: 42, urgency: null })))).toBe(
      'INVALID_INPUT',
    );
  });

  it('previews the delay from the stored or an unsaved config', async () => {
    const critical = await admin(sb, FRANK, 'previewDelay', { impact: 'Extensive / Widespread', urgency: 'Critical' });
    expect(critical).toEqual({ policyId: 'default', critical: true });
    const createdAt = '2025-12-01T10:00:00+01:00';
    const stored = await admin(sb, FRANK, 'previewDelay', { impact: 'significant', urgency: 'high', createdAt });
    expect(stored).toMatchObject({ critical: false, delayHours: 4, eligibleAt: '2025-12-01T13:00:00.000Z' });
    const draft = { ...DEFAULT_CONFIG, timer: { mode: '24x7', slaName: null } };
    const unsaved = await admin(sb, FRANK, 'previewDelay', {
      impact: 'significant',
      urgency: 'high',
      createdAt,
      config: draft,
    });
    expect(unsaved).toMatchObject({ delayHours: 4, eligibleAt: '2025-12-01T13:00:00.000Z' });
    const invalidDraft = await admin(sb, FRANK, 'previewDelay', {
      impact: null,
      urgency: null,
      config: { ...DEFAULT_CONFIG, defaultDelayHours: 'x' },
    });
    expect(errorCode(invalidDraft)).toBe('INVALID_INPUT');
  });

  it('detects the Impact and Urgency fields with their options', async () => {
    const body = ok(await admin(sb, FRANK, 'detectFields'));
    expect(body.impact.map((f) => f.id)).toContain('customfield_10050');
    expect(body.urgency.map((f) => f.id)).toContain('customfield_10051');
  });
});

describe('admin page: SLA metric picker (listSlaMetrics)', () => {
  const saveProjects = async (projects: string[]) => {
    const { config, version } = ok(await admin(sb, FRANK, 'getConfig'));
    expect(
      await admin(sb, FRANK, 'saveConfig', { config: { ...config, projects }, expectedVersion: version }),
    ).not.toHaveProperty('error');
  };

  it('finds the seeded SLA name on the newest request, within the call budget', async () => {
    sb.clearCalls();
    expect(await admin(sb, FRANK, 'listSlaMetrics')).toEqual({ names: ['Time to resolution'] });
    const calls = productCalls(sb);
    expect(calls.length).toBeLessThanOrEqual(4);
    // The admin check, one search, then the SLA of the newest request (SUP-2, created at the reset).
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /rest/api/3/mypermissions?permissions=ADMINISTER',
      'POST /rest/api/3/search/jql',
      'GET /rest/servicedeskapi/request/SUP-2/sla?limit=50',
    ]);
  });

  it('with no project listed, looks at a year of requests (the enhanced search refuses unbounded JQL)', async () => {
    sb.clock.advanceMinutes(400 * 24 * 60);
    expect(await admin(sb, FRANK, 'listSlaMetrics')).toEqual({ names: [] });
    expect(productCalls(sb).filter((c) => c.path.includes('/sla'))).toEqual([]);
  });

  it('searches only the active projects of the config, and answers no names when they have no request', async () => {
    await saveProjects(['SUP', 'OPS']);
    sb.clearCalls();
    expect(await admin(sb, FRANK, 'listSlaMetrics', {})).toEqual({ names: ['Time to resolution'] });
    await saveProjects(['OPS']);
    sb.clearCalls();
    expect(await admin(sb, FRANK, 'listSlaMetrics')).toEqual({ names: [] });
    expect(productCalls(sb).filter((c) => c.path.includes('/sla'))).toEqual([]);
  });

  it('refuses an agent and a customer (FORBIDDEN, nothing read), and any payload key (INVALID_INPUT)', async () => {
    sb.clearCalls();
    for (const who of [DAVE, ALICE]) {
      const body = await admin(sb, who, 'listSlaMetrics');
      expect(errorCode(body)).toBe('FORBIDDEN');
      expect(Object.keys(body)).toEqual(['error']);
    }
    expect(productCalls(sb).filter((c) => !c.path.startsWith('/rest/api/3/mypermissions?'))).toEqual([]);
    // No payload at all is fine (undefined in the first test; null arrives as no payload too).
    expect(await admin(sb, FRANK, 'listSlaMetrics', unchecked(null))).toEqual({ names: ['Time to resolution'] });
    for (const bad of [{ projects: ['SUP'] }, { key: 'SUP-3' }, 'SUP', 42, []]) {
      expect(errorCode(await admin(sb, FRANK, 'listSlaMetrics', unchecked(bad)))).toBe('INVALID_INPUT');
    }
    const body = await admin(sb, FRANK, 'listSlaMetrics', unchecked({ projects: ['SUP'] }));
    expect(refusalOf(body)?.fields?.[0].path).toBe('projects');
  });

  it('answers UNAVAILABLE when Jira keeps failing', async () => {
    sb.addFault({ pathPattern: '/rest/servicedeskapi/request/SUP-2/sla', method: 'GET', status: 503, count: 10 });
    expect(errorCode(await admin(sb, FRANK, 'listSlaMetrics'))).toBe('UNAVAILABLE');
  });
});

describe('escalations queue', () => {
  it('lists escalated requests to agents and refuses customers', async () => {
    const page = ok(await queue(sb, DAVE, {}));
    expect(page).toMatchObject({ startAt: 0 });
    expect(page.items.map((i) => i.key)).toContain('SUP-4');
    expect(errorCode(await queue(sb, ALICE, {}))).toBe('FORBIDDEN');
    expect(errorCode(await queue(sb, DAVE, { pageSize: 1000 }))).toBe('INVALID_INPUT');
  });

  it('refuses an unlicensed account, even with a forged context', async () => {
    const body = await invokeWith(
      sb,
      MODULE_KEYS.queue,
      'listEscalations',
      CAROL,
      { type: 'jiraServiceManagement:queuePage' },
      {},
    );
    expect(errorCode(body)).toBe('FORBIDDEN');
  });
});
