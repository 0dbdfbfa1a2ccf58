import { screen, within } from '@testing-library/react';
import type { TimelineEntry } from '../../../src/contract';
import { agentState, renderAgent, TIMELINE } from './agent-test-support';

/** Notify got no answer (issue 14): the email may be out and is never resent; agents read so. */
const [escalated, firstFollowUp] = TIMELINE;
const unknown = { notify: { outcome: 'unknown' } } as const;
const TIMELINE_UNKNOWN: TimelineEntry[] = [
  { ...escalated, ...unknown, effects: { notify: 'unknown' } } as TimelineEntry,
  { ...firstFollowUp, ...unknown },
];

const state = agentState({ followUps: { count: 1, lastAt: '2025-12-01T08:00:00Z' }, timeline: TIMELINE_UNKNOWN });

describe('agent timeline: an email whose delivery is not confirmed', () => {
  it.each([
    ['fr-FR', 'Envoi du courriel non confirmé\u202f: Jira n’a pas répondu à temps\u202f; il n’est pas renvoyé'],
    ['en-US', 'Email delivery not confirmed: Jira did not answer in time; it is not sent again'],
  ])('says so in %s, for the escalation and the follow-up', async (locale, text) => {
    renderAgent({ getAgentState: state }, locale);
    const items = within(await screen.findByTestId('timeline')).getAllByRole('listitem');
    const notes = items.map((i) => within(i).getByTestId('notify'));
    expect(notes.map((n) => n.textContent)).toEqual([text, text]);
    expect(notes.every((n) => n.className.includes('esc-lozenge--warning'))).toBe(true);
  });
});
