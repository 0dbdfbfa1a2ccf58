/**
 * Small units (CONTRIBUTING.md, "Layers"): no source file over 300 lines, tests included. Files are those git
 * tracks (generated builds are not tracked). A file another issue is splitting may be listed below with that
 * issue; the test fails once it is under the limit, so the exception goes away with the split.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const MAX_LINES = 300;
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;

/** Being split by the issue that owns them. */
const SPLIT_PENDING: Record<string, string> = {
  'static/admin/src/admin-app.test.tsx': 'issue 15 (owns static/admin and splits AdminApp)',
  // Issue 9 split these; other issues changed them on main at the same time, and main's version was kept.
  'src/forge/jira/jira-adapter.test.ts': 'issue 9 (split by resource once issue 13 lands its organizations field)',
  'test/proof/faults.test.ts': 'issue 9 (its fault table goes to its own file)',
  // Grown past the limit on main by issue 10 (leases, hang fault, scheduled limits) while this test landed.
  'sandbox/kvs/kvs-store.ts': 'issue 10 (owns sandbox/kvs)',
  'sandbox/host/forge-host.ts': 'issue 9 (the invocation runner to its own file)',
  // Grown on main by issue 11 (withdrawal, closing reasons) while issue 9's splits of them were merged: split next.
  'src/contract.ts': 'issue 9 (the escalation-life types to their own file)',
  'src/domain/config/parse.test.ts': 'issue 9 (migrateConfig tests to migrate.test.ts again)',
  'static/agent/src/agent-panel.test.tsx': 'issue 9 (actions tests to their own file again)',
};

const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((f) => SOURCE.test(f));

/** Lines as `wc -l` counts them (a final newline ends the last line). */
const lineCount = (file: string) => readFileSync(join(ROOT, file), 'utf8').replace(/\n$/, '').split('\n').length;

it('finds the source files', () => {
  expect(tracked.length).toBeGreaterThan(100);
});

it(`keeps every source file at ${MAX_LINES} lines or fewer`, () => {
  const long = tracked
    .filter((f) => !(f in SPLIT_PENDING))
    .map((f) => `${f}: ${lineCount(f)}`)
    .filter((row) => Number(row.split(': ')[1]) > MAX_LINES);
  expect(long).toEqual([]);
});

it('lists only exceptions that are still over the limit', () => {
  const done = Object.keys(SPLIT_PENDING).filter((f) => !tracked.includes(f) || lineCount(f) <= MAX_LINES);
  expect(done).toEqual([]);
});
