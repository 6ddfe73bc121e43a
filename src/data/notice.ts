/** The statement every estimate carries (clinical prose, so it lives with the data). */

/**
 * The notice every estimate carries.
 *
 * @example
 * ```ts
 * import { NOT_A_DOSING_DEVICE } from 'ketamine-relief';
 * NOT_A_DOSING_DEVICE.startsWith('Estimate for information'); // true
 * ```
 */
export const NOT_A_DOSING_DEVICE =
  'Estimate for information only, from published studies; not a dosing device and not a substitute for clinical judgement.';
