/**
 * The backend bundle as `forge deploy` builds it, offline. Forge's CLI bundles a `nodejs` runtime app with
 * `NodeBundler` from `@forge/bundler` (7.3.0: `out/runtime.js` and `out/config/common.js`): webpack, in
 * production mode without minimising, `target: 'node18'`, CommonJS output named `[name].cjs`, and ts-loader
 * on the app's own `tsconfig.json` (`onlyCompileBundledFiles`, type errors fail the build). This is that
 * configuration, minus what needs the CLI: its babel-loader rule for the app's own `.js`/`.jsx` files (this app
 * has none), the runtime wrapper it adds beside the bundle, and the i18n resource bundle (the manifest declares
 * no `translations`; the backend imports its `locales/*.json` as modules, which webpack inlines).
 * One more difference, to keep `npm test` short: ts-loader runs with `transpileOnly`. Forge's ts-loader also
 * reports type errors; `npm test` runs `npm run typecheck` (tsc on the same tsconfig.json) before jest, so a
 * type error fails it there. Module resolution, the inlined JSON and the output are the same either way.
 */
import path from 'node:path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '..', '..');

/** Bundles `src/index.ts` into `outDir/index.cjs`; resolves with its path, rejects with the build's errors. */
export function bundleBackend(outDir: string): Promise<string> {
  const config: webpack.Configuration = {
    context: ROOT,
    entry: { index: path.join(ROOT, 'src', 'index.ts') },
    mode: 'production',
    optimization: { minimize: false },
    devtool: 'source-map',
    target: 'node18',
    output: { libraryTarget: 'commonjs', globalObject: 'this', filename: '[name].cjs', path: outDir },
    node: { __dirname: true },
    performance: false,
    resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx', '.json', '.cjs'] },
    plugins: [
      new webpack.IgnorePlugin({ resourceRegExp: /^encoding$/, contextRegExp: /node-fetch/ }),
      new webpack.IgnorePlugin({ resourceRegExp: /^(bufferutil|utf-8-validate)$/, contextRegExp: /ws\/lib$/ }),
      new webpack.IgnorePlugin({ resourceRegExp: /^dtrace-provider$/, contextRegExp: /bunyan$/ }),
    ],
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            {
              loader: 'ts-loader',
              options: {
                compilerOptions: { jsx: 'react', jsxFactory: 'ForgeUI.createElement', sourceMap: true },
                configFile: path.join(ROOT, 'tsconfig.json'),
                context: ROOT,
                onlyCompileBundledFiles: true,
                transpileOnly: true,
              },
            },
          ],
        },
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
      ],
    },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) {
        const errors = stats?.toJson({ all: false, errors: true }).errors ?? [];
        return reject(new Error(errors.map((e) => e.message).join('\n\n') || 'webpack failed'));
      }
      resolve(path.join(outDir, 'index.cjs'));
    });
  });
}
