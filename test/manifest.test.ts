/**
 * manifest.yml passes @forge/manifest's full offline validation (schema, references, handlers,
 * resources, i18n keys) and keeps the module keys and handlers the rest of the app relies on.
 * Resources point at static/<app>/build: `npm test` builds the UIs before running jest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { MODULE_KEYS } from '../src/contract';

const ROOT = path.resolve(__dirname, '..');

interface Issue {
  message: string;
  reference: string;
  level: 'error' | 'warning';
  line?: number;
}

/** validate() reads manifest.yml and the locale paths relative to the working directory. */
async function validateIn(dir: string): Promise<{ errors: string[]; warnings: string[] }> {
  const { validate } = require('@forge/manifest') as typeof import('@forge/manifest');
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const result = await validate(false);
    const issues = (result.errors ?? []) as Issue[];
    const show = (i: Issue) => `${i.reference} (line ${i.line ?? '?'}): ${i.message}`;
    const errors = issues.filter((i) => i.level === 'error').map(show);
    // A failed result must always come with an error entry, or the check below would be blind.
    if (!result.success && errors.length === 0) errors.push('validation failed without an error entry');
    return { errors, warnings: issues.filter((i) => i.level === 'warning').map(show) };
  } finally {
    process.chdir(cwd);
  }
}

describe('manifest.yml', () => {
  it('given the repository after `npm run build:ui`, when @forge/manifest validates it, then there is no error', async () => {
    // `npm test` runs build:ui before jest: every resource is a built app (the validator refuses a missing one,
    // see "the check itself" below), and build:ui leaves manifest.yml as it was.
    const doc = parse(fs.readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8')) as { resources: { path: string }[] };
    const apps = doc.resources.filter((r) => r.path.endsWith('/build'));
    expect(apps).toHaveLength(5);
    for (const r of apps) expect(fs.existsSync(path.join(ROOT, r.path, 'index.html'))).toBe(true);
    const { errors } = await validateIn(ROOT);
    expect(errors).toEqual([]);
  }, 60_000);

  describe('the check itself, on a minimal app in a temporary folder', () => {
    const minimal = (handler: string) =>
      [
        'modules:',
        '  trigger:',
        '    - { key: t, function: f, events: [avi:jira:commented:issue] }',
        '  function:',
        `    - { key: f, handler: ${handler} }`,
        'permissions: { scopes: [read:jira-work] }',
        'app:',
        '  id: ari:cloud:ecosystem::app/6f1c2b0e-2f4a-4d3e-9c51-7e0e5a1b2c3d',
        '  runtime: { name: nodejs24.x }',
        '',
      ].join('\n');

    it.each([
      ['a valid manifest', 'index.run', 0],
      ['a handler whose file does not exist', 'missing.run', 1],
    ])('given %s (handler %s), then it reports %i error(s)', async (_given, handler, count) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'escalade-manifest-'));
      try {
        fs.mkdirSync(path.join(dir, 'src'));
        fs.writeFileSync(path.join(dir, 'src', 'index.ts'), 'export const run = () => undefined;\n');
        fs.writeFileSync(path.join(dir, 'manifest.yml'), minimal(handler));
        const { errors } = await validateIn(dir);
        expect(errors).toHaveLength(count);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it.each([
      ['a resource whose app is built', true, 0],
      ['a resource whose build folder is missing (build:ui not run)', false, 1],
    ])('given %s (built: %s), then it reports %i error(s)', async (_given, built, count) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'escalade-manifest-'));
      try {
        fs.mkdirSync(path.join(dir, 'src'));
        fs.writeFileSync(path.join(dir, 'src', 'index.ts'), 'export const run = () => undefined;\n');
        if (built) {
          fs.mkdirSync(path.join(dir, 'static', 'x', 'build'), { recursive: true });
          fs.writeFileSync(path.join(dir, 'static', 'x', 'build', 'index.html'), '<!doctype html>\n');
        }
        const panel = ['  jira:issuePanel:', '    - { key: p, resource: r, title: T, icon: "resource:r;icon.svg" }'];
        const manifest = minimal('index.run').replace('modules:\n', ['modules:', ...panel, ''].join('\n'));
        fs.writeFileSync(
          path.join(dir, 'manifest.yml'),
          `${manifest}resources:\n  - { key: r, path: static/x/build }\n`,
        );
        const { errors } = await validateIn(dir);
        expect(errors).toHaveLength(count);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('the contract it carries', () => {
    const manifest = parse(fs.readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8'));
    const modules = manifest.modules as Record<string, { key: string; [k: string]: unknown }[]>;
    const byKey = (key: string) =>
      Object.values(modules)
        .flat()
        .find((m) => m.key === key);

    it.each(Object.values(MODULE_KEYS))('declares the module %s', (key) => {
      expect(byKey(key)).toBeDefined();
    });

    it('runs on nodejs24.x', () => expect(manifest.app.runtime.name).toBe('nodejs24.x'));

    it('shows the portal panel to customers and unlicensed users, in the right-hand pane', () => {
      expect(modules['jiraServiceManagement:portalRequestDetailPanel'][0]).toMatchObject({
        key: MODULE_KEYS.portal,
        unlicensedAccess: expect.arrayContaining(['customer', 'unlicensed']),
      });
    });

    it('lets every Custom UI module resize itself: no viewportSize (it fixes the height and clips the dialog)', () => {
      for (const list of Object.values(modules)) {
        for (const m of list as Record<string, unknown>[]) expect(m).not.toHaveProperty('viewportSize');
      }
    });

    it('uses the admin page as the Configure page', () => {
      expect(modules['jira:adminPage'][0]).toMatchObject({ key: MODULE_KEYS.admin, useAsConfig: true });
    });

    it('listens to comments, ignoring its own', () => {
      expect(modules.trigger[0]).toMatchObject({
        key: MODULE_KEYS.trigger,
        events: ['avi:jira:commented:issue'],
        filter: { ignoreSelf: true },
      });
    });

    it('offers the analytics gadget, with its edit mode on the same resource', () => {
      // manifest-reference/modules/jira-dashboard-gadget: title, description, thumbnail, resource, edit.resource.
      expect(modules['jira:dashboardGadget'][0]).toMatchObject({
        key: MODULE_KEYS.gadget,
        resource: 'gadget',
        resolver: { function: 'gadget-resolver' },
        edit: { resource: 'gadget' },
        thumbnail: expect.stringMatching(/^https:\/\//),
      });
    });

    it('indexes the escalade property for JQL (state, level, escalatedAt, followUps, overdue, policy)', () => {
      const property = modules['jira:entityProperty'][0] as unknown as {
        propertyKey: string;
        values: { path: string; type: string; searchAlias: string }[];
      };
      expect(property.propertyKey).toBe('escalade');
      expect(property.values.map((v) => v.path).sort()).toEqual([
        'escalatedAt',
        'followUps',
        'level',
        'overdue',
        'policy',
        'state',
      ]);
      // A queue filters on a support tier: `escaladePolicy = "platinum"` (issue 12).
      expect(property.values.find((v) => v.path === 'policy')).toEqual({
        path: 'policy',
        type: 'string',
        searchAlias: 'escaladePolicy',
      });
    });

    it('asks for the least privilege: exactly the scopes the adapters use', () => {
      // read/write:jira-work: issues, comments, properties, notify, transitions, JQL search;
      // read:jira-user: display names for the agents' timeline; read:servicedesk-request: the SLA metric, and the
      // admin's pickers of service desks and request types; manage:servicedesk-customer: the organizations picker
      // (GET /rest/servicedeskapi/organization asks for it, sandbox/data/jsm-scopes.json); storage:app: KVS. The app
      // never writes through the servicedeskapi, nor changes Jira's configuration.
      expect([...manifest.permissions.scopes].sort()).toEqual([
        'manage:servicedesk-customer',
        'read:jira-user',
        'read:jira-work',
        'read:servicedesk-request',
        'storage:app',
        'write:jira-work',
      ]);
      const adapters = fs
        .readdirSync(path.join(ROOT, 'src/forge/jira'))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => fs.readFileSync(path.join(ROOT, 'src/forge/jira', f), 'utf8'))
        .join('\n');
      expect(adapters).toMatch(/route`\/rest\/servicedeskapi\//);
      const reads =
        /route`\/rest\/servicedeskapi\/(request\/\$\{key\}\/sla|servicedesk\?|servicedesk\/\$\{serviceDesk\}\/requesttype\?|organization\?)/g;
      expect(adapters.replace(reads, '')).not.toMatch(/route`\/rest\/servicedeskapi\//);
    });

    it('points every function at the src/index.ts exports', () => {
      const handlers = Object.fromEntries(
        (modules.function as unknown as { key: string; handler: string }[]).map((f) => [f.key, f.handler]),
      );
      expect(handlers).toEqual({
        'portal-resolver': 'index.portalResolver',
        'agent-resolver': 'index.agentResolver',
        'admin-resolver': 'index.adminResolver',
        'queue-resolver': 'index.queueResolver',
        'gadget-resolver': 'index.gadgetResolver',
        'follow-up': 'index.followUpTrigger',
        sweep: 'index.sweepTrigger',
      });
    });

    it('runs the background completion every 5 minutes (scheduledTrigger escalade-sweep)', () => {
      expect(modules.scheduledTrigger).toEqual([{ key: 'escalade-sweep', function: 'sweep', interval: 'fiveMinute' }]);
    });
  });
});
