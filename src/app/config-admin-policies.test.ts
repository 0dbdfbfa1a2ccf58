/** The admin's use cases with support policies: the warnings of a valid configuration, and the preview's policy. */
import { DEFAULT_CONFIG } from '../domain';
import { a24x7Config, aConfig, aPolicy } from '../../test/builders';
import { fakePorts } from '../../test/support/fake-ports';
import { previewDelay, saveConfig, validateConfig } from './config-admin';

const platinum = aPolicy('platinum', { organizationIds: ['2'] }, { defaultDelayHours: 2 });
const everyone = aPolicy('everyone', {}, { defaultDelayHours: 30 });

describe('warnings: a valid configuration is saved, and the admin told what to look at', () => {
  it('given a catch-all policy last, then validateConfig warns in the caller’s language, naming it', () => {
    const config = aConfig({ policies: [platinum, everyone] });
    const result = validateConfig(config, 'fr');
    expect(result).toEqual({
      ok: true,
      value: {
        valid: true,
        config,
        warnings: [
          {
            path: 'config.policies.1.match',
            message:
              'La politique «\u202fPolitique everyone\u202f» s’applique à toutes les demandes\u202f: les réglages généraux ne s’appliquent plus à aucune.',
          },
        ],
      },
    });
  });

  it('given a catch-all policy, then saveConfig saves it and answers the warning (English)', async () => {
    const ports = fakePorts();
    const config = aConfig({ policies: [everyone] });
    const result = await saveConfig(ports, config, 0, { lang: 'en' });
    expect(result).toEqual({
      ok: true,
      value: {
        config,
        version: 1,
        warnings: [
          {
            path: 'config.policies.0.match',
            message:
              'The policy “Policy everyone” applies to every request: the general settings no longer apply to any.',
          },
        ],
      },
    });
    expect(ports.store.stored.config).toEqual(config);
  });

  it.each([
    ['an invalid configuration', { policies: 'x' }, 0, 'INVALID_INPUT'],
    ['a save over a newer version', aConfig({ policies: [aPolicy('p', { projects: ['SUP'] })] }), 3, 'CONFLICT'],
  ])('given %s, then the site’s ids are not read', async (_given, config, version, code) => {
    const known = jest.fn(async () => ({}));
    const result = await saveConfig(fakePorts(), config, version, { lang: 'en', known });
    expect(result).toMatchObject({ ok: false, code });
    expect(known).not.toHaveBeenCalled();
  });

  it('given the site’s ids, then an id it does not list is a warning, and the configuration is saved', async () => {
    const ports = fakePorts();
    const config = aConfig({ policies: [aPolicy('p', { projects: ['SUP', 'GONE'] })] });
    const result = await saveConfig(ports, config, 0, { lang: 'en', known: async () => ({ projects: ['SUP'] }) });
    expect(result.ok && result.value.warnings).toEqual([
      {
        path: 'config.policies.0.match.projects.1',
        message: 'Project GONE is not found on this site (or you cannot see it).',
      },
    ]);
    expect(ports.store.stored.version).toBe(1);
  });

  it('given a catch-all policy before another, then INVALID_INPUT and nothing saved', async () => {
    const ports = fakePorts();
    const result = await saveConfig(ports, aConfig({ policies: [everyone, platinum] }), 0, { lang: 'en' });
    expect(result).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      fields: [{ path: 'config.policies.0.match', key: 'config.error.catchAllNotLast' }],
    });
    expect(ports.store.stored.version).toBe(0);
  });
});

describe('previewDelay names the policy that applies', () => {
  const config = a24x7Config({
    policies: [
      aPolicy(
        'mtl',
        { projects: ['MTL'] },
        { matrix: { ...DEFAULT_CONFIG.matrix, minor: { ...DEFAULT_CONFIG.matrix.minor, low: 3 } } },
      ),
      platinum,
    ],
  });
  const created = '2025-03-12T10:00:00.000Z';

  it.each([
    { given: 'nothing that matches', input: {}, then: { policyId: 'default', delayHours: 24 } },
    {
      given: 'the Platinum organization',
      input: { organizationId: '2' },
      then: { policyId: 'platinum', delayHours: 2 },
    },
    { given: 'another organization', input: { organizationId: '1' }, then: { policyId: 'default', delayHours: 24 } },
    {
      given: 'the MTL project (first in order)',
      input: { projectKey: 'MTL', organizationId: '2' },
      then: { policyId: 'mtl', delayHours: 24 },
    },
  ])('given $given, then $then.policyId', async ({ input, then }) => {
    const ports = fakePorts(config);
    const result = await previewDelay(ports, { impact: null, urgency: null, createdAt: created, ...input });
    const eligibleAt = new Date(Date.parse(created) + then.delayHours * 3_600_000).toISOString();
    expect(result).toEqual({ ok: true, value: { ...then, critical: false, eligibleAt } });
  });

  it('given a policy’s own matrix, then its cell gives the delay', async () => {
    const ports = fakePorts(config);
    const result = await previewDelay(ports, {
      impact: 'minor',
      urgency: 'low',
      projectKey: 'MTL',
      createdAt: created,
    });
    expect(result).toMatchObject({ ok: true, value: { policyId: 'mtl', delayHours: 3 } });
  });
});
