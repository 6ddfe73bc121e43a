import { defineConfig } from 'tsup';

// tsup 8.5 injects `baseUrl` into the d.ts build, which TypeScript 6 rejects (TS5101)
// unless deprecations are acknowledged (see shared/toolchain.md §4.6).
const dtsOptions = { compilerOptions: { ignoreDeprecations: '6.0' } };

export default defineConfig([
  {
    // ESM keeps one output per source module (every file is an entry, shared code is split),
    // so that with `sideEffects: false` a consumer's bundler drops whole unused modules, such
    // as the bibliography or the route data, together with their top-level schema calls.
    entry: ['src/**/*.ts'],
    format: ['esm'],
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = '_chunks/[name]-[hash]';
    },
    dts: { entry: { index: 'src/index.ts' }, ...dtsOptions },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['zod'],
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' }, ...dtsOptions },
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['zod'],
  },
]);
