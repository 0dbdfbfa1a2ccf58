/**
 * Deployment check: the backend bundles the way `forge deploy` bundles it (webpack + ts-loader on the app's
 * tsconfig, forge-node-bundler.ts), the bundle loads on its own, and it answers a resolver call and runs an
 * escalation when the sandbox runs it in place of the sources.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { createSandbox, type Sandbox } from '../../sandbox';
import { MODULE_KEYS } from '../../src/contract';
import { bundleBackend } from './forge-node-bundler';

jest.setTimeout(180_000);

let outDir: string;
let bundle: string;
let sb: Sandbox | undefined;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'escalade-bundle-'));
  bundle = await bundleBackend(outDir);
});
afterAll(async () => {
  await sb?.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the backend bundle', () => {
  it('is one CommonJS file that exports every function handler the manifest names', () => {
    const manifest = YAML.parse(fs.readFileSync(path.resolve(__dirname, '../../manifest.yml'), 'utf8')) as {
      modules: { function: { handler: string }[] };
    };
    const handlers = manifest.modules.function.map((f) => f.handler);
    expect(handlers.length).toBeGreaterThan(5);
    const exported = require(bundle) as Record<string, unknown>;
    for (const handler of handlers) {
      const [file, name] = handler.split('.');
      expect(file).toBe('index');
      expect(typeof exported[name!]).toBe('function');
    }
    // Nothing is left to resolve at run time but Node's own modules: the locales are inlined.
    const code = fs.readFileSync(bundle, 'utf8');
    expect(code).not.toMatch(/require\(["']\.\.?\//);
    expect(code).toContain('Escalader mon ticket');
  });

  it('answers a resolver call, and escalates, run by the sandbox in place of the sources', async () => {
    // The reset escalates SUP-4 through the app, here the bundle.
    sb = await createSandbox({ appEntry: bundle, now: new Date('2025-12-01T09:00:00.000Z') });
    const extension = sb.extensionFor(MODULE_KEYS.portal, 'SUP-4');
    const { body } = await sb.invoke({
      moduleKey: MODULE_KEYS.portal,
      functionKey: 'getPortalState',
      accountId: 'customer-alice',
      extension,
      payload: { locale: 'fr-FR' },
    });
    expect(body).toMatchObject({ requestKey: 'SUP-4', kind: 'escalated' });
    expect(sb.calls().some((c) => c.kind === 'product')).toBe(true);
  });
});
