import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // tsup 8.5 injects `baseUrl` into the d.ts build, which TypeScript 6 rejects (TS5101)
  // unless deprecations are acknowledged (see shared/toolchain.md §4.6).
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: false,
  external: ['zod'],
});
