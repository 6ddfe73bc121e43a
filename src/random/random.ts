import * as z from 'zod/mini';
import { parseWith } from '../internal/parse.js';
import { deterministicLog } from './deterministic-log.js';
import { SeedSchema } from './seed.js';

const SeedArgs = z.strictObject({ seed: SeedSchema });

/**
 * A seeded pseudo-random source. The same seed gives the same stream, bit for bit, on every
 * platform: the generator (sfc32, seeded through splitmix32) uses 32-bit integer arithmetic,
 * and normal deviates use the polar method with a logarithm built from basic IEEE operations.
 *
 * @example
 * ```ts
 * import { createRandom } from 'ketamine-relief/stats';
 * const rng = createRandom(42);
 * const u = rng.uniform(); // in [0, 1)
 * const z = rng.normal(); // standard normal
 * createRandom(42).uniform() === u; // true
 * ```
 */
export interface Random {
  /** A uniform deviate in [0, 1) with 53 random bits. */
  uniform(): number;
  /** A standard normal deviate. */
  normal(): number;
  /** A 32-bit unsigned integer. */
  uint32(): number;
}

const GOLDEN_GAMMA = 0x9e3779b9;
const MIX_1 = 0x85ebca6b;
const MIX_2 = 0xc2b2ae35;
const SHIFT_1 = 16;
const SHIFT_2 = 13;
const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;
const HIGH_DROP = 6;
const LOW_DROP = 5;
const WARM_UP = 12;

function splitmix32(state: { s: number }): number {
  state.s = (state.s + GOLDEN_GAMMA) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> SHIFT_1), MIX_1);
  z = Math.imul(z ^ (z >>> SHIFT_2), MIX_2);
  return (z ^ (z >>> SHIFT_1)) >>> 0;
}

/**
 * The generator's initial state from a seed: both 32-bit halves of an integer are mixed in,
 * and strings are hashed (FNV-1a) then mixed with a separate constant, so that common seeds do
 * not collide.
 */
function seedState(seed: number | string): { s: number } {
  if (typeof seed === 'string') {
    let h = 0x811c9dc5;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
    const st = { s: h ^ STRING_TAG };
    splitmix32(st);
    return st;
  }
  const high = Math.floor(seed / 0x100000000);
  const low = seed - high * 0x100000000;
  const st = { s: low | 0 };
  const mixed = splitmix32({ s: high | 0 });
  st.s = (st.s ^ mixed) | 0;
  return st;
}

const STRING_TAG = 0x5bd1e995;

/**
 * Creates a seeded random source. Seeds are safe integers or strings (anything else throws
 * {@link ketamine-relief!InvalidInputError}); different seeds give independent-looking streams.
 *
 * @example
 * ```ts
 * import { createRandom } from 'ketamine-relief/stats';
 * const a = createRandom('patient-17');
 * const b = createRandom('patient-17');
 * a.normal() === b.normal(); // true
 * ```
 */
export function createRandom(seed: number | string): Random {
  const init = seedState(parseWith(SeedArgs, { seed }).seed);
  let a = splitmix32(init);
  let b = splitmix32(init);
  let c = splitmix32(init);
  let d = 1;
  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < WARM_UP; i++) uint32();
  const uniform = (): number =>
    ((uint32() >>> LOW_DROP) * TWO_POW_26 + (uint32() >>> HIGH_DROP)) / TWO_POW_53;
  let spare: number | undefined;
  const normal = (): number => {
    if (spare !== undefined) {
      const z = spare;
      spare = undefined;
      return z;
    }
    for (;;) {
      const u = 2 * uniform() - 1;
      const v = 2 * uniform() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const k = Math.sqrt((-2 * deterministicLog(s)) / s);
        spare = v * k;
        return u * k;
      }
    }
  };
  return { uniform, normal, uint32 };
}
