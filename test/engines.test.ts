/**
 * The Node versions package.json states are those `npm install` accepts without an EBADENGINE warning: npm
 * warns when the running Node does not satisfy the `engines.node` of the project or of an installed package,
 * and package-lock.json records every package's `engines`. So each stated release line, from its lowest
 * version, must satisfy them all. (CI machines run Node 20 today, which the project does not state: see the
 * README, "Node versions".)
 */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};

/** The lowest version of each release line the project states (e.g. 22.13.0, 24.0.0). */
const stated = pkg.engines.node.split('||').map((range) => semver.minVersion(range.trim())!.version);

/** Installed packages' engines.node ranges (old packages may list engines as an array: npm ignores those). */
const ranges = Object.entries(lock.packages)
  .filter(([where, info]) => where !== '' && info.engines && !Array.isArray(info.engines) && info.engines.node)
  .map(([where, info]) => ({
    name: where.replace(/^.*node_modules\//, ''),
    node: (info.engines as { node: string }).node,
  }));

describe('Node versions (package.json engines)', () => {
  it('states the lines the Forge CLI supports, 22 and 24 (the Forge runtime is nodejs24.x)', () => {
    expect(stated.map((v) => semver.major(v))).toEqual([22, 24]);
    expect(semver.satisfies('24.11.0', pkg.engines.node)).toBe(true);
  });

  it.each(stated)('npm install on Node %s meets every package’s engines (no EBADENGINE warning)', (version) => {
    const refusing = ranges.filter((r) => !semver.satisfies(version, r.node));
    expect(refusing).toEqual([]);
  });

  it('does not state Node 20: jira.js (the sandbox’s schemas) needs Node 22', () => {
    expect(semver.satisfies('20.19.0', pkg.engines.node)).toBe(false);
    expect(ranges.find((r) => r.name === 'jira.js')?.node).toBe('>=22');
  });
});
