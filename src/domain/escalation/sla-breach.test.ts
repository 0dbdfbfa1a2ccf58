/** Automatic escalation on SLA breach (docs/rules.md §7c): what the sweep searches for, and what it escalates. */
import { aConfig, aRecord, aRequest, anEscalation } from '../../../test/builders';
import type { Config } from '../config/schema';
import type { RequestFacts } from '../facts';
import type { RequestRecord } from '../record';
import { decideSlaBreach, slaBreachJql, slaBreachWatched, type SlaBreachDecision } from './sla-breach';

const on = (slaName: string | null = 'Time to resolution', projects: string[] = []) =>
  aConfig({ projects, escalation: { autoOnSlaBreach: { enabled: true, slaName } } });

describe('slaBreachWatched: the SLA the sweep searches, or null', () => {
  it.each<[string, Config, string | null]>([
    ['the default (off)', aConfig(), null],
    ['on with a name', on(), 'Time to resolution'],
    ['on without a name (a hand-edited store)', on(null), null],
    ['on with an empty name', on(''), null],
    ['off with a name', aConfig({ escalation: { autoOnSlaBreach: { enabled: false, slaName: 'TTR' } } }), null],
  ])('%s', (_what, config, expected) => {
    expect(slaBreachWatched(config)).toBe(expected);
  });
});

describe('slaBreachJql: bounded by the breach, never escalated, not resolved', () => {
  it.each<[string, string, string[], string]>([
    [
      'any project',
      'Time to resolution',
      [],
      '"Time to resolution" = breached() AND statusCategory != Done AND (issue.property[escalade].state IS EMPTY OR issue.property[escalade].state = "none") ORDER BY created ASC',
    ],
    [
      'the app’s projects',
      'TTR',
      ['SUP', 'OPS'],
      'project in ("SUP", "OPS") AND "TTR" = breached() AND statusCategory != Done AND (issue.property[escalade].state IS EMPTY OR issue.property[escalade].state = "none") ORDER BY created ASC',
    ],
    [
      'a name with a quote and a backslash, escaped',
      'Réponse "rapide" \\ N1',
      [],
      '"Réponse \\"rapide\\" \\\\ N1" = breached() AND statusCategory != Done AND (issue.property[escalade].state IS EMPTY OR issue.property[escalade].state = "none") ORDER BY created ASC',
    ],
  ])('%s', (_what, name, projects, jql) => {
    expect(slaBreachJql(name, projects)).toBe(jql);
  });
});

describe('decideSlaBreach: re-checked on the request read afresh', () => {
  const escalated = aRecord({ escalations: [anEscalation({ level: 1 })] });
  it.each<[string, Config, Partial<RequestFacts>, RequestRecord, SlaBreachDecision]>([
    ['a breached request never escalated', on(), {}, aRecord(), 'escalate'],
    ['with follow-ups but no escalation', on(), {}, aRecord({ followUpCount: 3 }), 'escalate'],
    ['the option off', aConfig(), {}, aRecord(), 'off'],
    ['the option on without an SLA name', on(null), {}, aRecord(), 'off'],
    ['a project the app is not active in', on('TTR', ['OPS']), { projectKey: 'SUP' }, aRecord(), 'inactiveProject'],
    ['a listed project', on('TTR', ['SUP']), { projectKey: 'SUP' }, aRecord(), 'escalate'],
    ['a resolved request', on(), { statusCategory: 'done' }, aRecord(), 'resolved'],
    ['a request waiting for support', on(), { statusCategory: 'new' }, aRecord(), 'escalate'],
    ['a request already escalated (its property lagging)', on(), {}, escalated, 'alreadyEscalated'],
  ])('%s → %s', (_what, config, request, record, expected) => {
    expect(decideSlaBreach(config, aRequest(request), record)).toBe(expected);
  });
});
