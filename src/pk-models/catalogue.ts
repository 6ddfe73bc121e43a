import { ABSORPTION } from '../data/absorption.js';
import { DISPOSITION_MODELS } from '../data/pk-models.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { makeLookup } from '../internal/lookup.js';
import { parseWith } from '../internal/parse.js';
import type { RouteId } from '../routes/schema.js';
import { RouteAndDrug } from '../routes/schema.js';
import type { Absorption, DispositionModel } from './schema.js';

/**
 * Parameters that may carry between-subject variability.
 *
 * @example
 * ```ts
 * import type { VariedParameter } from 'ketamine-relief/pk';
 * const p: VariedParameter = 'cl';
 * ```
 */
export type VariedParameter = 'cl' | 'v1' | 'q2' | 'v2' | 'q3' | 'v3' | 'ka' | 'f' | 'ke0';

const models: readonly DispositionModel[] = /* @__PURE__ */ deepFreeze(DISPOSITION_MODELS);
const absorption: readonly Absorption[] = /* @__PURE__ */ deepFreeze(ABSORPTION);
const lookup = /* @__PURE__ */ makeLookup(models, 'model');

/**
 * The published disposition (IV) models, each with its provenance and validated range.
 *
 * @example
 * ```ts
 * import { listPkModels } from 'ketamine-relief/pk';
 * listPkModels().map((m) => m.id); // ['domino-1984', 'herd-2007', 'fanta-2015', 'simons-2022', 'perez-ruixo-2021', 'fanta-2015-racemic', 'simons-2022-racemic', 'herd-2007-adult']
 * ```
 */
export function listPkModels(): readonly DispositionModel[] {
  return models;
}

/**
 * One disposition model by id. Throws {@link ketamine-relief!InvalidInputError} for an unknown id.
 *
 * @example
 * ```ts
 * import { getPkModel } from 'ketamine-relief/pk';
 * getPkModel('fanta-2015').drug; // 'esketamine'
 * ```
 */
export function getPkModel(id: string): DispositionModel {
  return lookup(id);
}

/**
 * Absorption parameters for every route and drug form with data (topical has none).
 *
 * @example
 * ```ts
 * import { listAbsorption } from 'ketamine-relief/pk';
 * listAbsorption().some((a) => a.route === 'topical'); // false
 * ```
 */
export function listAbsorption(): readonly Absorption[] {
  return absorption;
}

/**
 * Absorption parameters for a route and drug form, or `undefined` when none are recorded
 * (intravenous needs none; topical has no systemic PK data).
 *
 * @example
 * ```ts
 * import { getAbsorption } from 'ketamine-relief/pk';
 * getAbsorption('intranasal', 'esketamine')?.f.value;
 * getAbsorption('topical', 'racemic'); // undefined
 * ```
 */
export function getAbsorption(
  route: RouteId,
  drug: 'racemic' | 'esketamine',
): Absorption | undefined {
  parseWith(RouteAndDrug, { route, drug });
  return absorption.find((a) => a.route === route && a.drug === drug);
}
