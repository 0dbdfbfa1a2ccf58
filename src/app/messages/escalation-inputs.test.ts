/**
 * The escalation texts' inputs: the stored entry, or explicit values that win over it (a caller without an entry,
 * an explicit time zone); names, details and notes trimmed, a blank one taken as none; each line compared whole.
 */
import {
  acknowledgedPublicComment,
  closedPublicComment,
  escalationInternalComment,
  escalationPublicComment,
  type EscalationMessageInput,
} from './index';
import { adfLines, config, entry, request } from '../../../test/support/message-words';

const AT = '2026-11-24T13:30:00.000Z';
const EXPLICIT = { level: 2, reasonLabel: 'No answer', at: AT };
const internal = (input: Partial<EscalationMessageInput>) =>
  adfLines(escalationInternalComment({ request, lang: 'en', config: config('en'), ...input }));

describe('the internal comment: who, when, reason and details, from the entry or explicit values', () => {
  it.each([
    {
      given: 'a name padded with spaces: trimmed',
      input: { entry, byName: '  Bob Martin  ' },
      then: ['Escalation, level 1', 'Escalated by Bob Martin on 24 Nov at 14:30 (Paris time).'],
    },
    {
      given: 'a blank name: “by the customer”',
      input: { entry, byName: '   ' },
      then: ['Escalation, level 1', 'Escalated by the customer on 24 Nov at 14:30 (Paris time).'],
    },
    {
      given: 'escalated by the app: no name',
      input: { entry: { ...entry, automatic: 'ackTimeout' as const }, byName: 'Bob Martin' },
      then: ['Escalation, level 1', 'Escalated automatically by the app on 24 Nov at 14:30 (Paris time).'],
    },
    {
      given: 'an explicit time zone: it wins over the calendar’s (Europe/Paris)',
      input: { entry, timeZone: 'America/New_York' },
      then: ['Escalation, level 1', 'Escalated by the customer on 24 Nov at 08:30 (New York time).'],
    },
    {
      given: 'no entry: the explicit level, reason and date',
      input: { ...EXPLICIT, byName: 'Bob Martin' },
      then: ['Escalation, level 2', 'Escalated by Bob Martin on 24 Nov at 14:30 (Paris time).', 'Reason: No answer'],
    },
  ])('given $given', ({ input, then }) => {
    expect(internal(input).slice(0, then.length)).toStrictEqual(then);
  });

  it('no entry and no reason label: no reason is made up', () => {
    expect(internal({ level: 1, at: AT })[2]).toBe('Reason: ');
  });

  it.each([
    {
      given: 'details padded with spaces and line breaks: trimmed',
      details: '\n  Nothing since Monday.  \n',
      then: ['Details:', 'Nothing since Monday.'],
    },
    { given: 'blank details: no “Details:”', details: ' \n ', then: [] },
  ])('given $given', ({ details, then }) => {
    expect(internal({ entry: { ...entry, details } }).slice(3)).toStrictEqual(then);
  });
});

describe('the customer’s comments without a stored entry: the explicit values', () => {
  it.each([
    {
      given: 'the escalation, not known to be emailed',
      build: () => escalationPublicComment({ request, lang: 'en', ...EXPLICIT }),
      then: "Your request was escalated on 24 Nov at 14:30 (Paris time). Reason: No answer. Your escalation is recorded and is in the support team's escalation queue.",
    },
    {
      given: 'the acknowledgement, at the explicit date',
      build: () => acknowledgedPublicComment({ request, lang: 'en', at: '2026-11-24T15:00:00.000Z' }),
      then: 'The support team took your escalation in charge on 24 Nov at 16:00 (Paris time).',
    },
    {
      given: 'the closing, at the explicit date',
      build: () => closedPublicComment({ request, lang: 'en', at: '2026-11-25T08:00:00.000Z' }),
      then: 'The support team closed your escalation on 25 Nov at 09:00 (Paris time).',
    },
  ])('given $given', ({ build, then }) => {
    expect(adfLines(build())).toStrictEqual([then]);
  });
});

describe('the acknowledgement and the closing: the closing reason and the agent’s note', () => {
  const ack = (input: Partial<EscalationMessageInput>) =>
    adfLines(
      acknowledgedPublicComment({
        request,
        lang: 'fr',
        config: config('fr'),
        entry: { ...entry, acknowledgedAt: '2026-11-24T15:00:00.000Z' },
        ...input,
      }),
    );
  const closed = (input: Partial<EscalationMessageInput>) =>
    adfLines(closedPublicComment({ request, lang: 'fr', config: config('fr'), entry, ...input }));
  const ACK = 'L’équipe support a pris en charge votre escalade le 24 nov. à 16:00 (heure de Paris).';
  const CLOSED = 'L’équipe support a clôturé votre escalade le 25 nov. à 09:00 (heure de Paris).';

  it.each([
    { given: 'closed without a reason: the date only', build: () => closed({}), then: [CLOSED] },
    {
      given: 'closed with a reason: the date and the reason',
      build: () => closed({ closeReasonLabel: 'Résolu' }),
      then: ['L’équipe support a clôturé votre escalade le 25 nov. à 09:00 (heure de Paris). Motif\u202f: Résolu.'],
    },
    {
      given: 'acknowledged: a closing reason is not its business',
      build: () => ack({ closeReasonLabel: 'Résolu' }),
      then: [ACK],
    },
    {
      given: 'a note padded with spaces and line breaks: trimmed',
      build: () => ack({ note: '\n  On regarde.  \n' }),
      then: [ACK, 'Note de l’équipe support\u202f:', 'On regarde.'],
    },
    { given: 'a blank note: no “Note” paragraph', build: () => closed({ note: ' \n ' }), then: [CLOSED] },
  ])('given $given', ({ build, then }) => {
    expect(build()).toStrictEqual(then);
  });
});
