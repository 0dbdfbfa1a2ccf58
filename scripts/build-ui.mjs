// Builds every Custom UI app (static/<app>/ → static/<app>/build/) with Vite.
// `--if-needed` skips an app whose build is newer than all of its sources.
import { copyFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { IntlMessageFormat } from 'intl-messageformat';

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

/**
 * The portal panel loads on every request view, phones included (budget 60 KB gzipped, lazy chunks included):
 * it runs on Preact through preact/compat, and ships only the messages it reads.
 */
const PREACT_APPS = new Set(['portal']);
const MESSAGES = { portal: ['portal', 'common', 'time'] };

const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];
// Messages are parsed at build time (below), so the browser never needs FormatJS's ICU parser.
const NO_PARSER = {
  find: /^@formatjs\/icu-messageformat-parser$/,
  replacement: '@formatjs/icu-messageformat-parser/lib/no-parser.js',
};

/** A locale tree with each ICU message replaced by its parsed form (plain texts stay strings). */
function precompile(node, locale) {
  if (typeof node === 'string') {
    return /[{}]|''/.test(node) ? new IntlMessageFormat(node, locale, undefined, { ignoreTag: true }).getAst() : node;
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, precompile(v, locale)]));
}

/** Vite plugin: locales/*.json, parsed at build time and trimmed to the top-level sections the app reads. */
function precompiledLocales(app) {
  return {
    name: 'escalade-precompiled-locales',
    enforce: 'pre',
    transform(code, id) {
      const match = /locales[\\/](fr-FR|en-US)\.json$/.exec(id);
      if (!match) return null;
      const tree = JSON.parse(code);
      const keep = MESSAGES[app];
      const kept = keep ? Object.fromEntries(keep.filter((k) => k in tree).map((k) => [k, tree[k]])) : tree;
      // Still JSON: Vite's own JSON plugin turns it into a module.
      return { code: JSON.stringify(precompile(kept, match[1])), map: null };
    },
  };
}

for (const app of APPS) {
  const appRoot = join(root, 'static', app);
  if (!existsSync(join(appRoot, 'src', 'main.tsx'))) {
    console.log(`ui: ${app}: no src/main.tsx yet, skipped`);
    continue;
  }
  if (ifNeeded && isFresh(app)) {
    console.log(`ui: ${app}: up to date`);
    continue;
  }
  // Every app's page is the one template (static/common/index.html), copied next to the app for Vite (git-ignored).
  copyFileSync(join(root, 'static', 'common', 'index.html'), join(appRoot, 'index.html'));
  await build({
    root: appRoot,
    base: './',
    logLevel: 'warn',
    plugins: [precompiledLocales(app), react()],
    resolve: { alias: [NO_PARSER, ...(PREACT_APPS.has(app) ? PREACT_ALIASES : [])] },
    build: { outDir: 'build', emptyOutDir: true, sourcemap: false, target: 'es2020', reportCompressedSize: false },
  });
  console.log(`ui: ${app}: built`);
}
