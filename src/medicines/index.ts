import { MEDICINE_EXPOSURE } from '../data/medicine-exposure.js';
import { MEDICINES } from '../data/medicines.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { makeLookup, unknownId } from '../internal/lookup.js';
import { parseWith } from '../internal/parse.js';
import type { RouteId } from '../routes/schema.js';
import { RouteAndDrug } from '../routes/schema.js';
import type { ExposureEffect, MedicineId, MedicineProfile } from './schema.js';

// Built and frozen on first use, so that bundles that only need exposure ratios do not carry
// the registry's text.
let medicines: readonly MedicineProfile[] | undefined;
let find: ((id: string) => MedicineProfile) | undefined;

function registry(): readonly MedicineProfile[] {
  medicines ??= deepFreeze(MEDICINES.map((m) => ({ ...m, exposure: MEDICINE_EXPOSURE[m.id] })));
  return medicines;
}

function lookup(id: string): MedicineProfile {
  find ??= makeLookup(registry(), 'medicine');
  return find(id);
}

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
  return registry();
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
 * import { exposureEffect } from 'ketamine-relief/pk';
 * exposureEffect('rifampicin', 'intravenous', 'esketamine')?.aucRatio; // 0.86
 * exposureEffect('clarithromycin', 'intravenous', 'esketamine'); // undefined
 * ```
 */
export function exposureEffect(
  id: MedicineId,
  route: RouteId,
  drug: 'racemic' | 'esketamine',
): ExposureEffect | undefined {
  const effects =
    typeof id === 'string' && Object.hasOwn(MEDICINE_EXPOSURE, id)
      ? MEDICINE_EXPOSURE[id]
      : undefined;
  if (!effects) {
    throw unknownId('medicine', id, Object.keys(MEDICINE_EXPOSURE));
  }
  parseWith(RouteAndDrug, { route, drug });
  return effects.find((e) => e.route === route && e.drug === drug);
}
