import { formatDateTime, formatHours, zoneName } from './dates';
import { argumentNames, compileMessage, elides, formatMessage, translate } from './translate';

describe('translate (ICU through intl-messageformat)', () => {
  it('writes real plurals, never "(s)"', () => {
    expect(translate('fr', 'admin.save.invalid', { count: 1 })).toBe('Les paramètres comportent 1 erreur');
    expect(translate('fr', 'admin.save.invalid', { count: 3 })).toBe('Les paramètres comportent 3 erreurs');
    expect(translate('en', 'admin.save.invalid', { count: 1 })).toBe('The settings have 1 error');
    expect(translate('fr', 'portal.followUps.summary', { count: 0, date: '' })).toBe('Aucune relance pour l’instant.');
    expect(translate('fr', 'portal.followUps.summary', { count: 1, date: '1er déc. à 10:05' })).toBe(
      'Une relance, le 1er déc. à 10:05.',
    );
    expect(translate('fr', 'portal.followUps.summary', { count: 2, date: '1er déc. à 10:05' })).toBe(
      '2 relances, la dernière le 1er déc. à 10:05.',
    );
  });

  it('elides before a vowel or a mute h, and only then', () => {
    expect(translate('fr', 'agent.timeline.followUp', { who: 'Alice Martin' })).toBe('Relance d’Alice Martin');
    expect(translate('fr', 'agent.timeline.followUp', { who: 'Hélène Roy' })).toBe('Relance d’Hélène Roy');
    expect(translate('fr', 'agent.timeline.followUp', { who: 'Bob' })).toBe('Relance de Bob');
    expect(translate('en', 'agent.timeline.followUp', { who: 'Alice Martin' })).toBe('Follow-up by Alice Martin');
    expect([elides('Émile'), elides('Zoé'), elides(' ours')]).toEqual([true, false, true]);
  });

  it('uses the decimal comma in French and the point in English', () => {
    expect(translate('fr', 'admin.preview.eligible', { impact: 'a', urgency: 'b', date: 'x', hours: 1.5 })).toContain(
      '(1,5 h de délai)',
    );
    expect(translate('en', 'admin.preview.eligible', { impact: 'a', urgency: 'b', date: 'x', hours: 1.5 })).toContain(
      '(1.5 h of delay)',
    );
    expect([formatHours(1.5, 'fr'), formatHours(2, 'fr'), formatHours(0.25, 'en')]).toEqual(['1,5 h', '2 h', '0.25 h']);
  });

  it('puts the limit in the "too large" message', () => {
    expect(translate('fr', 'config.error.tooLarge', { max: 8760 })).toBe('Saisissez une valeur d’au plus 8\u202f760.');
    expect(translate('fr', 'config.error.tooLong', { max: 200 })).toBe('Saisissez au plus 200 caractères.');
  });

  it('writes ordinals with selectordinal', () => {
    expect(formatMessage('{n, selectordinal, one {#re} other {#e}}', 'fr', { n: 1 })).toBe('1re');
    expect(formatMessage('{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', 'en', { n: 23 })).toBe(
      '23rd',
    );
  });

  it('shows a missing parameter as {name} instead of failing, and an unknown key as itself', () => {
    expect(translate('fr', 'admin.version')).toBe('Version {version}');
    expect(translate('fr', 'no.such.key')).toBe('no.such.key');
  });

  it('lists the arguments of a message at any depth', () => {
    expect(argumentNames(compileMessage('{a} {n, plural, one {{b}} other {#}}', 'en').getAst()).sort()).toEqual([
      'a',
      'b',
      'n',
    ]);
  });
});

describe('dates and zones', () => {
  const now = new Date('2026-12-02T12:00:00Z');
  it('writes the first of the month as an ordinal and adds the year only when needed', () => {
    expect(formatDateTime('2026-12-01T13:05:00Z', 'fr', 'Europe/Paris', now)).toBe('1er déc. à 14:05');
    expect(formatDateTime('2025-12-01T13:05:00Z', 'fr', 'Europe/Paris', now)).toBe('1er déc. 2025 à 14:05');
    expect(formatDateTime('2026-12-01T13:05:00Z', 'en', 'Europe/Paris', now)).toBe('1 Dec at 14:05');
  });
  it('names zones in words in both languages', () => {
    expect([zoneName('Europe/Paris', 'fr'), zoneName('Europe/Paris', 'en')]).toEqual(['heure de Paris', 'Paris time']);
    expect(zoneName('America/Los_Angeles', 'fr')).toBe('heure de Los Angeles');
    expect(zoneName('Asia/Istanbul', 'fr')).toBe('heure d’Istanbul');
    expect(zoneName('Etc/UTC', 'en')).toBe('UTC');
    expect(zoneName('Not/AZone', 'fr')).toBe('UTC');
  });
});
