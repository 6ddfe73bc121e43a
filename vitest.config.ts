import { defineConfig } from 'vitest/config';

// Timeouts are sized for a CI machine three times slower than a developer's, with one core.
// `unit`: everything fast. `reference`: checks against independent ODE solutions, which are
// slow by design. `fuzz`: the bounded-input fuzz suite (`npm run fuzz -- --runs N` for more).
const setupFiles = ['test/setup/fast-check.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.reference.test.ts', 'test/fuzz/**'],
          setupFiles,
          testTimeout: 30_000,
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
        },
      },
      {
        test: {
          name: 'reference',
          include: ['test/**/*.reference.test.ts'],
          setupFiles,
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'fuzz',
          include: ['test/fuzz/**/*.fuzz.test.ts'],
          setupFiles,
          testTimeout: 300_000,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Process wiring only; run as a subprocess by test/cli/bin.test.ts, which v8 cannot see.
      exclude: ['src/cli/bin.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 90, functions: 90, branches: 90, statements: 90 },
    },
  },
});
