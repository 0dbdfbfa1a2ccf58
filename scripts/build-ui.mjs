// Builds every Custom UI app (static/<app>/ → static/<app>/build/) with Vite.
// `--if-needed` skips an app whose build is newer than all of its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const root = resolve(import.meta.dirname, '..');
const APPS = ['portal', 'agent', 'admin', 'queue', 'gadget'];
const SHARED_SOURCES = ['static/common', 'locales', 'src/contract.ts', 'src/i18n', 'scripts/build-ui.mjs'];
const ifNeeded = process.argv.includes('--if-needed');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'build' || entry === 'node_modules' || entry.endsWith('.test.tsx') || entry.endsWith('.test.ts'))
      continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function isFresh(app) {
  const index = join(root, 'static', app, 'build', 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  const sources = [join('static', app), ...SHARED_SOURCES].map((p) => newestMtime(join(root, p)));
  return Math.max(...sources) < built;
}

for (const app of APPS) {
  const appRoot = join(root, 'static', app);
  if (!existsSync(join(appRoot, 'index.html'))) {
    console.log(`ui: ${app}: no index.html yet, skipped`);
    continue;
  }
  if (ifNeeded && isFresh(app)) {
    console.log(`ui: ${app}: up to date`);
    continue;
  }
  await build({
    root: appRoot,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: 'build', emptyOutDir: true, sourcemap: false, target: 'es2020', reportCompressedSize: false },
  });
  console.log(`ui: ${app}: built`);
}
