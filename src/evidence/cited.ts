import * as z from 'zod/mini';
import { list } from '../internal/list.js';
import { type DeepReadonly, EvidenceLevelSchema } from './types.js';

/**
 * Units used by cited quantities: times, a bioavailable fraction (0–1), concentrations,
 * ratios and probabilities.
 *
 * @example
 * ```ts
 * import { MeasureUnitSchema } from 'ketamine-relief';
 * MeasureUnitSchema.parse('minute');
 * ```
 */
export const MeasureUnitSchema = z.enum([
  'minute',
  'hour',
  'day',
  'week',
  'fraction',
  'ng/mL',
  'ratio',
  'probability',
]);

/**
 * A unit of a cited quantity. See {@link MeasureUnitSchema}.
 *
 * @example
 * ```ts
 * import type { MeasureUnit } from 'ketamine-relief';
 * const unit: MeasureUnit = 'hour';
 * ```
 */
export type MeasureUnit = z.output<typeof MeasureUnitSchema>;

/**
 * Provenance shared by every cited value: the bibliography ids it rests on, the evidence level
 * of the strongest of them, and, for anything no source states directly (derived, calibrated
 * or a modelling choice), an `assumption` that gives the reason.
 */
const provenance = {
  /** Bibliography ids (see {@link getSource}). May be empty only when `assumption` is set. */
  sources: list(z.string()),
  /** Level of the strongest cited source. */
  grade: z.optional(EvidenceLevelSchema),
  /** Present when the value is not stated directly by a source: the reason it was chosen. */
  assumption: z.optional(z.string()),
  note: z.optional(z.string()),
};

/**
 * A literature range `[low, high]` with its unit, the setting it was observed in, and its
 * provenance.
 *
 * @example
 * ```ts
 * import { CitedRangeSchema } from 'ketamine-relief';
 * CitedRangeSchema.parse({
 *   kind: 'range', low: 1, high: 5, unit: 'minute', context: 'IV 0.3 mg/kg',
 *   sources: ['miller-2015'], grade: 'B',
 * });
 * ```
 */
export const CitedRangeSchema = z
  .strictObject({
    kind: z.literal('range'),
    low: z.number(),
    high: z.number(),
    unit: MeasureUnitSchema,
    /** Dose, population and setting in which the range was observed. */
    context: z.string(),
    ...provenance,
  })
  .check(z.refine((r) => r.low <= r.high, { message: 'low must not exceed high', path: ['high'] }));

/**
 * A cited literature range. See {@link CitedRangeSchema}.
 *
 * @example
 * ```ts
 * import { getRoute, type CitedRange } from 'ketamine-relief';
 * const onset = getRoute('intranasal').onset as CitedRange;
 * console.log(onset.low, onset.high, onset.unit);
 * ```
 */
export type CitedRange = DeepReadonly<z.output<typeof CitedRangeSchema>>;

/**
 * A recorded gap: the literature located so far gives no usable value. Sources, where present,
 * are what was found instead (for example animal data).
 *
 * @example
 * ```ts
 * import { EvidenceGapSchema } from 'ketamine-relief';
 * EvidenceGapSchema.parse({ kind: 'gap', reason: 'No human data located', sources: [] });
 * ```
 */
export const EvidenceGapSchema = z.strictObject({
  kind: z.literal('gap'),
  reason: z.string(),
  sources: list(z.string()),
});

/**
 * An evidence gap. See {@link EvidenceGapSchema}.
 *
 * @example
 * ```ts
 * import { getRoute } from 'ketamine-relief';
 * const f = getRoute('topical').bioavailability;
 * if (f.kind === 'gap') console.log(f.reason);
 * ```
 */
export type EvidenceGap = DeepReadonly<z.output<typeof EvidenceGapSchema>>;

/**
 * Either a cited range or a recorded gap.
 *
 * @example
 * ```ts
 * import { MeasureSchema } from 'ketamine-relief';
 * MeasureSchema.parse({ kind: 'gap', reason: 'not studied', sources: [] }).kind; // 'gap'
 * ```
 */
export const MeasureSchema = z.discriminatedUnion('kind', [CitedRangeSchema, EvidenceGapSchema]);

/**
 * A cited range or a gap. See {@link MeasureSchema}.
 *
 * @example
 * ```ts
 * import { getRoute, type Measure } from 'ketamine-relief';
 * const m: Measure = getRoute('oral').bioavailability;
 * console.log(m.kind === 'range' ? `${m.low}–${m.high}` : m.reason);
 * ```
 */
export type Measure = DeepReadonly<z.output<typeof MeasureSchema>>;

/**
 * A cited statement without a number (a finding, a guideline grade, a mechanism).
 *
 * @example
 * ```ts
 * import { CitedStatementSchema } from 'ketamine-relief';
 * CitedStatementSchema.parse({ text: 'Relief follows plasma levels', sources: ['noppers-2011-fibromyalgia'] });
 * ```
 */
export const CitedStatementSchema = z.strictObject({
  text: z.string(),
  ...provenance,
});

/**
 * A cited statement. See {@link CitedStatementSchema}.
 *
 * @example
 * ```ts
 * import { getPainType } from 'ketamine-relief';
 * console.log(getPainType('crps').lastingRelief.summary.text);
 * ```
 */
export type CitedStatement = DeepReadonly<z.output<typeof CitedStatementSchema>>;
