/** The admin's use cases: validate, save over a version, preview a delay, read and detect. */
import { DEFAULT_CONFIG, type Config } from '../domain';
import { a24x7Config, aConfig } from '../../test/builders';
import { fakePorts } from '../../test/support/fake-ports';
import { detectFields, getConfig, previewDelay, saveConfig, validateConfig } from './config-admin';

const broken = (change: (c: ReturnType<typeof structuredClone<typeof DEFAULT_CONFIG>>) => void) => {
  const copy = structuredClone(DEFAULT_CONFIG);
  change(copy);
  return copy;
};

const EN = { lang: 'en' as const };

describe('validateConfig', () => {
  it('given the defaults, then valid', () => {
    expect(validateConfig(DEFAULT_CONFIG, 'en')).toEqual({
      ok: true,
      value: { valid: true, config: DEFAULT_CONFIG, warnings: [] },
    });
  });

  it('given a bad field, then INVALID_INPUT at config.<path> with its message key (the handler translates)', () => {
    const result = validateConfig(
      broken((c) => (c.defaultDelayHours = -1)),
      'en',
    );
    expect(result).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      fields: [
        {
          path: 'config.defaultDelayHours',
          key: 'config.error.negative',
        },
      ],
    });
  });

  it('given a value that is not an object, then the problem is at "config"', () => {
    expect(validateConfig(42, 'en')).toMatchObject({
      ok: false,
      fields: [{ path: 'config', key: 'config.error.object' }],
    });
  });

  it.each([
    {
      given: 'duplicate working days',
      change: (c: Config) => (c.calendar.workingDays = [1, 1, 1]),
      field: { path: 'config.calendar.workingDays', key: 'config.error.duplicate' },
    },
    {
      given: 'a one-letter country (refused by its pattern and by the holiday list)',
      change: (c: Config) => (c.calendar.holidaysCountry = 'x'),
      field: { path: 'config.calendar.holidaysCountry', key: 'config.error.country' },
    },
    {
      given: 'an empty phone number (refused by its pattern and by its digit count)',
      change: (c: Config) => (c.critical.phone = ''),
      field: { path: 'config.critical.phone', key: 'config.error.phone' },
    },
  ])('given $given, then one message for the path and key', ({ change, field }) => {
    const result = validateConfig(broken(change), 'en');
    expect(result).toEqual({ ok: false, code: 'INVALID_INPUT', fields: [field] });
  });

  it('given two different problems at one path, then both are kept', () => {
    const result = validateConfig(
      broken((c) => ((c.calendar.hours as unknown) = [{ start: '25:00', end: '26:00' }])),
      'en',
    );
    const fields = result.ok ? [] : (result.fields ?? []);
    expect(fields.map((f) => f.path)).toEqual(['config.calendar.hours.0.start', 'config.calendar.hours.0.end']);
  });
});

describe('saveConfig: a valid config, only over the version the editor loaded', () => {
  it('given the loaded version, then saved as the next version', async () => {
    const ports = fakePorts();
    const next = a24x7Config();
    expect(await saveConfig(ports, next, 0, EN)).toEqual({
      ok: true,
      value: { config: next, version: 1, warnings: [] },
    });
    expect(ports.store.stored).toEqual({ config: next, version: 1 });
  });

  it('given an older version, then CONFLICT and nothing saved', async () => {
    const ports = fakePorts();
    ports.store.stored = { config: DEFAULT_CONFIG, version: 3 };
    expect(await saveConfig(ports, a24x7Config(), 2, EN)).toEqual({ ok: false, code: 'CONFLICT' });
    expect(ports.store.stored).toEqual({ config: DEFAULT_CONFIG, version: 3 });
  });

  it('given an invalid config, then INVALID_INPUT and nothing saved', async () => {
    const ports = fakePorts();
    const result = await saveConfig(
      ports,
      broken((c) => (c.escalation.detailsMax = 0)),
      0,
      EN,
    );
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(ports.store.stored.version).toBe(0);
  });

  it('given the parsed config differs from the input (trimmed), then the parsed one is saved', async () => {
    const ports = fakePorts();
    const result = await saveConfig(
      ports,
      broken((c) => (c.critical.phone = ' 03 88 64 50 50 ')),
      0,
      EN,
    );
    expect(result.ok && result.value.config.critical.phone).toBe('03 88 64 50 50');
    expect(ports.store.stored.config.critical.phone).toBe('03 88 64 50 50');
  });
});

describe('previewDelay', () => {
  const MONDAY_9 = '2025-03-10T09:00:00.000+01:00';

  it.each([
    {
      given: 'option names, business hours',
      input: { impact: 'Moderate / Limited', urgency: 'Medium' },
      then: { policyId: 'default', critical: false, delayHours: 16, eligibleAt: '2025-03-11T14:30:00.000Z' },
    },
    {
      given: 'canonical level ids',
      input: { impact: 'moderate', urgency: 'medium' },
      then: { policyId: 'default', critical: false, delayHours: 16, eligibleAt: '2025-03-11T14:30:00.000Z' },
    },
    {
      given: 'Extensive × Critical',
      input: { impact: 'extensive', urgency: 'critical' },
      then: { policyId: 'default', critical: true },
    },
    {
      given: 'no impact nor urgency: the default delay',
      input: { impact: null, urgency: null },
      then: { policyId: 'default', critical: false, delayHours: 24, eligibleAt: '2025-03-12T13:00:00.000Z' },
    },
  ])('given $given, from Monday 09:00 Paris', async ({ input, then }) => {
    const ports = fakePorts();
    expect(await previewDelay(ports, { ...input, createdAt: MONDAY_9 })).toEqual({ ok: true, value: then });
  });

  it('given no creation time, then from now', async () => {
    const ports = fakePorts(a24x7Config(), '2025-03-12T10:00:00.000Z');
    expect(await previewDelay(ports, { impact: 'minor', urgency: 'critical' })).toEqual({
      ok: true,
      value: { policyId: 'default', critical: false, delayHours: 8, eligibleAt: '2025-03-12T18:00:00.000Z' },
    });
  });

  it('given a request type listed as critical, then critical', async () => {
    const ports = fakePorts(aConfig({ critical: { requestTypeIds: ['12'] } }));
    expect(await previewDelay(ports, { impact: 'minor', urgency: 'low', requestTypeId: '12' })).toEqual({
      ok: true,
      value: { policyId: 'default', critical: true },
    });
  });

  it('given SLA mode, then the delay only (the date depends on each SLA)', async () => {
    const ports = fakePorts(aConfig({ timer: { mode: 'sla', slaName: 'Time to resolution' } }));
    expect(await previewDelay(ports, { impact: 'minor', urgency: 'critical' })).toEqual({
      ok: true,
      value: { policyId: 'default', critical: false, delayHours: 8 },
    });
  });

  it('given an unsaved config from the editor, then it is used, not the stored one', async () => {
    const ports = fakePorts(aConfig());
    const result = await previewDelay(ports, {
      impact: 'minor',
      urgency: 'critical',
      createdAt: '2025-03-12T10:00:00.000Z',
      config: a24x7Config(),
    });
    expect(result).toEqual({
      ok: true,
      value: { policyId: 'default', critical: false, delayHours: 8, eligibleAt: '2025-03-12T18:00:00.000Z' },
    });
    expect(ports.store.getConfigCalls).toBe(0);
  });

  it('given an invalid unsaved config, then INVALID_INPUT', async () => {
    const ports = fakePorts();
    const result = await previewDelay(ports, { impact: null, urgency: null, config: { nope: true } });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});

describe('getConfig and detectFields', () => {
  it('given a stored config, then it and its version', async () => {
    const ports = fakePorts();
    ports.store.stored = { config: a24x7Config(), version: 5 };
    expect(await getConfig(ports)).toEqual({ ok: true, value: { config: a24x7Config(), version: 5 } });
  });

  it('given a config, then the fields Jira offers for it', async () => {
    const ports = fakePorts();
    const found = { impact: [{ id: 'customfield_1', name: 'Impact', options: [] }], urgency: [] };
    ports.jira.detectFields.mockResolvedValue(found);
    expect(await detectFields(ports)).toEqual({ ok: true, value: found });
    expect(ports.jira.detectFields).toHaveBeenCalledWith(DEFAULT_CONFIG);
  });
});
