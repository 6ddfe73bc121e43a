import * as z from 'zod/mini';
import { CitedRangeSchema, CitedStatementSchema, MeasureSchema } from '../evidence/cited.js';
import type { DeepReadonly } from '../evidence/types.js';
import { list } from '../internal/list.js';

/**
 * Pain types the library models.
 *
 * @example
 * ```ts
 * import { PainTypeIdSchema } from 'ketamine-relief';
 * PainTypeIdSchema.parse('crps'); // 'crps'
 * ```
 */
export const PainTypeIdSchema = z.enum([
  'acute-postoperative',
  'acute-trauma',
  'crps',
  'neuropathic',
  'spinal-cord-injury',
  'phantom-limb',
  'postherpetic-neuralgia',
  'orofacial-neuropathic',
  'fibromyalgia',
  'cancer',
  'migraine',
  'chronic-low-back',
  'mixed-refractory',
  'sickle-cell-crisis',
  'ischemic-limb',
]);

/**
 * A pain type id. See {@link PainTypeIdSchema}.
 *
 * @example
 * ```ts
 * import type { PainTypeId } from 'ketamine-relief';
 * const pain: PainTypeId = 'fibromyalgia';
 * ```
 */
export type PainTypeId = z.output<typeof PainTypeIdSchema>;

/**
 * Strength of evidence as a guideline (or, failing one, the project) grades it.
 * `'negative'` means controlled trials found no benefit over placebo.
 *
 * @example
 * ```ts
 * import { EvidenceStrengthSchema } from 'ketamine-relief';
 * EvidenceStrengthSchema.parse('moderate');
 * ```
 */
export const EvidenceStrengthSchema = z.enum(['moderate', 'weak', 'none', 'negative']);

/**
 * An evidence strength. See {@link EvidenceStrengthSchema}.
 *
 * @example
 * ```ts
 * import type { EvidenceStrength } from 'ketamine-relief';
 * const s: EvidenceStrength = 'weak';
 * ```
 */
export type EvidenceStrength = z.output<typeof EvidenceStrengthSchema>;

/**
 * What is known about one horizon of relief (short-term or lasting) for a pain type.
 *
 * @example
 * ```ts
 * import { getPainType } from 'ketamine-relief';
 * getPainType('crps').lastingRelief.strength; // 'moderate'
 * ```
 */
export const ReliefEvidenceSchema = z.strictObject({
  strength: EvidenceStrengthSchema,
  /** Who graded it: a guideline (cited in `summary.sources`) or the project (an assumption). */
  gradedBy: z.enum(['guideline', 'project']),
  summary: CitedStatementSchema,
});

/**
 * Schema of a pain type profile.
 *
 * @example
 * ```ts
 * import { PainTypeProfileSchema, getPainType } from 'ketamine-relief';
 * PainTypeProfileSchema.parse(getPainType('cancer')).id; // 'cancer'
 * ```
 */
export const PainTypeProfileSchema = z.strictObject({
  id: PainTypeIdSchema,
  label: z.string(),
  category: z.enum(['acute', 'chronic']),
  shortTermRelief: ReliefEvidenceSchema,
  lastingRelief: ReliefEvidenceSchema,
  /** How long relief lasts after the end of treatment, as reported, or a gap. */
  reliefDuration: MeasureSchema,
  /** Share of patients who respond, where reported (probability 0–1). */
  responders: list(CitedRangeSchema),
  notes: list(CitedStatementSchema),
});

/**
 * A pain type profile (deeply read-only). See {@link PainTypeProfileSchema}.
 *
 * @example
 * ```ts
 * import { listPainTypes, type PainTypeProfile } from 'ketamine-relief';
 * const all: readonly PainTypeProfile[] = listPainTypes();
 * ```
 */
export type PainTypeProfile = DeepReadonly<z.output<typeof PainTypeProfileSchema>>;
