import { DEFAULT_CONFIG } from '../config/defaults';
import type { Config } from '../config/schema';
import { normalizeLabel, resolveImpact, resolveUrgency } from './index';

const withIds: Config = {
  ...DEFAULT_CONFIG,
  fields: {
    ...DEFAULT_CONFIG.fields,
    impactAliases: {
      ...DEFAULT_CONFIG.fields.impactAliases,
      extensive: [...DEFAULT_CONFIG.fields.impactAliases.extensive, '10100'],
    },
    urgencyAliases: {
      ...DEFAULT_CONFIG.fields.urgencyAliases,
      low: [...DEFAULT_CONFIG.fields.urgencyAliases.low, '10203'],
    },
  },
};

describe('normalizeLabel', () => {
  it.each([
    ['Étendu / Généralisé', 'etendu / generalise'],
    ['  ÉTENDU   /  GÉNÉRALISÉ ', 'etendu / generalise'],
    ['Très\u00a0basse', 'tres basse'],
    ['Élevée', 'elevee'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });
});

describe('resolveImpact', () => {
  it.each([
    ['Extensive / Widespread', 'extensive'],
    ['extensive / widespread', 'extensive'],
    ['Étendu / Généralisé', 'extensive'],
    ['etendu / generalise', 'extensive'],
    [' Widespread ', 'extensive'],
    ['Significant / Large', 'significant'],
    ['Important / Grand', 'significant'],
    ['Moderate / Limited', 'moderate'],
    ['Modéré / Limité', 'moderate'],
    ['MODERE / LIMITE', 'moderate'],
    ['Minor / Localized', 'minor'],
    ['Mineur / Localisé', 'minor'],
  ])('name %j → %s', (value, expected) => {
    expect(resolveImpact({ value }, DEFAULT_CONFIG)).toBe(expected);
  });

  it('matches an option id listed as an alias', () => {
    expect(resolveImpact({ id: '10100' }, withIds)).toBe('extensive');
    expect(resolveImpact({ id: '10100', value: null }, withIds)).toBe('extensive');
    expect(resolveImpact({ id: '10100' }, DEFAULT_CONFIG)).toBeNull();
  });

  it('prefers the option id over the name', () => {
    expect(resolveImpact({ id: '10100', value: 'Minor / Localized' }, withIds)).toBe('extensive');
  });

  it('falls back to the name when the id is not an alias', () => {
    expect(resolveImpact({ id: '99999', value: 'Minor / Localized' }, withIds)).toBe('minor');
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty object', {}],
    ['null id and value', { id: null, value: null }],
    ['blank value', { value: '   ' }],
    ['unknown name', { value: 'Catastrophic' }],
    ['unknown id', { id: '12345' }],
  ])('is null for %s', (_name, value) => {
    expect(resolveImpact(value, DEFAULT_CONFIG)).toBeNull();
  });

  it('uses the configured aliases only', () => {
    const custom: Config = {
      ...DEFAULT_CONFIG,
      fields: {
        ...DEFAULT_CONFIG.fields,
        impactAliases: { extensive: ['P1'], significant: ['P2'], moderate: ['P3'], minor: ['P4'] },
      },
    };
    expect(resolveImpact({ value: 'p3' }, custom)).toBe('moderate');
    expect(resolveImpact({ value: 'Moderate / Limited' }, custom)).toBeNull();
  });

  it('resolves an alias listed under two levels to the more severe one', () => {
    const ambiguous: Config = {
      ...DEFAULT_CONFIG,
      fields: {
        ...DEFAULT_CONFIG.fields,
        impactAliases: { ...DEFAULT_CONFIG.fields.impactAliases, minor: ['Large'], significant: ['Large'] },
      },
    };
    expect(resolveImpact({ value: 'Large' }, ambiguous)).toBe('significant');
  });

  it.each([
    { given: 'a blank name', value: { value: '   ' }, then: null },
    { given: 'an empty id, then a known name: the name', value: { id: '', value: 'Minor / Localized' }, then: 'minor' },
  ])(
    'an alias that is only an accent (the schema takes it) matches no empty value: given $given, then $then',
    ({ value, then }) => {
      // U+0301 alone: trimmed it is not empty, normalized (accents dropped) it is.
      const accent: Config = {
        ...DEFAULT_CONFIG,
        fields: {
          ...DEFAULT_CONFIG.fields,
          impactAliases: { ...DEFAULT_CONFIG.fields.impactAliases, extensive: ['\u0301'] },
        },
      };
      expect(resolveImpact(value, accent)).toBe(then);
    },
  );
});

describe('resolveUrgency', () => {
  it.each([
    ['Critical', 'critical'],
    ['Critique', 'critical'],
    ['CRITIQUE', 'critical'],
    ['High', 'high'],
    ['Haute', 'high'],
    ['Élevée', 'high'],
    ['elevee', 'high'],
    ['Medium', 'medium'],
    ['Moyenne', 'medium'],
    ['Low', 'low'],
    ['Basse', 'low'],
    ['Faible', 'low'],
    ['Lowest', 'lowest'],
    ['Très basse', 'lowest'],
    ['tres basse', 'lowest'],
  ])('name %j → %s', (value, expected) => {
    expect(resolveUrgency({ value }, DEFAULT_CONFIG)).toBe(expected);
  });

  it('matches an option id listed as an alias', () => {
    expect(resolveUrgency({ id: '10203' }, withIds)).toBe('low');
  });

  it('is null for missing or unknown values', () => {
    expect(resolveUrgency(null, DEFAULT_CONFIG)).toBeNull();
    expect(resolveUrgency({ value: 'Urgentissime' }, DEFAULT_CONFIG)).toBeNull();
  });
});
