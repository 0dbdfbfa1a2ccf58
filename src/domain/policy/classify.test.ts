import { DEFAULT_CONFIG } from '../config/defaults';
import type { ImpactLevel, UrgencyLevel } from '../config/levels';
import type { Config } from '../config/schema';
import type { OptionValue } from '../facts';
import { classify, type ClassifiableRequest } from './index';

const request = (
  impact: OptionValue | null,
  urgency: OptionValue | null,
  extra: Partial<ClassifiableRequest> = {},
): ClassifiableRequest => ({
  impact,
  urgency,
  requestTypeId: null,
  priority: null,
  ...extra,
});

const EN_IMPACT: Record<ImpactLevel, string> = {
  extensive: 'Extensive / Widespread',
  significant: 'Significant / Large',
  moderate: 'Moderate / Limited',
  minor: 'Minor / Localized',
};
const FR_IMPACT: Record<ImpactLevel, string> = {
  extensive: 'Étendu / Généralisé',
  significant: 'Important / Grand',
  moderate: 'Modéré / Limité',
  minor: 'Mineur / Localisé',
};
const EN_URGENCY: Record<UrgencyLevel, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  lowest: 'Lowest',
};
const FR_URGENCY: Record<UrgencyLevel, string> = {
  critical: 'Critique',
  high: 'Élevée',
  medium: 'Moyenne',
  low: 'Basse',
  lowest: 'Très basse',
};

/** The default matrix of docs/rules.md §4, written out independently of DEFAULT_CONFIG: hours or 'C'. */
const MATRIX: [ImpactLevel, UrgencyLevel, number | 'C'][] = [
  ['extensive', 'critical', 'C'],
  ['extensive', 'high', 2],
  ['extensive', 'medium', 4],
  ['extensive', 'low', 8],
  ['extensive', 'lowest', 16],
  ['significant', 'critical', 2],
  ['significant', 'high', 4],
  ['significant', 'medium', 8],
  ['significant', 'low', 16],
  ['significant', 'lowest', 24],
  ['moderate', 'critical', 4],
  ['moderate', 'high', 8],
  ['moderate', 'medium', 16],
  ['moderate', 'low', 24],
  ['moderate', 'lowest', 40],
  ['minor', 'critical', 8],
  ['minor', 'high', 16],
  ['minor', 'medium', 24],
  ['minor', 'low', 40],
  ['minor', 'lowest', 40],
];

const expected = (impact: ImpactLevel, urgency: UrgencyLevel, cell: number | 'C') =>
  cell === 'C'
    ? { critical: true, reason: 'matrix' }
    : { critical: false, delayMinutes: cell * 60, impact, urgency, usedDefault: false };

/** Option ids as a site might have them, mapped through aliases. */
const IMPACT_IDS: Record<ImpactLevel, string> = {
  extensive: '10100',
  significant: '10101',
  moderate: '10102',
  minor: '10103',
};
const URGENCY_IDS: Record<UrgencyLevel, string> = {
  critical: '10200',
  high: '10201',
  medium: '10202',
  low: '10203',
  lowest: '10204',
};
const WITH_IDS: Config = {
  ...DEFAULT_CONFIG,
  fields: {
    ...DEFAULT_CONFIG.fields,
    impactAliases: {
      extensive: ['10100'],
      significant: ['10101'],
      moderate: ['10102'],
      minor: ['10103'],
    },
    urgencyAliases: { critical: ['10200'], high: ['10201'], medium: ['10202'], low: ['10203'], lowest: ['10204'] },
  },
};

describe('classify: every cell of the default matrix', () => {
  describe.each(MATRIX)('%s × %s', (impact, urgency, cell) => {
    it(`English names → ${cell === 'C' ? 'critical' : `${cell} h`}`, () => {
      expect(classify(request({ value: EN_IMPACT[impact] }, { value: EN_URGENCY[urgency] }), DEFAULT_CONFIG)).toEqual(
        expected(impact, urgency, cell),
      );
    });

    it('French names, same result', () => {
      expect(classify(request({ value: FR_IMPACT[impact] }, { value: FR_URGENCY[urgency] }), DEFAULT_CONFIG)).toEqual(
        expected(impact, urgency, cell),
      );
    });

    it('French names in capitals without accents, same result', () => {
      const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
      expect(
        classify(request({ value: plain(FR_IMPACT[impact]) }, { value: plain(FR_URGENCY[urgency]) }), DEFAULT_CONFIG),
      ).toEqual(expected(impact, urgency, cell));
    });

    it('option ids listed as aliases, same result', () => {
      expect(classify(request({ id: IMPACT_IDS[impact] }, { id: URGENCY_IDS[urgency] }), WITH_IDS)).toEqual(
        expected(impact, urgency, cell),
      );
    });
  });
});

describe('classify: missing or unknown impact or urgency → default delay (24 h)', () => {
  it.each<[string, OptionValue | null, OptionValue | null, ImpactLevel | null, UrgencyLevel | null]>([
    ['both missing', null, null, null, null],
    ['impact missing', null, { value: 'High' }, null, 'high'],
    ['urgency missing', { value: 'Minor / Localized' }, null, 'minor', null],
    ['impact unknown', { value: 'Cosmic' }, { value: 'Low' }, null, 'low'],
    ['urgency unknown', { value: 'Modéré / Limité' }, { value: 'Whenever' }, 'moderate', null],
    ['empty option objects', {}, {}, null, null],
    ['ids that are not aliases', { id: '10100' }, { id: '10200' }, null, null],
    ['extensive impact but no urgency is not critical', { value: 'Extensive / Widespread' }, null, 'extensive', null],
  ])('%s', (_name, impact, urgency, impactLevel, urgencyLevel) => {
    expect(classify(request(impact, urgency), DEFAULT_CONFIG)).toEqual({
      critical: false,
      delayMinutes: 24 * 60,
      impact: impactLevel,
      urgency: urgencyLevel,
      usedDefault: true,
    });
  });

  it('follows the configured default delay', () => {
    const config: Config = { ...DEFAULT_CONFIG, defaultDelayHours: 6.5 };
    expect(classify(request(null, null), config)).toMatchObject({
      critical: false,
      delayMinutes: 390,
      usedDefault: true,
    });
  });
});

describe('classify: always-critical request types and priorities', () => {
  const config: Config = {
    ...DEFAULT_CONFIG,
    critical: { ...DEFAULT_CONFIG.critical, requestTypeIds: ['42', '7'], priorities: ['Highest', '1', 'Très haute'] },
  };
  // Whatever the matrix says, even the longest delay or no values at all.
  const impacts: [string, OptionValue | null, OptionValue | null][] = [
    ['minor × lowest', { value: 'Minor / Localized' }, { value: 'Lowest' }],
    ['no impact or urgency', null, null],
    ['significant × high', { value: 'Significant / Large' }, { value: 'High' }],
  ];

  describe.each(impacts)('%s', (_name, impact, urgency) => {
    it.each(['42', '7'])('request type %s is critical', (requestTypeId) => {
      expect(classify(request(impact, urgency, { requestTypeId }), config)).toEqual({
        critical: true,
        reason: 'requestType',
      });
    });

    it.each([
      ['name', { id: '3', name: 'Highest' }],
      ['name in another case', { id: '3', name: 'HIGHEST' }],
      ['id', { id: '1', name: 'Blocker' }],
      ['French name without accents', { id: '9', name: 'tres haute' }],
    ])('priority by %s is critical', (_how, priority) => {
      expect(classify(request(impact, urgency, { priority }), config)).toEqual({ critical: true, reason: 'priority' });
    });

    it('other request types and priorities are not', () => {
      expect(
        classify(request(impact, urgency, { requestTypeId: '43', priority: { id: '3', name: 'High' } }), config),
      ).toMatchObject({
        critical: false,
      });
    });
  });

  it('reports the matrix first, then the request type, then the priority', () => {
    const all = request(
      { value: 'Extensive / Widespread' },
      { value: 'Critical' },
      { requestTypeId: '42', priority: { id: '1', name: 'Highest' } },
    );
    expect(classify(all, config)).toEqual({ critical: true, reason: 'matrix' });
    expect(classify({ ...all, impact: null }, config)).toEqual({ critical: true, reason: 'requestType' });
    expect(classify({ ...all, impact: null, requestTypeId: null }, config)).toEqual({
      critical: true,
      reason: 'priority',
    });
  });

  it('nothing is critical by request type or priority with the default (empty) lists', () => {
    const r = request(
      { value: 'Minor / Localized' },
      { value: 'Lowest' },
      { requestTypeId: '42', priority: { id: '1', name: 'Highest' } },
    );
    expect(classify(r, DEFAULT_CONFIG)).toEqual({
      critical: false,
      delayMinutes: 40 * 60,
      impact: 'minor',
      urgency: 'lowest',
      usedDefault: false,
    });
  });
});

describe('classify: custom matrices', () => {
  it('any cell can be made critical', () => {
    const config: Config = {
      ...DEFAULT_CONFIG,
      matrix: { ...DEFAULT_CONFIG.matrix, minor: { ...DEFAULT_CONFIG.matrix.minor, lowest: 'critical' } },
    };
    expect(classify(request({ value: 'Minor' }, { value: 'Lowest' }), config)).toEqual({
      critical: true,
      reason: 'matrix',
    });
  });

  it('a critical cell can be turned into a delay', () => {
    const config: Config = {
      ...DEFAULT_CONFIG,
      matrix: { ...DEFAULT_CONFIG.matrix, extensive: { ...DEFAULT_CONFIG.matrix.extensive, critical: 1 } },
    };
    expect(classify(request({ value: 'Extensive' }, { value: 'Critical' }), config)).toEqual({
      critical: false,
      delayMinutes: 60,
      impact: 'extensive',
      urgency: 'critical',
      usedDefault: false,
    });
  });

  it.each([
    [0.75, 45],
    [1 / 3, 20],
    [0.01, 1],
    [0, 0],
    [2.5, 150],
  ])('rounds %d h to %d minutes', (hours, minutes) => {
    const config: Config = {
      ...DEFAULT_CONFIG,
      matrix: { ...DEFAULT_CONFIG.matrix, moderate: { ...DEFAULT_CONFIG.matrix.moderate, medium: hours } },
    };
    expect(classify(request({ value: 'Moderate' }, { value: 'Medium' }), config)).toMatchObject({
      critical: false,
      delayMinutes: minutes,
    });
  });
});
