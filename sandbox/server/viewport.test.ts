/**
 * A module that declares `viewportSize` gets a fixed-height iframe that ignores resize requests, as on a real
 * site ("Remove this property to enable automatic resizing"); one without it auto-sizes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { createSandbox, type Sandbox } from '..';
import { portalPage, VIEWPORT_HEIGHTS } from './pages';

const ROOT = join(__dirname, '..', '..');
const T0 = new Date('2025-12-01T09:00:00.000Z');

function manifestWithPortalViewport(size: string): string {
  const doc = parse(readFileSync(join(ROOT, 'manifest.yml'), 'utf8')) as {
    modules: Record<string, Record<string, unknown>[]>;
  };
  doc.modules['jiraServiceManagement:portalRequestDetailPanel'][0].viewportSize = size;
  const dir = mkdtempSync(join(tmpdir(), 'escalade-viewport-'));
  writeFileSync(join(dir, 'manifest.yml'), stringify(doc));
  return join(dir, 'manifest.yml');
}

const frameOf = (html: string) => /<iframe class="app" data-module="portal-panel"[^>]*>/.exec(html)?.[0] ?? '';

describe('viewportSize', () => {
  let fixed: Sandbox;
  let auto: Sandbox;
  beforeAll(async () => {
    fixed = await createSandbox({ now: T0, manifestPath: manifestWithPortalViewport('medium') });
    auto = await createSandbox({ now: T0 });
  });
  afterAll(() => {
    fixed.close();
    auto.close();
  });

  it('gives a module that declares it a fixed height, without auto-resize', async () => {
    const { html } = await portalPage({ sandbox: fixed, persona: 'customer-alice' }, 'SUP-3');
    const frame = frameOf(html);
    expect(frame).toContain('data-viewport-size="medium"');
    expect(frame).toContain(`height:${VIEWPORT_HEIGHTS.medium}px`);
    // The page's resize handler leaves such frames alone.
    expect(html).toContain('!frame.dataset.viewportSize');
  });

  it('lets the repository’s portal panel (no viewportSize) size itself', async () => {
    expect(auto.viewportSize('portal-panel')).toBeUndefined();
    const { html } = await portalPage({ sandbox: auto, persona: 'customer-alice' }, 'SUP-3');
    expect(frameOf(html)).not.toContain('data-viewport-size');
  });
});
