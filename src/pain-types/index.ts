import { PAIN_TYPES } from '../data/pain-types.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { makeLookup } from '../internal/lookup.js';
import type { PainTypeId, PainTypeProfile } from './schema.js';

const painTypes: readonly PainTypeProfile[] = /* @__PURE__ */ deepFreeze(PAIN_TYPES);
const lookup = /* @__PURE__ */ makeLookup(painTypes, 'painType');

/**
 * All pain type profiles, acute first. Deeply frozen.
 *
 * @example
 * ```ts
 * import { listPainTypes } from 'ketamine-relief';
 * listPainTypes().filter((p) => p.lastingRelief.strength === 'moderate').map((p) => p.id); // ['crps']
 * ```
 */
export function listPainTypes(): readonly PainTypeProfile[] {
  return painTypes;
}

/**
 * The profile of one pain type. Throws {@link InvalidInputError} for an unknown id.
 *
 * @example
 * ```ts
 * import { getPainType } from 'ketamine-relief';
 * getPainType('cancer').shortTermRelief.strength; // 'negative'
 * ```
 */
export function getPainType(id: PainTypeId): PainTypeProfile {
  return lookup(id);
}
