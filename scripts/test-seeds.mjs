// Runs the property tests (every file that uses fast-check) under many random fast-check seeds,
// for a deeper search than CI's fixed seed. Usage: `npm run test:seeds -- [count]` (default 20).
// Each failing seed is printed so it can be replayed with `FC_SEED=<seed> npx vitest run`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const count = Number(process.argv[2] ?? 20);
if (!Number.isInteger(count) || count < 1 || count > 10_000) {
  console.error('count must be a whole number from 1 to 10000');
  process.exit(2);
}
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'fuzz') walk(p); // the fuzz suite has its own: npm run fuzz -- --seed S
    } else if (/\.test\.ts$/.test(e.name) && /@fast-check\/vitest/.test(readFileSync(p, 'utf8')))
      files.push(p);
  }
};
walk('test');
const failed = [];
for (let i = 0; i < count; i++) {
  const seed = Math.floor(Math.random() * 2 ** 31);
  const run = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--reporter=dot', ...files],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FC_SEED: String(seed) } },
  );
  const ok = run.status === 0;
  console.log(`seed ${seed}: ${ok ? 'pass' : 'FAIL'}`);
  if (!ok) {
    failed.push(seed);
    process.stdout.write(run.stdout.toString().split('\n').slice(-60).join('\n'));
  }
}
console.log(`${count - failed.length} passed, ${failed.length} failed`);
if (failed.length) console.log(`failing seeds: ${failed.join(' ')}`);
process.exit(failed.length ? 1 : 0);
