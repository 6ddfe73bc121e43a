import * as z from 'zod/mini';
import { ARGUMENT_LIMITS } from '../data/input-limits.js';
import { parseWith } from '../internal/parse.js';
import { prepareModel, simulateSorted, toEvents } from './engine.js';
import { type DoseEvent, type PkParams, SimulationInputSchema } from './schema.js';

/**
 * Concentrations from {@link simulatePk}, in mg/L (= µg/mL), in the order of the requested
 * times. `effect` is present when the parameters include `ke0`.
 *
 * @example
 * ```ts
 * import { simulatePk, type PkCurves } from 'ketamine-relief/pk';
 * const out: PkCurves = simulatePk({ v1: 10, cl: 1 }, [], [0]);
 * out.central; // [0]
 * ```
 */
export interface PkCurves {
  central: number[];
  effect?: number[];
}

/**
 * Exact concentrations of a linear 1-, 2- or 3-compartment model with an optional absorption
 * depot and effect compartment, for any schedule of boluses, zero-order infusions and depot
 * doses. Closed form (no numerical integration): the state is carried from event to event.
 * A sample at the same instant as a bolus reports the value just before the bolus.
 * Throws {@link ketamine-relief!InvalidInputError} for malformed parameters, doses or times.
 *
 * @param params - volumes in L, clearances and flows in L/min, `ka` and `ke0` in 1/min.
 * @param doses - amounts in mg, times in minutes.
 * @param times - sample times in minutes, in any order.
 * @example
 * ```ts
 * import { simulatePk, mgPerLToNgPerMl } from 'ketamine-relief/pk';
 * // 20 mg IV bolus into a one-compartment model: C(0+) = 20 mg / 10 L = 2 mg/L.
 * const { central } = simulatePk({ v1: 10, cl: 1 }, [{ atMinute: 0, amountMg: 20, into: 'central' }], [0, 1e-9]);
 * central[0]; // 0
 * Math.round(mgPerLToNgPerMl(central[1] ?? 0)); // 2000
 * ```
 */
export function simulatePk(
  params: PkParams,
  doses: readonly DoseEvent[],
  times: readonly number[],
): PkCurves {
  const input = parseWith(SimulationInputSchema, { params, doses, times });
  const model = prepareModel(input.params);
  const given = Float64Array.from(input.times);
  const order = Array.from(given.keys()).sort(
    (a, b) => (given[a] as number) - (given[b] as number),
  );
  const sorted = Float64Array.from(order, (i) => given[i] as number);
  const central = new Float64Array(sorted.length);
  const effect = model.ke0 > 0 ? new Float64Array(sorted.length) : undefined;
  simulateSorted(model, toEvents(model, input.doses), sorted, central, effect);
  const unsort = (src: Float64Array) => {
    const outArr = new Array<number>(src.length);
    order.forEach((i, k) => {
      outArr[i] = src[k] as number;
    });
    return outArr;
  };
  return effect
    ? { central: unsort(central), effect: unsort(effect) }
    : { central: unsort(central) };
}

/**
 * Converts a concentration from mg/L (µg/mL) to ng/mL.
 *
 * @example
 * ```ts
 * import { mgPerLToNgPerMl } from 'ketamine-relief/pk';
 * mgPerLToNgPerMl(0.15); // 150
 * ```
 */
export function mgPerLToNgPerMl(mgPerL: number): number {
  return parseWith(ConcentrationArgs, { mgPerL }).mgPerL * MG_PER_L_TO_NG_PER_ML;
}

/** Far above any concentration a bounded dose can give; keeps the result finite. */
const MAX_MG_PER_L = ARGUMENT_LIMITS.maxMagnitude;
const ConcentrationArgs = z.strictObject({
  mgPerL: z.number().check(z.gte(-MAX_MG_PER_L), z.lte(MAX_MG_PER_L)),
});

/** ng/mL per mg/L. @internal */
export const MG_PER_L_TO_NG_PER_ML = 1000;
