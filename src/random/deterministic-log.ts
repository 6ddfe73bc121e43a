/**
 * Natural logarithm from IEEE-754 basic operations only (+, −, ×, ÷ and exponent extraction),
 * so that its result is bit-identical on every JavaScript engine. `Math.log` is not required
 * to be correctly rounded, and engines may differ in the last bit.
 * @internal
 */
const view = new DataView(new ArrayBuffer(8));
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const EXPONENT_BIAS = 1023;
const MANTISSA_BITS_HIGH = 20;
const EXPONENT_MASK = 0x7ff;
const ONE_EXPONENT_WORD = 0x3ff00000;
const MANTISSA_MASK_HIGH = 0x000fffff;
const SERIES_TERMS = 30;

/** ln(x) for finite, normal (not subnormal) x > 0: the generator never passes anything else. */
export function deterministicLog(x: number): number {
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  let k = ((high >>> MANTISSA_BITS_HIGH) & EXPONENT_MASK) - EXPONENT_BIAS;
  view.setUint32(0, (high & MANTISSA_MASK_HIGH) | ONE_EXPONENT_WORD);
  let m = view.getFloat64(0); // mantissa in [1, 2)
  if (m > Math.SQRT2) {
    m /= 2;
    k += 1;
  }
  // ln(m) = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.172: the odd series converges fast.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let term = s;
  let sum = 0;
  for (let i = 1; i <= 2 * SERIES_TERMS; i += 2) {
    sum += term / i;
    term *= s2;
  }
  return k * LN2_HI + (2 * sum + k * LN2_LO);
}
