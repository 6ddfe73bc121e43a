/**
 * `ketamine-relief/pk`: the pharmacokinetic building blocks under the estimators — the
 * compartment simulator, the cited PK model and absorption catalogues, the medicine-exposure
 * effect and dose-unit helpers. For PK work; most users need only the root entry.
 *
 * Results are estimates for information. This library is not a dosing device.
 *
 * @module pk
 */

export { exposureEffect } from '../medicines/index.js';
export {
  type DoseEvent,
  DoseEventSchema,
  type PkParams,
  PkParamsSchema,
  SimulationInputSchema,
} from '../pk/schema.js';
export { mgPerLToNgPerMl, type PkCurves, simulatePk } from '../pk/simulate.js';
export {
  getAbsorption,
  getPkModel,
  listAbsorption,
  listPkModels,
  type VariedParameter,
} from '../pk-models/catalogue.js';
export {
  type Absorption,
  AbsorptionSchema,
  CitedValueSchema,
  type DispositionModel,
  DispositionModelSchema,
  VariabilitySchema,
  VariedParameterSchema,
} from '../pk-models/schema.js';
export { isPerKgUnit, isRateUnit } from '../regimen/schema.js';
