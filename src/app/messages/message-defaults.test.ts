/**
 * What the email texts write when a value is not given (the use cases always pass the entry and the configuration;
 * these are the defaults of the explicit form): the explicit value, else the entry's, else the default.
 */
import { aConfig, anEscalation, aComment, sup3Request } from '../../../test/builders';
import { escalationEmail, followUpEmail } from './index';

const request = sup3Request();
const firstLine = (text: string) => text.split('\n')[0];

describe('escalationEmail: a value missing from both the input and the entry', () => {
  it.each([
    {
      given: 'an entry and no configuration: the reason’s id stands for its label',
      input: { entry: anEscalation({ level: 2, reasonId: 'no-answer', at: '2026-11-24T13:30:00.000Z' }) },
      subject: 'Escalation (level 2) on SUP-3: Printer on fire',
      lines: ['The customer escalated request SUP-3 to level 2 on 24 Nov at 14:30 (Paris time).', 'Reason: no-answer'],
    },
    {
      given: 'explicit values without a level or details: level 1, no details',
      input: { reasonLabel: 'No answer', at: '2026-11-24T13:30:00.000Z' },
      subject: 'Escalation (level 1) on SUP-3: Printer on fire',
      lines: ['The customer escalated request SUP-3 to level 1 on 24 Nov at 14:30 (Paris time).', 'Reason: No answer'],
    },
    {
      given: 'no time at all (no caller does this): the date left empty',
      input: { level: 1, reasonLabel: 'No answer' },
      subject: 'Escalation (level 1) on SUP-3: Printer on fire',
      lines: ['The customer escalated request SUP-3 to level 1 on .', 'Reason: No answer'],
    },
  ])('given $given', ({ input, subject, lines }) => {
    const email = escalationEmail({ request, lang: 'en', ...input });
    expect(email.subject).toBe(subject);
    expect(email.textBody.split('\n').slice(0, 3)).toEqual([...lines, '']);
    expect(email.textBody).not.toContain('Details');
  });
});

describe('followUpEmail: the time zone of the date', () => {
  const base = { request, comment: aComment({ createdAt: '2026-11-24T09:05:00.000Z' }), count: 1, suppressed: 0 };
  it.each([
    {
      given: 'an explicit zone (it wins over the calendar’s)',
      zone: { timeZone: 'Asia/Tokyo', config: aConfig() },
      at: '18:05',
    },
    {
      given: 'the calendar’s zone',
      zone: { config: aConfig({ calendar: { timezone: 'America/New_York' } }) },
      at: '04:05',
    },
    { given: 'neither: Paris, the default', zone: {}, at: '10:05 (Paris time)' },
  ])('given $given, then the comment’s time there ($at)', ({ zone, at }) => {
    const email = followUpEmail({ ...base, authorName: 'Alice', lang: 'en', ...zone });
    expect(firstLine(email.textBody)).toContain(`on 24 Nov at ${at}`);
  });
});
