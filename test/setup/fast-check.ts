// Fixes fast-check's seed so that every run, on any machine, draws the same cases.
// `FC_SEED=<int>` varies it; `npm run test:seeds -- <count>` runs the properties under many seeds.
import fc from 'fast-check';

const DEFAULT_SEED = 20261201;
const raw = process.env.FC_SEED;
const seed = raw === undefined || raw === '' ? DEFAULT_SEED : Number(raw);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${raw}`);
fc.configureGlobal({ seed });
