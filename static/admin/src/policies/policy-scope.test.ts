import { effectiveView, inherits, overrideOf, policyPath, scopedEdits, scopedErrors, topPath } from './policy-scope';

const config = {
  matrix: { moderate: { medium: 16 } },
  defaultDelayHours: 24,
  critical: { phone: '01' },
  escalation: { levels: [{ notifyAssignee: true }], nextLevelDelayHours: 8, acknowledgeWithinHours: null, other: 1 },
  policies: [
    { id: 'a', match: {} },
    { id: 'b', match: {}, matrix: { moderate: { medium: 2 } }, levels: [], acknowledgeWithinHours: 4 },
  ],
};

describe('policy scope (a policy editor over the top-level sections)', () => {
  it.each([
    ['matrix.moderate.medium', 'policies.1.matrix.moderate.medium'],
    ['defaultDelayHours', 'policies.1.defaultDelayHours'],
    ['escalation.levels.0.recipients.groups', 'policies.1.levels.0.recipients.groups'],
    ['escalation.acknowledgeWithinHours', 'policies.1.acknowledgeWithinHours'],
    ['calendar.hours.0.end', 'policies.1.calendar.hours.0.end'],
    ['escalation.autoOnSlaBreach', 'escalation.autoOnSlaBreach'],
  ])('maps %s ↔ %s', (top, inPolicy) => {
    expect(policyPath(1, top)).toBe(inPolicy);
    if (overrideOf(top)) expect(topPath(1, inPolicy)).toBe(top);
  });

  it('does not take a prefix for a key (matrixx is not matrix), nor another policy’s paths', () => {
    expect(overrideOf('matrixx')).toBeNull();
    expect(topPath(1, 'policies.0.matrix.x')).toBeNull();
    expect(topPath(1, 'policies.1.name.fr')).toBeNull();
  });

  it('shows the overrides over the top level', () => {
    const view = effectiveView(config, 1);
    expect(view.matrix).toEqual({ moderate: { medium: 2 } });
    expect(view.defaultDelayHours).toBe(24);
    expect(view.escalation).toEqual({ ...config.escalation, levels: [], acknowledgeWithinHours: 4 });
    expect(effectiveView(config, 0).matrix).toBe(config.matrix);
  });

  it('says which groups are inherited', () => {
    expect(inherits(config, 0, 'matrix')).toBe(true);
    expect(inherits(config, 1, 'matrix')).toBe(false);
    expect(inherits(config, 1, 'levels')).toBe(false);
    expect(inherits(config, 1, 'calendar')).toBe(true);
  });

  it('copies the inherited value on the first edit, then edits the copy', () => {
    expect(scopedEdits(config, 0, 'matrix.moderate.medium', 1)).toEqual([
      ['policies.0.matrix', { moderate: { medium: 16 } }],
      ['policies.0.matrix.moderate.medium', 1],
    ]);
    expect(scopedEdits(config, 1, 'matrix.moderate.medium', 1)).toEqual([['policies.1.matrix.moderate.medium', 1]]);
    expect(scopedEdits(config, 0, 'defaultDelayHours', 3)).toEqual([['policies.0.defaultDelayHours', 3]]);
    expect(scopedEdits(config, 0, 'escalation.autoOnSlaBreach.enabled', true)).toEqual([]);
    const [[, copy]] = scopedEdits(config, 0, 'critical.phone', '02');
    expect(copy).not.toBe(config.critical);
  });

  it('shows a policy’s errors at its sections’ fields', () => {
    const errors = [
      { path: 'policies.1.matrix.moderate.medium', message: 'm' },
      { path: 'policies.0.matrix.moderate.medium', message: 'other policy' },
      { path: 'policies.1.id', message: 'id' },
      { path: 'matrix.moderate.medium', message: 'top' },
    ];
    expect(scopedErrors(errors, 1)).toEqual([{ path: 'matrix.moderate.medium', message: 'm' }]);
  });
});
