import { defineConfig } from 'tsup';

// tsup 8.5 injects `baseUrl` into the d.ts build, which TypeScript 6 rejects (TS5101)
// unless deprecations are acknowledged (see shared/toolchain.md §4.6).
// The published entry points: the root and the building-block subpaths (package.json `exports`).
const entry = {
  index: 'src/index.ts',
  'entries/pk': 'src/entries/pk.ts',
  'entries/stats': 'src/entries/stats.ts',
  'entries/dates': 'src/entries/dates.ts',
  'entries/evidence': 'src/entries/evidence.ts',
};
const dts = { entry, compilerOptions: { ignoreDeprecations: '6.0' } };

export default defineConfig([
  {
    // ESM is transpiled file by file (source imports carry `.js`), keeping one output module
    // per source module: with `sideEffects: false`, a consumer's bundler drops whole unused
    // modules, such as the bibliography or route data, with their top-level schema calls.
    entry: ['src/**/*.ts', '!src/cli/bin.ts'],
    format: ['esm'],
    bundle: false,
    dts,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // The executable: Node only, with its shebang; it imports the ESM modules above.
    entry: { 'cli/bin': 'src/cli/bin.ts' },
    format: ['esm'],
    bundle: false,
    sourcemap: true,
    target: 'es2022',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // CommonJS consumers do not tree-shake: one bundled file per entry point, with shared code
    // split into common chunks so that classes such as InvalidInputError stay one class.
    entry,
    format: ['cjs'],
    splitting: true,
    dts,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['zod'],
  },
]);
