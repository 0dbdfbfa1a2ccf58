// What the tests let through, from a Stryker JSON report: each surviving or uncovered mutant, file by file, with
// its line, mutator, replacement and the source line.
// Usage: node scripts/mutation-survivors.mjs <report.json> [folder …]
// With --retest <incremental.json>, also writes the report without those mutants (in the folders named): a run with
// `--incremental --incrementalFile <incremental.json>` then tests them again (and any changed code) and keeps every
// other verdict. Stryker's own incremental mode keeps a survivor whose tests did not change, so a survivor killed by a
// test that was not run before (a wider MUTATE_TESTS, a fixed jest root) would otherwise stay a survivor.
import fs from 'node:fs';

const LEFT = new Set(['Survived', 'NoCoverage']);

function main(argv) {
  const at = argv.indexOf('--retest');
  const retest = at >= 0 ? argv[at + 1] : null;
  const [input, ...folders] = at >= 0 ? argv.filter((_, i) => i !== at && i !== at + 1) : argv;
  const report = JSON.parse(fs.readFileSync(input, 'utf8'));
  const named = ([name]) => folders.length === 0 || folders.some((f) => name.startsWith(f));
  const files = Object.entries(report.files).filter(named);
  for (const [name, file] of files.sort(([a], [b]) => a.localeCompare(b))) {
    const lines = file.source.split('\n');
    const left = file.mutants
      .filter((m) => LEFT.has(m.status))
      .sort(
        (a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column,
      );
    if (left.length === 0) continue;
    console.log(`\n${name} (${left.length})`);
    for (const m of left) {
      const { line, column } = m.location.start;
      const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80);
      console.log(
        `  L${line}:${column} ${m.mutatorName} ${m.status}: ${replacement} | ${lines[line - 1].trim().slice(0, 100)}`,
      );
    }
  }
  if (retest) {
    for (const [, file] of files) file.mutants = file.mutants.filter((m) => !LEFT.has(m.status));
    fs.writeFileSync(retest, JSON.stringify(report));
    console.log(`\n${retest}: the report without them, for --incremental`);
  }
}

main(process.argv.slice(2));
