/** The mutation-testing scripts (README, "Mutation testing"): scores merged per folder and layer, survivors listed. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Status = 'Killed' | 'Timeout' | 'Survived' | 'NoCoverage' | 'Ignored';

const mutant = (id: string, status: Status, line: number) => ({
  id,
  mutatorName: 'EqualityOperator',
  replacement: 'a > b',
  status,
  location: { start: { line, column: 3 }, end: { line, column: 8 } },
});

/** A report of two domain files and one use case; `rule.ts` holds one survivor and one uncovered mutant. */
const REPORT = {
  schemaVersion: '2',
  thresholds: { high: 80, low: 60 },
  files: {
    'src/domain/policy/rule.ts': {
      language: 'typescript',
      source: 'export const a = 1;\nif (a >= b) go();\nreturn a;',
      mutants: [
        mutant('1', 'Killed', 2),
        mutant('2', 'Survived', 2),
        mutant('3', 'NoCoverage', 3),
        mutant('4', 'Timeout', 2),
      ],
    },
    'src/domain/timer.ts': {
      language: 'typescript',
      source: 'x;\ny;',
      mutants: [mutant('5', 'Killed', 1), mutant('6', 'Ignored', 2)],
    },
    'src/app/escalate.ts': { language: 'typescript', source: 'z;', mutants: [mutant('7', 'Killed', 1)] },
  },
};

function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, [join('scripts', script), ...args], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
}

describe('mutation-testing scripts', () => {
  let dir: string;
  let report: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mutation-'));
    report = join(dir, 'report.json');
    writeFileSync(report, JSON.stringify(REPORT));
  });

  it('scores each folder and layer: killed and timed out over all but the ignored', () => {
    const lines = run('mutation-scores.mjs', [report]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'src/domain/policy 1 1 1 1 50.0 %',
        'src/domain 1 0 0 0 100.0 %',
        'src/domain (all) 2 1 1 1 60.0 %',
        'src/app (all) 1 0 0 0 100.0 %',
      ]),
    );
  });

  it('takes a file from the last report that names it', () => {
    const later = join(dir, 'later.json');
    const fixed = { ...REPORT.files['src/domain/policy/rule.ts'], mutants: [mutant('1', 'Killed', 2)] };
    writeFileSync(later, JSON.stringify({ ...REPORT, files: { 'src/domain/policy/rule.ts': fixed } }));
    expect(run('mutation-scores.mjs', [report, later])).toContain('src/domain/policy 1 0 0 0 100.0 %');
  });

  it('lists what survived or was not covered, with its line, and only in the folders named', () => {
    expect(run('mutation-survivors.mjs', [report, 'src/domain/policy'])).toEqual([
      '',
      'src/domain/policy/rule.ts (2)',
      'L2:3 EqualityOperator Survived: a > b | if (a >= b) go();',
      'L3:3 EqualityOperator NoCoverage: a > b | return a;',
      '',
    ]);
    expect(run('mutation-survivors.mjs', [report, 'src/app'])).toEqual(['']);
  });

  it('writes, with --retest, the report without them for an incremental run, every other verdict kept', () => {
    const retest = join(dir, 'retest.json');
    run('mutation-survivors.mjs', [report, '--retest', retest]);
    const written = JSON.parse(readFileSync(retest, 'utf8')) as typeof REPORT;
    const ids = Object.values(written.files).flatMap((f) => f.mutants.map((m) => `${m.id} ${m.status}`));
    expect(ids).toStrictEqual(['1 Killed', '4 Timeout', '5 Killed', '6 Ignored', '7 Killed']);
    expect(written.files['src/domain/timer.ts'].source).toBe('x;\ny;');
  });
});
