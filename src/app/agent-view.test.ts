/** The agents' panel (toAgentState): the state flags, the dates, and a timeline in time order with names. */
import { AGENT, CUSTOMER, aFollowUp, aRecord, aRequest, anEscalation, aView } from '../../test/builders';
import { at, iso, T } from '../../test/times';
import { fakeJira } from '../../test/support/fake-ports';
import { ESCALATED_JQL, toAgentState } from './agent-view';

const OTHER_AGENT = 'agent-2';

function jiraWithNames(names: Record<string, string> = { [CUSTOMER]: 'Alice', [AGENT]: 'Dave' }) {
  const jira = fakeJira();
  jira.displayNames.mockResolvedValue(new Map(Object.entries(names)));
  return jira;
}

describe('toAgentState: flags and dates', () => {
  it.each([
    { given: 'no escalation', escalations: [], acknowledged: false, closed: false, level: 0 },
    {
      given: 'an open escalation',
      escalations: [anEscalation({ at: T })],
      acknowledged: false,
      closed: false,
      level: 1,
    },
    {
      given: 'an acknowledged escalation',
      escalations: [anEscalation({ at: T, acknowledgedAt: iso(1), acknowledgedBy: AGENT })],
      acknowledged: true,
      closed: false,
      level: 1,
    },
    {
      given: 'an acknowledged, then closed escalation',
      escalations: [
        anEscalation({ at: T, acknowledgedAt: iso(1), acknowledgedBy: AGENT, closedAt: iso(2), closedBy: AGENT }),
      ],
      acknowledged: false,
      closed: true,
      level: 1,
    },
  ])('given $given', async ({ escalations, acknowledged, closed, level }) => {
    const state = await toAgentState(jiraWithNames(), aView({ record: aRecord({ escalations }), now: at(3) }), 'en');
    expect(state).toMatchObject({
      requestKey: 'SUP-1',
      acknowledged,
      closed,
      level,
      maxLevel: 2,
      critical: false,
      jql: ESCALATED_JQL,
    });
  });

  it('given a waiting request, then its eligible date and no next-level date', async () => {
    const request = aRequest({ createdAt: T });
    const state = await toAgentState(jiraWithNames(), aView({ request, now: new Date(T) }), 'en');
    expect(state.eligibleAt).toBe(iso(16));
    expect(state).not.toHaveProperty('nextLevelAt');
    expect(state.kind).toBe('waiting');
  });

  it('given an open level 1, then the next level date', async () => {
    const record = aRecord({ escalations: [anEscalation({ at: T })] });
    const state = await toAgentState(jiraWithNames(), aView({ record, now: at(1) }), 'en');
    expect(state.nextLevelAt).toBe(iso(8));
  });

  it('given a critical request, then critical is true', async () => {
    const request = aRequest({ impact: { value: 'Extensive' }, urgency: { value: 'Critical' } });
    const state = await toAgentState(jiraWithNames(), aView({ request, now: new Date(T) }), 'en');
    expect(state.critical).toBe(true);
  });

  it('given a record with nobody in it, then no display-name call', async () => {
    const jira = fakeJira();
    const state = await toAgentState(jira, aView({ now: new Date(T) }), 'en');
    expect(state.timeline).toEqual([]);
    expect(jira.displayNames).not.toHaveBeenCalled();
  });
});

describe('toAgentState: the timeline', () => {
  it('given follow-ups and an escalation acknowledged then closed, then every step in time order with names', async () => {
    const record = aRecord({
      followUps: [
        aFollowUp({ commentId: '2', at: iso(-1), notify: 'none', reason: 'cooldown' }),
        aFollowUp({ commentId: '1', at: iso(-2), notify: 'sent' }),
      ],
      escalations: [
        anEscalation({
          at: T,
          reasonId: 'other',
          details: 'Production down',
          notify: 'sent',
          acknowledgedAt: iso(2),
          acknowledgedBy: AGENT,
          acknowledgeNote: 'On it',
          closedAt: iso(3),
          closedBy: OTHER_AGENT,
          closeNote: 'Fixed',
        }),
      ],
    });
    const jira = jiraWithNames();
    const state = await toAgentState(jira, aView({ record, now: at(4) }), 'fr');
    expect(jira.displayNames).toHaveBeenCalledWith([CUSTOMER, AGENT, OTHER_AGENT]);
    expect(state.timeline).toStrictEqual([
      {
        type: 'followUp',
        at: iso(-2),
        by: { accountId: CUSTOMER, displayName: 'Alice' },
        commentId: '1',
        notify: { outcome: 'sent' },
      },
      {
        type: 'followUp',
        at: iso(-1),
        by: { accountId: CUSTOMER, displayName: 'Alice' },
        commentId: '2',
        notify: { outcome: 'none' },
        reason: 'cooldown',
      },
      {
        type: 'escalation',
        at: T,
        by: { accountId: CUSTOMER, displayName: 'Alice' },
        level: 1,
        reasonId: 'other',
        reasonLabel: 'Autre',
        details: 'Production down',
        notify: { outcome: 'sent' },
        effects: { issueProperty: 'done', label: 'done', internalComment: 'done', notify: 'done' },
      },
      { type: 'acknowledged', at: iso(2), by: { accountId: AGENT, displayName: 'Dave' }, level: 1, note: 'On it' },
      // An unknown display name shows the account id.
      { type: 'closed', at: iso(3), by: { accountId: OTHER_AGENT, displayName: OTHER_AGENT }, level: 1, note: 'Fixed' },
    ]);
  });

  it('given an acknowledgement without a note and a close without one, then no note and an empty note', async () => {
    const record = aRecord({
      escalations: [
        anEscalation({ at: T, acknowledgedAt: iso(1), acknowledgedBy: AGENT, closedAt: iso(2), closedBy: AGENT }),
      ],
    });
    const state = await toAgentState(jiraWithNames(), aView({ record, now: at(3) }), 'en');
    expect(state.timeline.slice(1)).toStrictEqual([
      { type: 'acknowledged', at: iso(1), by: { accountId: AGENT, displayName: 'Dave' }, level: 1 },
      { type: 'closed', at: iso(2), by: { accountId: AGENT, displayName: 'Dave' }, level: 1, note: '' },
    ]);
    expect(state.timeline[0]).not.toHaveProperty('notify');
  });

  it.each([
    {
      given: 'a reminder whose email went out',
      entry: { reminder: { at: iso(4), notify: 'sent' as const } },
      then: {
        type: 'overdue',
        at: iso(4),
        by: { accountId: 'app:escalade', displayName: 'Escalade (automatic)' },
        level: 1,
        notify: { outcome: 'sent' },
      },
    },
    {
      given: 'a reminder started, its email not yet recorded',
      entry: { reminder: { at: iso(4) } },
      then: {
        type: 'overdue',
        at: iso(4),
        by: { accountId: 'app:escalade', displayName: 'Escalade (automatic)' },
        level: 1,
      },
    },
    {
      given: 'a withdrawal by the customer with a note',
      entry: { closedAt: iso(4), closedBy: CUSTOMER, withdrawn: true, closeNote: 'Sorted out' },
      then: {
        type: 'withdrawn',
        at: iso(4),
        by: { accountId: CUSTOMER, displayName: 'Alice' },
        level: 1,
        note: 'Sorted out',
      },
    },
    {
      given: 'a withdrawal without a note',
      entry: { closedAt: iso(4), closedBy: CUSTOMER, withdrawn: true },
      then: { type: 'withdrawn', at: iso(4), by: { accountId: CUSTOMER, displayName: 'Alice' }, level: 1 },
    },
  ])('given $given, then its step after the escalation', async ({ entry, then }) => {
    const record = aRecord({ escalations: [anEscalation({ at: T, ...entry })] });
    const state = await toAgentState(jiraWithNames(), aView({ record, now: at(5) }), 'en');
    expect(state.timeline.slice(1)).toStrictEqual([then]);
  });

  it.each([
    {
      given: 'the email effect turned off',
      entry: { effects: { notify: 'skipped' as const } },
      then: { notify: { outcome: 'none' }, reason: 'notifyOff' },
    },
    {
      given: 'nobody to email',
      entry: { notify: 'none' as const },
      then: { notify: { outcome: 'none' }, reason: 'noRecipient' },
    },
    { given: 'an email refused', entry: { notify: 'failed' as const }, then: { notify: { outcome: 'failed' } } },
  ])('given $given, then the escalation step says so', async ({ entry, then }) => {
    const record = aRecord({ escalations: [anEscalation({ at: T, ...entry })] });
    const [step] = (await toAgentState(jiraWithNames(), aView({ record, now: at(1) }), 'en')).timeline;
    const { notify, reason } = step as { notify?: unknown; reason?: unknown };
    expect({ notify, reason }).toStrictEqual({ reason: undefined, ...then });
  });

  it('given an escalation by the app, then no display name is asked for it and it reads as the app', async () => {
    const record = aRecord({
      escalations: [anEscalation({ at: T, byAccountId: 'app:escalade', automatic: 'ackTimeout' })],
    });
    const jira = jiraWithNames();
    const state = await toAgentState(jira, aView({ record, now: at(1) }), 'en');
    expect(jira.displayNames).not.toHaveBeenCalled();
    expect(state.timeline[0]).toMatchObject({ by: { accountId: 'app:escalade', displayName: 'Escalade (automatic)' } });
  });

  it('given a close with its reason and a public note, then the reason’s label and notePublic', async () => {
    const closed = {
      closedAt: iso(2),
      closedBy: AGENT,
      closeReasonId: 'workaround',
      closeNote: 'Use B',
      closeNotePublic: true,
    };
    const record = aRecord({ escalations: [anEscalation({ at: T, ...closed })] });
    const state = await toAgentState(jiraWithNames(), aView({ record, now: at(3) }), 'en');
    expect(state.timeline[1]).toStrictEqual({
      type: 'closed',
      at: iso(2),
      by: { accountId: AGENT, displayName: 'Dave' },
      level: 1,
      note: 'Use B',
      reasonLabel: 'Workaround given',
      notePublic: true,
    });
  });

  it('given a time without its author (a partial record), then that step is left out', async () => {
    const record = aRecord({ escalations: [anEscalation({ at: T, acknowledgedAt: iso(1), closedBy: AGENT })] });
    const state = await toAgentState(jiraWithNames(), aView({ record, now: at(3) }), 'en');
    expect(state.timeline.map((e) => e.type)).toEqual(['escalation']);
  });
});
