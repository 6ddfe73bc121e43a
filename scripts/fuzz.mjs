// Runs the fuzz suite (vitest project `fuzz`), optionally deeper or under another seed.
//   npm run fuzz                          the CI run: at least 100 000 calls, the fixed seed
//   npm run fuzz -- --runs 1000000        at least N calls (every numRuns scaled by N / 100 000)
//   npm run fuzz -- --seed 7              another fast-check seed (FC_SEED)
// Other arguments go to vitest (e.g. a file filter, or `-t humanize`).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const env = { ...process.env };
const rest = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  const [flag, inline] = arg.split('=', 2);
  if (flag !== '--runs' && flag !== '--seed') {
    rest.push(arg);
    continue;
  }
  const value = inline ?? args[++i];
  if (value === undefined || !/^-?\d+$/.test(value)) {
    console.error(`${flag} needs a whole number`);
    process.exit(2);
  }
  if (flag === '--runs') {
    if (Number(value) < 1) {
      console.error('--runs must be at least 1');
      process.exit(2);
    }
    env.FUZZ_RUNS = value;
    delete env.FUZZ_RUNS_SCALE;
  } else {
    env.FC_SEED = value;
  }
}
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--project', 'fuzz', ...rest],
  { stdio: 'inherit', env },
);
process.exit(run.status ?? 1);
