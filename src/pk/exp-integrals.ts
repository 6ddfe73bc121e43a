/**
 * Exact integrals of exponential convolutions, evaluated without cancellation when rates
 * coincide. These are the input terms of the closed-form solution.
 * @internal
 */

/** φ(d) = (1 − e^(−d)) / d for d ≥ 0, with φ(0) = 1. */
function phi(d: number): number {
  return d === 0 ? 1 : -Math.expm1(-d) / d;
}

/** φ′(d), by series near 0 where the closed form cancels. */
function phiPrime(d: number): number {
  if (d < 1e-2) {
    return -1 / 2 + d / 3 - (d * d) / 8 + (d * d * d) / 30 - (d * d * d * d) / 144;
  }
  return (Math.exp(-d) * (1 + d) - 1) / (d * d);
}

/**
 * ∫₀ᵗ e^(−a(t−s)) e^(−b s) ds: the response at `t` of a first-order process with rate `a`
 * to an exponential input with rate `b` (either may be 0, a constant input).
 */
export function expConv1(a: number, b: number, t: number): number {
  const lo = Math.min(a, b);
  const d = Math.abs(a - b) * t;
  return Math.exp(-lo * t) * t * phi(d);
}

/**
 * ∫∫ over u + v ≤ t of e^(−a(t−u−v)) e^(−b u) e^(−c v): the two-stage convolution of three
 * exponentials (for example depot → central mode → effect site). Symmetric in a, b, c.
 */
export function expConv2(a: number, b: number, c: number, t: number): number {
  let p = a;
  let q = b;
  let r = c;
  if (p > q) [p, q] = [q, p];
  if (q > r) [q, r] = [r, q];
  if (p > q) [p, q] = [q, p];
  const x = (q - p) * t;
  const y = (r - p) * t;
  const gap = y - x;
  const psi = gap < 1e-5 * (1 + x) ? -phiPrime((x + y) / 2) : (phi(x) - phi(y)) / gap;
  return Math.exp(-p * t) * t * t * psi;
}
