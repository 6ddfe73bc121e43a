// Runs vitest (with coverage and any extra arguments), then prints the plain closing line
// `N passed, N failed` from its JSON report. Exits non-zero if vitest did (failed tests,
// coverage below threshold, type-test errors) or if the report is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = 'reports/vitest.json';
rmSync(report, { force: true });
const run = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    // The unit and reference projects; the fuzz suite runs without coverage (`npm run fuzz`).
    '--project',
    'unit',
    '--project',
    'reference',
    '--coverage',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
if (!existsSync(report)) {
  console.error('vitest wrote no report');
  process.exit(run.status || 1);
}
const r = JSON.parse(readFileSync(report, 'utf8'));
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);
process.exit(run.status || (r.numFailedTests > 0 ? 1 : 0));
