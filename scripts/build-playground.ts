/**
 * Bundles the docs playground (docs/playground/playground.ts, which imports the library from
 * src/) with esbuild into one minified browser script, docs/api/assets/playground.js, which the
 * Playground page (docs/playground/playground.md) loads. Runs after typedoc, which empties
 * docs/api. Prints the bundle size, raw and gzipped.
 *
 *   npx tsx scripts/build-playground.ts
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
const SITE = join(ROOT, 'docs', 'api');
const OUT = join(SITE, 'assets', 'playground.js');
const PAGE = join(SITE, 'documents', 'Playground.html');

if (!existsSync(PAGE)) {
  throw new Error(`missing ${relative(ROOT, PAGE)}: run typedoc first`);
}
const html = readFileSync(PAGE, 'utf8');
if (!html.includes('src="../assets/playground.js"') || !html.includes('data-playground')) {
  throw new Error(`${relative(ROOT, PAGE)} has no playground root or does not load the script`);
}
mkdirSync(join(SITE, 'assets'), { recursive: true });

const result = await build({
  entryPoints: [join(ROOT, 'docs', 'playground', 'playground.ts')],
  outfile: OUT,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
if (result.errors.length > 0 || result.warnings.length > 0) process.exit(1);

const bytes = readFileSync(OUT);
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `playground: ${relative(ROOT, OUT)} ${bytes.length} bytes (${kB(bytes.length)}), gzip ${gzipSync(bytes).length} bytes (${kB(gzipSync(bytes).length)})`,
);
