// Prints the mutation score per folder from Stryker JSON reports (mutation-testing-report-schema).
// Usage: node scripts/mutation-scores.mjs [report.json …]  (default: reports/mutation/mutation.json)
// Several reports (file-by-file runs) are merged: a file's mutants come from the last report naming it.
import fs from 'node:fs';
import path from 'node:path';

/** The folder a file is counted under: src/domain/<sub> or src/app/<sub>, or the layer itself. */
function folderOf(file) {
  const parts = file.split('/');
  return parts.length > 3 ? parts.slice(0, 3).join('/') : parts.slice(0, 2).join('/');
}

/** Per-file counts of the merged reports. */
function mergeReports(reports) {
  const files = new Map();
  for (const { root, report } of reports) {
    for (const [name, { mutants }] of Object.entries(report.files)) {
      const rel = path.relative(process.cwd(), path.resolve(root, name)).split(path.sep).join('/');
      const counts = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
      for (const m of mutants) {
        if (m.status === 'Killed') counts.killed++;
        else if (m.status === 'Timeout') counts.timeout++;
        else if (m.status === 'Survived') counts.survived++;
        else if (m.status === 'NoCoverage') counts.noCoverage++;
      }
      files.set(rel, counts);
    }
  }
  return files;
}

const score = (c) => {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid === 0 ? null : (100 * detected) / valid;
};

function add(into, c) {
  for (const k of Object.keys(c)) into[k] = (into[k] ?? 0) + c[k];
  return into;
}

function row(name, c) {
  const s = score(c);
  const cells = [c.killed, c.timeout, c.survived, c.noCoverage].map((n) => String(n).padStart(9));
  return `${name.padEnd(28)}${cells.join('')}${(s === null ? 'n/a' : s.toFixed(1) + ' %').padStart(10)}`;
}

function main(argv) {
  const names = argv.length > 0 ? argv : ['reports/mutation/mutation.json'];
  const reports = names.map((n) => ({ root: process.cwd(), report: JSON.parse(fs.readFileSync(n, 'utf8')) }));
  const files = mergeReports(reports);
  const perFolder = new Map();
  const perLayer = new Map();
  for (const [file, c] of files) {
    perFolder.set(folderOf(file), add(perFolder.get(folderOf(file)) ?? {}, c));
    const layer = file.split('/').slice(0, 2).join('/');
    perLayer.set(layer, add(perLayer.get(layer) ?? {}, c));
  }
  const header = `${'folder'.padEnd(28)}${['killed', 'timeout', 'survived', 'no cov'].map((h) => h.padStart(9)).join('')}${'score'.padStart(10)}`;
  const lines = [header];
  for (const f of [...perFolder.keys()].sort()) lines.push(row(f, perFolder.get(f)));
  lines.push('');
  for (const l of [...perLayer.keys()].sort()) lines.push(row(`${l} (all)`, perLayer.get(l)));
  if (process.env.MUTATE_FILES) {
    lines.push('');
    for (const f of [...files.keys()].sort()) lines.push(row(f, files.get(f)));
  }
  console.log(lines.join('\n'));
}

main(process.argv.slice(2));
