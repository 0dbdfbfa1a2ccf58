/**
 * The layer rule (eslint.config.mjs, run by `npm run lint` inside `npm test`): dependencies point inward,
 * static/ and src/forge → src/app → src/domain. These cases lint a probe file placed, by name only, in each
 * layer, so that a rule that stopped firing fails here and not in review.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

type Case = [file: string, spec: string];

const FAILING: Case[] = [
  ['src/domain/policy/probe.ts', '../../forge/jira/errors'],
  ['src/domain/policy/probe.ts', '../../i18n/translate'],
  ['src/domain/probe.ts', '../ports'],
  ['src/domain/probe.ts', '@forge/api'],
  ['src/app/probe.ts', '../forge/jira/errors'],
  ['src/app/messages/probe.ts', '../../forge/platform'],
  ['src/app/probe.ts', '@forge/kvs'],
  ['src/app/probe.ts', '../../static/common/bridge'],
];
const PASSING: Case[] = [
  ['src/domain/policy/probe.ts', '../config'],
  ['src/domain/policy/probe.ts', 'luxon'],
  ['src/app/probe.ts', '../domain'],
  ['src/app/probe.ts', '../ports'],
  ['src/forge/probe.ts', '../app/outcome'],
];

/** Lints every case in one ESLint process (its start-up is the slow part); the rule ids reported per case. */
function lintAll(cases: Case[]): string[][] {
  const script = `
    const { ESLint } = require(${JSON.stringify(require.resolve('eslint'))});
    const cases = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
      const out = [];
      for (const [filePath, spec] of cases) {
        const code = "import * as x from '" + spec + "';\\nexport const y = x;\\n";
        const [r] = await eslint.lintText(code, { filePath });
        out.push(r.messages.map((m) => m.ruleId || 'parse-error'));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const run = spawnSync(process.execPath, ['-e', script, JSON.stringify(cases)], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

describe('the layer rule', () => {
  let results: string[][];
  beforeAll(() => {
    results = lintAll([...FAILING, ...PASSING]);
  }, 120_000);

  it.each(FAILING.map((c, i) => [...c, i] as const))('given %s importing %s, then the lint fails', (_f, _s, i) => {
    expect(results[i]).toContain('no-restricted-imports');
  });

  it.each(PASSING.map((c, i) => [...c, FAILING.length + i] as const))(
    'given %s importing %s, then the lint passes',
    (_f, _s, i) => {
      expect(results[i]).not.toContain('no-restricted-imports');
    },
  );
});
