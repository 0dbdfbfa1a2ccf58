/**
 * The README's configuration table lists every option: each leaf path of the live DEFAULT_CONFIG (objects are
 * walked, arrays and values are leaves) is named in the table's first column, itself or through a parent
 * (`matrix` covers `matrix.extensive.high`). A cell may name siblings in short: "`escalation.detailsMin`,
 * `detailsMax`". Adding an option without its README row fails here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../src/domain/config/defaults';

/** Not an option: the format version of the stored configuration, set by the app. */
const NOT_OPTIONS = new Set(['schemaVersion']);

function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leafPaths(v, prefix ? `${prefix}.${k}` : k),
  );
}

/** The option names of the table under "## Configuration", short sibling names expanded. */
function documentedOptions(readme: string): string[] {
  const section = readme.slice(readme.indexOf('\n## Configuration'));
  const table = section.slice(section.indexOf('\n| Option')).split('\n\n')[0];
  const rows = table.split('\n').slice(3);
  return rows.flatMap((row) => {
    const cell = row.split('|')[1] ?? '';
    const names = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    const full = names.find((n) => n.includes('.')) ?? '';
    const parent = full.slice(0, full.lastIndexOf('.'));
    return names.map((n) => (n.includes('.') || !parent || n in DEFAULT_CONFIG ? n : `${parent}.${n}`));
  });
}

const readme = readFileSync(resolve(__dirname, '..', 'README.md'), 'utf8');
const documented = documentedOptions(readme);
const leaves = leafPaths(DEFAULT_CONFIG).filter((p) => !NOT_OPTIONS.has(p.split('.')[0]));
const covers = (name: string, path: string) => path === name || path.startsWith(`${name}.`);

describe('README configuration table', () => {
  it('reads a table of options', () => {
    expect(documented.length).toBeGreaterThan(20);
  });

  it.each(leaves)('names the option %s', (path) => {
    expect(documented.filter((name) => covers(name, path))).not.toEqual([]);
  });

  it.each(documented)('documents %s, which exists in DEFAULT_CONFIG', (name) => {
    expect(leaves.some((path) => covers(name, path))).toBe(true);
  });
});
