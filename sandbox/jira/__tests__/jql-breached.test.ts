/**
 * JSM's SLA JQL function in the fake search: `"<SLA name>" = breached()` / `!= breached()` on the last cycle of the
 * sandbox's "Time to resolution" SLA (sla.ts), OR inside parentheses, and the 400s for what the sandbox refuses.
 * Seed at NOW: SUP-3 (14 days, High 8 h), SUP-4 (21 days, Medium 24 h) and SUP-5 (10 days, Low 48 h) breached;
 * SUP-1 (1 h old, Highest 4 h), SUP-2, SUP-7 not yet; SUP-6 resolved within its goal.
 */
import { slaBreachJql } from '../../../src/domain/escalation/sla-breach';
import { STATUS } from '../seed';
import { lastCycleBreached, slaJson } from '../sla';
import type { IssueRow } from '../types';
import { harness } from './harness';

const search = (h: ReturnType<typeof harness>, jql: string) =>
  h.call('app', 'POST', '/rest/api/3/search/jql', { jql, fields: ['created'], maxResults: 100 });
const keys = (h: ReturnType<typeof harness>, jql: string) => {
  const res = search(h, jql);
  expect(res.status).toBe(200);
  return (res.body as { issues: { key: string }[] }).issues.map((i) => i.key);
};

describe('"<SLA>" = breached() in the fake JQL', () => {
  it('= finds the requests whose last cycle breached; != those not (yet) breached, resolved ones included', () => {
    const h = harness();
    expect(keys(h, '"Time to resolution" = breached() ORDER BY created ASC')).toEqual(['SUP-4', 'SUP-3', 'SUP-5']);
    expect(keys(h, '"Time to resolution" != breached() ORDER BY key ASC')).toEqual([
      'SUP-1',
      'SUP-2',
      'SUP-6',
      'SUP-7',
    ]);
    // Field names are case-insensitive, as in Jira.
    expect(keys(h, "'time to RESOLUTION' = breached() AND key = SUP-3")).toEqual(['SUP-3']);
  });

  it('follows the sandbox clock: the Highest request breaches once its 4 h goal passes', () => {
    const h = harness();
    expect(keys(h, '"Time to resolution" = breached() AND key = SUP-1')).toEqual([]);
    h.clock.advanceMinutes(3 * 60);
    expect(keys(h, '"Time to resolution" = breached() AND key = SUP-1')).toEqual(['SUP-1']);
  });

  it('a request outside the service project has no SLA: neither = nor != returns it', () => {
    const h = harness();
    h.jira.addSiteProjects(['OPS']);
    const row: IssueRow = {
      id: '90001',
      key: 'OPS-1',
      summary: 'Old ops ticket',
      description: '',
      requestTypeId: '10',
      statusId: STATUS.inProgress,
      reporter: 'agent-dave',
      creator: 'agent-dave',
      assignee: null,
      participants: [],
      watchers: [],
      priorityId: '1',
      impactOptionId: null,
      urgencyOptionId: null,
      labels: [],
      created: 0,
      updated: 0,
      statusDate: 0,
      resolutionDate: null,
    };
    h.jira.putIssues([row]);
    expect(keys(h, 'key = OPS-1')).toEqual(['OPS-1']);
    expect(keys(h, '"Time to resolution" = breached() AND key = OPS-1')).toEqual([]);
    expect(keys(h, '"Time to resolution" != breached() AND key = OPS-1')).toEqual([]);
  });

  it('ORs clauses inside parentheses: the app’s query skips escalated requests, not those with follow-ups only', () => {
    const h = harness();
    const put = (key: string, state: string) =>
      h.call('app', 'PUT', `/rest/api/3/issue/${key}/properties/escalade`, {
        state,
        level: state === 'none' ? 0 : 1,
        escalatedAt: null,
        followUps: 1,
      });
    put('SUP-4', 'escalated');
    put('SUP-5', 'none');
    expect(keys(h, slaBreachJql('Time to resolution', []))).toEqual(['SUP-3', 'SUP-5']);
    expect(keys(h, slaBreachJql('Time to resolution', ['SUP']))).toEqual(['SUP-3', 'SUP-5']);
    expect(keys(h, slaBreachJql('Time to resolution', ['OPS']))).toEqual([]);
    expect(keys(h, 'key = SUP-3 AND (status = Done OR key = SUP-3 OR key = SUP-5)')).toEqual(['SUP-3']);
  });

  it.each([
    ['another operator', '"Time to resolution" > breached()', "operator '>'"],
    ['IS', '"Time to resolution" IS breached()', "operator 'IS'"],
    ['another SLA function', '"Time to resolution" = remaining("1h")', 'only breached()'],
    ['arguments', '"Time to resolution" = breached(1)', 'no arguments'],
    ['an SLA the site does not have', '"Time to first response" = breached()', 'does not exist'],
    ['breached() on a field that is not an SLA', 'status = breached()', "no function 'breached()'"],
    ['ordering by an SLA', 'project = SUP ORDER BY "Time to resolution" ASC', 'does not order by an SLA'],
    ['OR outside parentheses', 'key = SUP-1 OR key = SUP-2', 'only AND'],
    ['AND inside parentheses', '(key = SUP-1 AND key = SUP-2)', 'only OR'],
  ])('refuses %s with a 400, as a bad query', (_what, jql, message) => {
    const res = search(harness(), jql);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain(message);
  });

  it('reads the same breach as the SLA the REST API serves, for every seeded request over two weeks', () => {
    const h = harness();
    for (let hour = 0; hour <= 14 * 24; hour += 7) {
      for (const r of h.jira.requests()) {
        const issue = h.db.prepare('SELECT data FROM jira_issues WHERE key = ?').get(r.key) as { data: string };
        const row = JSON.parse(issue.data) as IssueRow;
        const sla = slaJson(row, h.clock.nowMs()) as {
          ongoingCycle?: { breached: boolean };
          completedCycles: { breached: boolean }[];
        };
        const last = sla.ongoingCycle ?? sla.completedCycles.at(-1);
        expect([r.key, hour, lastCycleBreached(row, h.clock.nowMs())]).toEqual([r.key, hour, last?.breached]);
      }
      h.clock.advanceMinutes(7 * 60);
    }
  });
});
