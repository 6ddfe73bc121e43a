import * as z from 'zod/mini';
import { INPUT_LIMITS } from '../data/input-limits.js';
import { addIssue } from '../internal/issue.js';
import { routeSupports } from '../routes/index.js';
import { MethodSchema, RouteIdSchema } from '../routes/schema.js';
import { DurationSchema, totalMinutes } from './duration.js';

const LIMITS = INPUT_LIMITS;
const MAX_AMOUNT = Math.max(...Object.values(LIMITS.doseAmount.max));
const MINUTES_PER_HOUR = 60;

/**
 * Dose units: `mg` or `mg/kg` for an amount, `mg/h` or `mg/kg/h` for an infusion rate.
 *
 * @example
 * ```ts
 * import { DoseUnitSchema } from 'ketamine-relief';
 * DoseUnitSchema.parse('mg/kg/h');
 * ```
 */
export const DoseUnitSchema = z.enum(['mg', 'mg/kg', 'mg/h', 'mg/kg/h']);

/**
 * A dose unit. See {@link DoseUnitSchema}.
 *
 * @example
 * ```ts
 * import type { DoseUnit } from 'ketamine-relief';
 * const unit: DoseUnit = 'mg/kg';
 * ```
 */
export type DoseUnit = z.output<typeof DoseUnitSchema>;

const RATE_UNITS: ReadonlySet<DoseUnit> = new Set(['mg/h', 'mg/kg/h']);

/**
 * Whether a dose unit is a rate (`mg/h`, `mg/kg/h`) rather than an amount.
 *
 * @example
 * ```ts
 * import { isRateUnit } from 'ketamine-relief/pk';
 * isRateUnit('mg/kg/h'); // true
 * ```
 */
export function isRateUnit(unit: DoseUnit): boolean {
  return RATE_UNITS.has(unit);
}

/**
 * Whether a dose unit is per kilogram of body weight.
 *
 * @example
 * ```ts
 * import { isPerKgUnit } from 'ketamine-relief/pk';
 * isPerKgUnit('mg/kg'); // true
 * ```
 */
export function isPerKgUnit(unit: DoseUnit): boolean {
  return unit === 'mg/kg' || unit === 'mg/kg/h';
}

/**
 * One session's dose. `{ amount, unit: 'mg' | 'mg/kg' }` is given at once (a bolus);
 * `{ amount, unit: 'mg/h' | 'mg/kg/h', over }` is an infusion at that rate for `over`;
 * `{ amount, unit: 'mg' | 'mg/kg', over }` is that total given evenly over `over`.
 * A rate without `over` is rejected.
 *
 * Bounds (`INPUT_LIMITS`, malformed input beyond them): `amount` from 0.001 up to 10 000 mg,
 * 100 mg/kg, 2000 mg/h or 20 mg/kg/h; `over` from 1 minute to 30 days; one session delivers at
 * most 100 000 mg or 1000 mg/kg. Guideline ceilings, far lower, give warnings instead.
 *
 * @example
 * ```ts
 * import { DoseSchema } from 'ketamine-relief';
 * DoseSchema.parse({ amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } });
 * ```
 */
export const DoseSchema = z
  .strictObject({
    amount: z.number().check(z.gte(LIMITS.doseAmount.min), z.lte(MAX_AMOUNT)),
    unit: DoseUnitSchema,
    over: z.optional(DurationSchema),
  })
  .check(
    z.superRefine((dose, ctx) => {
      if (isRateUnit(dose.unit) && dose.over === undefined) {
        addIssue(
          ctx,
          ['over'],
          'rate_without_over',
          `an infusion rate (${dose.unit}) needs \`over\`, the infusion length`,
        );
      }
      const max = LIMITS.doseAmount.max[dose.unit];
      if (dose.amount > max && dose.amount <= MAX_AMOUNT) {
        addIssue(ctx, ['amount'], 'dose_too_large', `must be ≤ ${max} ${dose.unit}`);
      }
      if (dose.over === undefined) return;
      const over = totalMinutes(dose.over);
      // A duration over its own bound is reported by DurationSchema alone.
      if (!(over <= LIMITS.duration.maxMinutes)) return;
      const { minMinutes, maxMinutes } = LIMITS.infusion;
      if (over < minMinutes || over > maxMinutes) {
        addIssue(
          ctx,
          ['over'],
          'infusion_length_out_of_range',
          `an infusion lasts from ${minMinutes} minute to ${maxMinutes} minutes (30 days); received ${over} minutes${over < minMinutes ? ' (give a bolus without `over`)' : ''}`,
        );
        return;
      }
      const total = sessionTotal(dose, over);
      const totalMax = isPerKgUnit(dose.unit)
        ? LIMITS.sessionTotal.maxMgPerKg
        : LIMITS.sessionTotal.maxMg;
      if (total > totalMax) {
        addIssue(
          ctx,
          ['amount'],
          'session_total_too_large',
          `one session would deliver ${total} ${isPerKgUnit(dose.unit) ? 'mg/kg' : 'mg'}; at most ${totalMax} is accepted`,
        );
      }
    }),
  );

/** What one session delivers, in mg or mg/kg: the amount, or rate × infusion length. */
function sessionTotal(dose: { amount: number; unit: DoseUnit }, overMinutes: number): number {
  return isRateUnit(dose.unit) ? (dose.amount * overMinutes) / MINUTES_PER_HOUR : dose.amount;
}

/**
 * A dose. See {@link DoseSchema}.
 *
 * @example
 * ```ts
 * import type { Dose } from 'ketamine-relief';
 * const bolus: Dose = { amount: 0.3, unit: 'mg/kg' };
 * ```
 */
export type Dose = z.output<typeof DoseSchema>;

const RegimenObject = z
  .strictObject({
    route: RouteIdSchema,
    method: z.optional(MethodSchema),
    dose: DoseSchema,
    sessions: z._default(z.int().check(z.positive(), z.lte(INPUT_LIMITS.sessions.max)), 1),
    every: z.optional(DurationSchema),
    drug: z._default(z.enum(['racemic', 'esketamine']), 'racemic'),
  })
  .check(z.superRefine(checkRegimen));

/**
 * A treatment regimen: route, optional method, per-session dose, number of sessions, the
 * interval between session starts, and the drug form. Defaults: `sessions` 1, `drug`
 * `'racemic'`; `method` is inferred (`infusion` when the dose has `over`, else `bolus`).
 *
 * Bounds: 1–1500 sessions; `every` from 1 minute to 365 days and not shorter than `over`;
 * the whole regimen, first start to last end, spans at most ten years.
 *
 * @example
 * ```ts
 * import { RegimenSchema } from 'ketamine-relief';
 * const r = RegimenSchema.parse({
 *   route: 'intravenous',
 *   dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
 *   sessions: 10,
 *   every: { days: 1 },
 * });
 * r.method; // 'infusion'
 * ```
 */
export const RegimenSchema = z.pipe(
  RegimenObject,
  z.transform((r) => ({ ...r, method: r.method ?? inferMethod(r.dose) })),
);

/**
 * A regimen as written by a caller (input side of {@link RegimenSchema}).
 *
 * @example
 * ```ts
 * import type { RegimenInput } from 'ketamine-relief';
 * const r: RegimenInput = { route: 'intranasal', dose: { amount: 1, unit: 'mg/kg' } };
 * ```
 */
export type RegimenInput = z.input<typeof RegimenSchema>;

/**
 * A validated, normalised regimen, with `method`, `sessions` and `drug` filled in.
 *
 * @example
 * ```ts
 * import { parseRegimen, type Regimen } from 'ketamine-relief';
 * const r: Regimen = parseRegimen({ route: 'oral', dose: { amount: 25, unit: 'mg' } });
 * r.sessions; // 1
 * ```
 */
export type Regimen = z.output<typeof RegimenSchema>;

type RawRegimen = z.output<typeof RegimenObject>;

function inferMethod(dose: Dose): 'bolus' | 'infusion' {
  return dose.over ? 'infusion' : 'bolus';
}

function checkRegimen(r: RawRegimen, ctx: z.core.$RefinementCtx<RawRegimen>): void {
  const issue = (path: (string | number)[], code: string, message: string) =>
    addIssue(ctx, path, code, message);
  const method = r.method ?? inferMethod(r.dose);
  if (r.method === 'bolus' && r.dose.over) {
    issue(['dose', 'over'], 'bolus_with_over', 'a bolus is given at once and has no `over`');
  }
  if (r.method === 'infusion' && !r.dose.over) {
    issue(['dose', 'over'], 'infusion_without_over', 'an infusion needs `over`, its length');
  }
  if (!routeSupports(r.route, method)) {
    issue(['method'], 'unsupported_method', `the ${r.route} route is not given by ${method}`);
  }
  if (r.sessions > 1 && !r.every) {
    issue(['every'], 'missing_interval', 'more than one session needs `every`');
  }
  if (r.sessions === 1 && r.every) {
    issue(['every'], 'unused_interval', '`every` applies only when sessions > 1');
  }
  if (!r.every) return;
  const every = totalMinutes(r.every);
  if (!(every <= LIMITS.duration.maxMinutes)) return;
  const { minMinutes, maxMinutes } = LIMITS.interval;
  if (every < minMinutes || every > maxMinutes) {
    issue(
      ['every'],
      'interval_out_of_range',
      `sessions start from ${minMinutes} minute to ${maxMinutes} minutes (a year) apart; received ${every} minutes`,
    );
    return;
  }
  const over = r.dose.over ? totalMinutes(r.dose.over) : 0;
  if (!(over <= LIMITS.infusion.maxMinutes)) return;
  if (r.sessions > 1 && over > 0 && every < over) {
    issue(
      ['every'],
      'overlapping_sessions',
      'sessions would overlap: `every` is shorter than `over`',
    );
  }
  const span = (r.sessions - 1) * every + over;
  if (span > LIMITS.regimenSpan.maxMinutes) {
    issue(
      ['every'],
      'regimen_too_long',
      `the regimen would span ${span} minutes from first start to last end; at most ${LIMITS.regimenSpan.maxMinutes} (ten years) is accepted`,
    );
  }
}
