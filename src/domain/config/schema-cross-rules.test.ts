/**
 * The configuration's rules, one table row per side of each boundary and per cross-field rule:
 * the value just inside is accepted, the value just outside is refused with the rule's key.
 */
import { level, parsed, range, verdict, type Row } from '../../../test/support/config-rules';

describe('configuration cross-field rules', () => {
  it.each<Row>([
    [
      'details min equal to max (100 = 100)',
      (c) => Object.assign(c.escalation, { detailsMin: 100, detailsMax: 100 }),
      'escalation.detailsMin',
      'accepted',
    ],
    [
      'details min one above max (101 > 100)',
      (c) => Object.assign(c.escalation, { detailsMin: 101, detailsMax: 100 }),
      'escalation.detailsMin',
      ['detailsRange'],
    ],
    [
      'SLA mode with an SLA name',
      (c) => (c.timer = { mode: 'sla', slaName: 'Time to resolution' }),
      'timer.slaName',
      'accepted',
    ],
    [
      'SLA mode with no SLA name (null)',
      (c) => (c.timer = { mode: 'sla', slaName: null }),
      'timer.slaName',
      ['slaName'],
    ],
    ['SLA mode with an empty SLA name', (c) => (c.timer = { mode: 'sla', slaName: '' }), 'timer.slaName', ['slaName']],
    [
      'SLA mode with a blank SLA name (trimmed to empty)',
      (c) => (c.timer = { mode: 'sla', slaName: '   ' }),
      'timer.slaName',
      ['slaName'],
    ],
    [
      'business mode with no SLA name',
      (c) => (c.timer = { mode: 'business', slaName: null }),
      'timer.slaName',
      'accepted',
    ],
    [
      'a transition with its id',
      (c) => Object.assign(c.escalation.effects, { transition: true, transitionId: '31' }),
      'escalation.effects.transitionId',
      'accepted',
    ],
    [
      'a transition with no id',
      (c) => Object.assign(c.escalation.effects, { transition: true, transitionId: null }),
      'escalation.effects.transitionId',
      ['transitionId'],
    ],
    [
      'no transition and no id',
      (c) => Object.assign(c.escalation.effects, { transition: false, transitionId: null }),
      'escalation.effects.transitionId',
      'accepted',
    ],
    [
      'notify on, a level emailing a group only',
      (c) => (c.escalation.levels = [level(false, ['support'])]),
      'escalation.levels.0.recipients',
      'accepted',
    ],
    [
      'notify on, a level emailing account ids only',
      (c) => (c.escalation.levels = [level(false, [], ['acc-1'])]),
      'escalation.levels.0.recipients',
      'accepted',
    ],
    [
      'notify on, a level emailing nobody',
      (c) => (c.escalation.levels = [level(true), level(false)]),
      'escalation.levels.1.recipients',
      ['noRecipients'],
    ],
    [
      'hours that touch (08:00–12:00, 12:00–14:00)',
      (c) => (c.calendar.hours = [range('08:00', '12:00'), range('12:00', '14:00')]),
      'calendar.hours.1.start',
      'accepted',
    ],
    [
      'hours that overlap by one minute (08:00–12:01, 12:00–14:00)',
      (c) => (c.calendar.hours = [range('08:00', '12:01'), range('12:00', '14:00')]),
      'calendar.hours.1.start',
      ['overlap'],
    ],
    [
      'hours out of order that overlap (13:00–18:00, 08:00–13:01): the later range is named',
      (c) => (c.calendar.hours = [range('13:00', '18:00'), range('08:00', '13:01')]),
      'calendar.hours.0.start',
      ['overlap'],
    ],
    [
      'hours out of order, three ranges, the last overlapping the first',
      (c) => (c.calendar.hours = [range('14:00', '16:00'), range('08:00', '10:00'), range('09:30', '11:00')]),
      'calendar.hours.2.start',
      ['overlap'],
    ],
    [
      'an empty range among valid ones is not compared for overlap',
      (c) => (c.calendar.hours = [range('08:00', '12:00'), range('10:00', '10:00')]),
      'calendar.hours.1.start',
      [],
    ],
    [
      'working days with Monday twice',
      (c) => (c.calendar.workingDays = [1, 2, 1]),
      'calendar.workingDays',
      ['duplicate'],
    ],
    [
      'two reasons with the same id',
      (c) => (c.escalation.reasons[1].id = c.escalation.reasons[0].id),
      'escalation.reasons.1.id',
      ['duplicateReason'],
    ],
  ])('%s: %#', (_rule, change, path, expected) => {
    expect(verdict(change, path)).toEqual(expected);
  });
});

describe('configuration input trimming', () => {
  it('given a phone number with spaces around it, then it is stored trimmed', () => {
    expect(parsed((c) => (c.critical.phone = '  03 88 64 50 50  ')).critical.phone).toBe('03 88 64 50 50');
  });
  it('given an SLA name with spaces around it, then it is stored trimmed', () => {
    expect(parsed((c) => (c.timer = { mode: 'sla', slaName: ' Time to resolution ' })).timer.slaName).toBe(
      'Time to resolution',
    );
  });
  it('given a reason label and a group with spaces around them, then they are stored trimmed', () => {
    const config = parsed((c) => {
      c.escalation.reasons[0].label.fr = '  Pas de réponse ';
      c.followUp.fallbackRecipients.groups = [' support-n2 '];
    });
    expect(config.escalation.reasons[0].label.fr).toBe('Pas de réponse');
    expect(config.followUp.fallbackRecipients.groups).toEqual(['support-n2']);
  });
  it('given a label of spaces only, then it is refused as required', () => {
    expect(verdict((c) => (c.escalation.reasons[0].label.fr = '   '), 'escalation.reasons.0.label.fr')).toEqual([
      'required',
    ]);
  });
});
