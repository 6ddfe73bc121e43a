import * as z from 'zod/mini';
import { CitedStatementSchema } from '../evidence/cited.js';
import { type DeepReadonly, EvidenceLevelSchema } from '../evidence/types.js';
import { list } from '../internal/list.js';
import { RouteIdSchema } from '../routes/schema.js';

/**
 * Interacting medicines (and foods) in the registry.
 *
 * @example
 * ```ts
 * import { MedicineIdSchema } from 'ketamine-relief';
 * MedicineIdSchema.parse('clarithromycin');
 * ```
 */
export const MedicineIdSchema = z.enum([
  'clarithromycin',
  'grapefruit-juice',
  'itraconazole',
  'ticlopidine',
  'rifampicin',
  'st-johns-wort',
  'barbiturate',
  'benzodiazepine',
  'lamotrigine',
  'opioid',
  'dextromethorphan',
  'memantine',
  'magnesium',
  'clonidine',
]);

/**
 * A medicine id. See {@link MedicineIdSchema}.
 *
 * @example
 * ```ts
 * import type { MedicineId } from 'ketamine-relief';
 * const m: MedicineId = 'rifampicin';
 * ```
 */
export type MedicineId = z.output<typeof MedicineIdSchema>;

/**
 * How a medicine interacts with ketamine.
 *
 * @example
 * ```ts
 * import { InteractionMechanismSchema } from 'ketamine-relief';
 * InteractionMechanismSchema.parse('cyp3a4-inhibitor');
 * ```
 */
export const InteractionMechanismSchema = z.enum([
  'cyp3a4-inhibitor',
  'cyp2b6-inhibitor',
  'cyp3a4-inducer',
  'cyp2b6-inducer',
  'pharmacodynamic',
]);

/**
 * An interaction mechanism. See {@link InteractionMechanismSchema}.
 *
 * @example
 * ```ts
 * import type { InteractionMechanism } from 'ketamine-relief';
 * const m: InteractionMechanism = 'pharmacodynamic';
 * ```
 */
export type InteractionMechanism = z.output<typeof InteractionMechanismSchema>;

/**
 * A published change in ketamine exposure for one route and drug form: the ratio of
 * ketamine AUC (and Cmax, where given) with the medicine to without it.
 *
 * @example
 * ```ts
 * import { getMedicine } from 'ketamine-relief';
 * const r = getMedicine('rifampicin').exposure.find((e) => e.route === 'intravenous');
 * r?.aucRatio; // 0.86
 * ```
 */
export const ExposureEffectSchema = z.strictObject({
  route: RouteIdSchema,
  drug: z.enum(['racemic', 'esketamine']),
  /** Ketamine AUC with / without the medicine. */
  aucRatio: z.number().check(z.positive()),
  /** Range reported around `aucRatio`, where given. */
  aucRatioRange: z.optional(z.tuple([z.number(), z.number()])),
  /** Ketamine Cmax with / without the medicine, where given. */
  cmaxRatio: z.optional(z.number().check(z.positive())),
  /** Study dose and population. */
  context: z.string(),
  sources: list(z.string()),
  grade: z.optional(EvidenceLevelSchema),
  assumption: z.optional(z.string()),
  note: z.optional(z.string()),
});

/**
 * A route-specific exposure effect. See {@link ExposureEffectSchema}.
 *
 * @example
 * ```ts
 * import { getMedicine, type ExposureEffect } from 'ketamine-relief';
 * const effects: readonly ExposureEffect[] = getMedicine('clarithromycin').exposure;
 * ```
 */
export type ExposureEffect = DeepReadonly<z.output<typeof ExposureEffectSchema>>;

/**
 * Schema of a registry entry.
 *
 * @example
 * ```ts
 * import { MedicineProfileSchema, getMedicine } from 'ketamine-relief';
 * MedicineProfileSchema.parse(getMedicine('ticlopidine')).mechanisms; // ['cyp2b6-inhibitor']
 * ```
 */
export const MedicineProfileSchema = z.strictObject({
  id: MedicineIdSchema,
  label: z.string(),
  /** Pharmacological class, e.g. `macrolide antibiotic`. */
  drugClass: z.string(),
  mechanisms: list(InteractionMechanismSchema),
  /** How the mechanism works, in words, with sources. */
  mechanism: CitedStatementSchema,
  /**
   * Published exposure changes, one per studied route. A route that is not listed has no
   * published data; ratios are never carried from one route to another.
   */
  exposure: list(ExposureEffectSchema),
  /** Effects on analgesia, side effects or relief duration, as published. */
  effects: list(CitedStatementSchema),
});

/**
 * A registry entry (deeply read-only). See {@link MedicineProfileSchema}.
 *
 * @example
 * ```ts
 * import { listMedicines, type MedicineProfile } from 'ketamine-relief';
 * const all: readonly MedicineProfile[] = listMedicines();
 * ```
 */
export type MedicineProfile = DeepReadonly<z.output<typeof MedicineProfileSchema>>;
