/**
 * Gzipped size of what each Custom UI app ships (every .js and .css under static/<app>/build), for the bench
 * and the portal panel's 60 KB budget. Lazy chunks are counted too: an upper bound on what the panel loads.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  app: string;
  jsGzip: number;
  cssGzip: number;
  total: number;
}

const STATIC_DIR = resolve(__dirname, '..', 'static');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Sizes in bytes, one row per app that has a build, in folder order. */
export function measureBundles(staticDir: string = STATIC_DIR): BundleSize[] {
  if (!existsSync(staticDir)) return [];
  const rows: BundleSize[] = [];
  for (const app of readdirSync(staticDir).sort()) {
    const build = join(staticDir, app, 'build');
    if (!existsSync(build) || !statSync(build).isDirectory()) continue;
    let jsGzip = 0;
    let cssGzip = 0;
    for (const file of filesUnder(build)) {
      const size = () => gzipSync(readFileSync(file), { level: 9 }).length;
      if (file.endsWith('.js') || file.endsWith('.mjs')) jsGzip += size();
      else if (file.endsWith('.css')) cssGzip += size();
    }
    rows.push({ app, jsGzip, cssGzip, total: jsGzip + cssGzip });
  }
  return rows;
}

if (require.main === module) {
  for (const row of measureBundles()) {
    console.log(
      `${row.app}: js ${(row.jsGzip / 1024).toFixed(1)} KB + css ${(row.cssGzip / 1024).toFixed(1)} KB = ${(row.total / 1024).toFixed(1)} KB gzipped`,
    );
  }
}
