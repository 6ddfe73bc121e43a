import { MEDICINES } from '../data/medicines.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { makeLookup } from '../internal/lookup.js';
import type { RouteId } from '../routes/schema.js';
import type { ExposureEffect, MedicineId, MedicineProfile } from './schema.js';

const medicines: readonly MedicineProfile[] = /* @__PURE__ */ deepFreeze(MEDICINES);
const lookup = /* @__PURE__ */ makeLookup(medicines, 'medicine');

/**
 * All registry entries. Deeply frozen.
 *
 * @example
 * ```ts
 * import { listMedicines } from 'ketamine-relief';
 * listMedicines().filter((m) => m.mechanisms.includes('cyp3a4-inhibitor')).length; // 3
 * ```
 */
export function listMedicines(): readonly MedicineProfile[] {
  return medicines;
}

/**
 * One registry entry. Throws {@link InvalidInputError} for an unknown id.
 *
 * @example
 * ```ts
 * import { getMedicine } from 'ketamine-relief';
 * getMedicine('st-johns-wort').mechanisms; // ['cyp3a4-inducer', …]
 * ```
 */
export function getMedicine(id: MedicineId): MedicineProfile {
  return lookup(id);
}

/**
 * The published exposure effect of a medicine for one route and drug form, or `undefined`
 * when that route was not studied. Ratios are never carried across routes: rifampicin lowers
 * oral S-ketamine AUC by 86% but IV by only 14%.
 *
 * @example
 * ```ts
 * import { exposureEffect } from 'ketamine-relief';
 * exposureEffect('rifampicin', 'intravenous', 'esketamine')?.aucRatio; // 0.86
 * exposureEffect('clarithromycin', 'intravenous', 'esketamine'); // undefined
 * ```
 */
export function exposureEffect(
  id: MedicineId,
  route: RouteId,
  drug: 'racemic' | 'esketamine',
): ExposureEffect | undefined {
  return lookup(id).exposure.find((e) => e.route === route && e.drug === drug);
}
