import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/entries/stats';
import { InvalidInputError } from '../../src/index';
import { deterministicLog } from '../../src/random/deterministic-log';

describe('createRandom', () => {
  it('gives a fixed stream for a fixed seed (the same on every platform)', () => {
    const r = createRandom(42);
    // Pinned values: integer arithmetic only, so these are exact everywhere.
    expect([r.uint32(), r.uint32(), r.uint32()]).toMatchInlineSnapshot(`
      [
        2737435346,
        901506917,
        4216807374,
      ]
    `);
    const n = createRandom('clinic');
    expect([n.normal(), n.normal()].map((x) => x.toFixed(15))).toMatchInlineSnapshot(`
      [
        "-0.946065532907333",
        "-0.242872185888602",
      ]
    `);
  });

  test.prop([fc.oneof(fc.integer(), fc.string())])('same seed, same stream', (seed) => {
    const a = createRandom(seed);
    const b = createRandom(seed);
    for (let i = 0; i < 20; i++) {
      expect(a.uniform()).toBe(b.uniform());
      expect(a.normal()).toBe(b.normal());
    }
  });

  test.prop([fc.integer(), fc.integer()])('different seeds diverge', (s1, s2) => {
    fc.pre(s1 !== s2);
    const a = createRandom(s1);
    const b = createRandom(s2);
    const same = Array.from({ length: 8 }, () => a.uint32() === b.uint32()).filter(Boolean).length;
    expect(same).toBeLessThan(8);
  });

  it('common seeds do not collide, and malformed seeds are rejected', () => {
    const first = (seed: number | string) => createRandom(seed).uint32();
    expect(first(1)).not.toBe(first(2 ** 32));
    expect(first(0)).not.toBe(first(2 ** 32 + 1));
    expect(first(-1)).not.toBe(first(2 ** 32 - 1));
    expect(first('')).not.toBe(first(2166136261));
    expect(first('1')).not.toBe(first(1));
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(() => createRandom(bad)).toThrow(InvalidInputError);
    }
  });

  it('uniforms lie in [0, 1) and look uniform (Kolmogorov–Smirnov)', () => {
    const r = createRandom(7);
    const n = 20000;
    const xs = Float64Array.from({ length: n }, () => r.uniform()).sort();
    let d = 0;
    xs.forEach((x, i) => {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      d = Math.max(d, Math.abs((i + 1) / n - x), Math.abs(x - i / n));
    });
    expect(d).toBeLessThan(1.63 / Math.sqrt(n)); // 1 % critical value
  });

  it('normals have mean 0 and variance 1', () => {
    const r = createRandom(11);
    const n = 50000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      sum += z;
      sq += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(sq / n - 1)).toBeLessThan(0.03);
  });
});

describe('deterministicLog', () => {
  test.prop([fc.double({ min: 2.2250738585072014e-308, max: Number.MAX_VALUE, noNaN: true })])(
    'agrees with Math.log to a few ulps on normal (non-subnormal) numbers',
    (x) => {
      const exact = Math.log(x);
      expect(Math.abs(deterministicLog(x) - exact)).toBeLessThanOrEqual(
        4 * Number.EPSILON * Math.max(1, Math.abs(exact)),
      );
    },
  );
});
