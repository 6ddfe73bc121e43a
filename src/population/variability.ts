import type { VariedParameter } from '../pk-models/catalogue.js';

/** A reported variability, as in the data. */
interface Reported {
  readonly kind: 'cv' | 'omega2' | 'logit-sd';
  readonly value: number;
}

/**
 * Standard deviation of the log-scale (or, for `logit-sd`, logit-scale) random effect:
 * a CV becomes sqrt(ln(1 + CV²)), a variance ω² becomes ω.
 * @internal
 */
export function toEtaSd(v: Reported): number {
  if (v.kind === 'omega2') return Math.sqrt(v.value);
  if (v.kind === 'cv') return Math.sqrt(Math.log1p(v.value * v.value));
  return v.value;
}

/**
 * Log- (and for `f`, logit-) scale SDs for each varied parameter; `ka2` is the swallowed
 * path's absorption rate. @internal
 */
export type EtaSds = Partial<Record<VariedParameter | 'ka2', number>>;
