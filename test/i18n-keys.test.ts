/**
 * Locale files: every i18n key manifest.yml uses exists in both languages, both files have the same
 * keys, no text is empty, and each text has the same {placeholders} in French and English.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

/** Flattens nested locale objects to dotted keys; anything that is not a string or an object is kept as is to fail below. */
export function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) {
    out.set(prefix, tree);
    return out;
  }
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null && !Array.isArray(v))
      for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

/** Every `{ i18n: key }` value anywhere in the manifest. */
export function manifestI18nKeys(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(manifestI18nKeys);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => (k === 'i18n' && typeof v === 'string' ? [v] : manifestI18nKeys(v)));
}

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe('locales', () => {
  const fr = flatten(readJson('locales/fr-FR.json'));
  const en = flatten(readJson('locales/en-US.json'));
  const manifest = parse(fs.readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8'));
  const used = manifestI18nKeys(manifest);

  it('given the manifest, then it uses i18n keys (the check below is not vacuous)', () => {
    expect(used.length).toBeGreaterThanOrEqual(4);
  });

  it.each(used)('given the manifest key %s, then both locales have a text for it', (key) => {
    expect(typeof fr.get(key)).toBe('string');
    expect(typeof en.get(key)).toBe('string');
  });

  it('given both locale files, then they have exactly the same keys', () => {
    const missingInFr = [...en.keys()].filter((k) => !fr.has(k));
    const missingInEn = [...fr.keys()].filter((k) => !en.has(k));
    expect({ missingInFr, missingInEn }).toEqual({ missingInFr: [], missingInEn: [] });
  });

  it.each([
    ['fr-FR', fr],
    ['en-US', en],
  ])('given %s, then every value is a non-empty string', (_name, catalog) => {
    const bad = [...catalog].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('given a key in both files, then both texts have the same placeholders', () => {
    const mismatched = [...en]
      .filter(([k, v]) => typeof v === 'string' && typeof fr.get(k) === 'string')
      .filter(([k, v]) => placeholders(v as string).join() !== placeholders(fr.get(k) as string).join())
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('flatten finds nested keys and keeps bad leaves', () => {
    expect([...flatten({ a: { b: 'x', c: { d: '' } }, e: 3 })]).toEqual([
      ['a.b', 'x'],
      ['a.c.d', ''],
      ['e', 3],
    ]);
  });
  it('manifestI18nKeys finds keys at any depth', () => {
    expect(manifestI18nKeys({ modules: { x: [{ title: { i18n: 'a.b' } }, { label: { i18n: 'c' } }] } })).toEqual([
      'a.b',
      'c',
    ]);
  });
});
