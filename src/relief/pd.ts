/**
 * Resolves the relief model for a pain type, drug form and threshold: typical concentration
 * thresholds of the fast and slow compartments, the responder probability, and the provenance,
 * adjustments and warnings that go with them.
 * @internal
 */
import { EFFECT_SITE, type KetamineForm } from '../data/pk-covariates.js';
import {
  ACUTE_RELIEF,
  EFFECT_INTERACTIONS,
  type EmaxModel,
  ESKETAMINE_POTENCY,
  LOW_EVIDENCE,
  NO_SUSTAINED_REASON,
  PAIN_TYPE_RELIEF,
  POTENCY_NOTE,
  RESPONSE_NOTE,
  SENSITIVITY_VARIABILITY,
  SUSTAINED,
  SUSTAINED_BUILD_HALF_TIME,
  SUSTAINED_GRID,
  SUSTAINED_RELIEF,
  UNQUANTIFIED_FACTORS,
} from '../data/relief-model.js';
import type { SourceId } from '../evidence/registry.js';
import type { Trail } from '../internal/trail.js';
import type { MedicineId } from '../medicines/schema.js';
import { getPainType } from '../pain-types/index.js';
import type { PainTypeId } from '../pain-types/schema.js';
import type { Patient } from '../patient/schema.js';
import type { Adjustment } from '../population/adjustment.js';

/** Typical sustained-relief parameters (concentrations in mg/L, rates per minute). @internal */
export interface SustainedModel {
  kon: number;
  c50: number;
  /** Typical offset rate; each patient's is log-normal around it with SD `omega`. */
  koff: number;
  omega: number;
  /** Share of sustained responders whose relief does not fade within `horizonMinutes`. */
  durable: number;
  horizonMinutes: number;
  threshold: number;
}

/** Typical PD parameters, concentrations in mg/L. @internal */
export interface ReliefModel {
  ke0: number;
  fast: { c50: number; threshold: number; emax: number; hill: number };
  /** `null` when relief follows the effect site only. */
  sustained: SustainedModel | null;
  responseProbability: number;
  sensitivitySd: number;
  /** Share of patients who report relief on placebo (chronic pain types; `null` for acute pain). */
  placebo: number | null;
}

const NG_PER_ML_PER_MG_PER_L = 1000;
const MINUTES_PER_DAY = 1440;
const MINUTES_PER_HOUR = 60;

function typicalC50(model: EmaxModel, drug: KetamineForm): number {
  const c50 = model.c50.value / NG_PER_ML_PER_MG_PER_L;
  if (model.drug === drug) return c50;
  return drug === 'esketamine' ? c50 / ESKETAMINE_POTENCY.value : c50 * ESKETAMINE_POTENCY.value;
}

/** Effect-site concentration at which relief reaches `threshold` (Infinity if it never does). */
export function thresholdConcentration(c50: number, emax: number, hill: number, threshold: number) {
  if (threshold >= emax) return Number.POSITIVE_INFINITY;
  return c50 * (threshold / (emax - threshold)) ** (1 / hill);
}

/**
 * The relief model for `painType` and `drug` at relief fraction `threshold`, recording its
 * provenance in `trail` and its factors in `adjustments`.
 * @internal
 */
export function reliefModel(
  painType: PainTypeId,
  drug: KetamineForm,
  threshold: number,
  trail: Trail,
  adjustments: Adjustment[],
): ReliefModel {
  const site = EFFECT_SITE.find((s) => s.drug === drug);
  if (!site) throw new Error(`no effect-site entry for ${drug}`);
  trail.use(site.halfLifeMinutes);
  trail.use(site.ke0PerMinute);
  const params = PAIN_TYPE_RELIEF[painType];
  trail.use(params.response);
  trail.use(SENSITIVITY_VARIABILITY);
  for (const m of [ACUTE_RELIEF, SUSTAINED_RELIEF]) {
    trail.use(m.c50);
    trail.use(m.emax);
    trail.use(m.hill);
  }
  const fastC50 = typicalC50(ACUTE_RELIEF, drug);
  const slowC50 = typicalC50(SUSTAINED_RELIEF, drug);
  if (drug !== ACUTE_RELIEF.drug || drug !== SUSTAINED_RELIEF.drug) {
    trail.use(ESKETAMINE_POTENCY);
    adjustments.push({
      factor: `enantiomer: ${drug}`,
      target: 'potency',
      multiplier: drug === 'esketamine' ? ESKETAMINE_POTENCY.value : 1 / ESKETAMINE_POTENCY.value,
      effect: 'none',
      note: POTENCY_NOTE[drug].text,
      sources: [...POTENCY_NOTE[drug].sources] as SourceId[],
    });
  }
  const kind = params.sustained;
  let sustained: SustainedModel | null = null;
  if (kind) {
    const half =
      kind === 'crps'
        ? SUSTAINED.offHalfLife.value
        : SUSTAINED.offHalfLife.value * SUSTAINED.otherTypesRatio.value;
    for (const v of [
      SUSTAINED.offHalfLife,
      SUSTAINED.offSpread,
      SUSTAINED.durableShare,
      SUSTAINED.horizon,
      SUSTAINED_BUILD_HALF_TIME,
      SUSTAINED_GRID,
    ])
      trail.use(v);
    if (kind === 'other') trail.use(SUSTAINED.otherTypesRatio);
    sustained = {
      kon: Math.LN2 / (SUSTAINED_BUILD_HALF_TIME.value * MINUTES_PER_HOUR),
      c50: slowC50,
      koff: Math.LN2 / (half * MINUTES_PER_DAY),
      omega: SUSTAINED.offSpread.value,
      durable: SUSTAINED.durableShare.value,
      horizonMinutes: SUSTAINED.horizon.value * MINUTES_PER_DAY,
      threshold: Math.min(threshold, SUSTAINED_RELIEF.emax.value),
    };
  } else if (painType === 'fibromyalgia' || painType === 'cancer') {
    const reason = NO_SUSTAINED_REASON[painType];
    trail.assumptions.add(reason.text);
    trail.cite(reason.sources);
  }
  const chronic = getPainType(painType).category === 'chronic';
  if (chronic) trail.use(SUSTAINED.placeboShare);
  adjustments.push({
    factor: `pain type: ${painType}`,
    target: 'response',
    multiplier: params.response.value,
    effect: sustained ? 'lengthens' : 'none',
    note: sustained
      ? RESPONSE_NOTE.sustained(
          round(params.response.value),
          round1(Math.LN2 / sustained.koff / MINUTES_PER_DAY),
          SUSTAINED.horizon.value,
          round(sustained.durable),
        )
      : RESPONSE_NOTE.acute(round(params.response.value)),
    sources: [
      ...RESPONSE_NOTE.sources,
      ...params.response.sources,
      ...(sustained ? SUSTAINED.offHalfLife.sources : []),
    ] as SourceId[],
  });
  return {
    ke0: site.ke0PerMinute.value,
    fast: {
      c50: fastC50,
      threshold: thresholdConcentration(
        fastC50,
        ACUTE_RELIEF.emax.value,
        ACUTE_RELIEF.hill.value,
        threshold,
      ),
      emax: ACUTE_RELIEF.emax.value,
      hill: ACUTE_RELIEF.hill.value,
    },
    sustained,
    responseProbability: params.response.value,
    sensitivitySd: SENSITIVITY_VARIABILITY.value,
    placebo: chronic ? SUSTAINED.placeboShare.value : null,
  };
}

function round1(x: number): string {
  return (Math.round(x * 10) / 10).toString();
}

const PERCENT = 100;

function round(p: number): string {
  return `${Math.round(p * PERCENT)}%`;
}

/**
 * Warnings and adjustments for the pain type's evidence, pharmacodynamic co-medications and
 * patient factors whose size is not published.
 * @internal
 */
export function reliefWarnings(
  painType: PainTypeId,
  patient: Patient,
  medications: readonly MedicineId[],
  trail: Trail,
  adjustments: Adjustment[],
): void {
  const profile = getPainType(painType);
  const weak = (s: string) => s !== 'moderate';
  const lastingMatters = profile.category === 'chronic';
  if (
    weak(profile.shortTermRelief.strength) ||
    (lastingMatters && weak(profile.lastingRelief.strength))
  ) {
    trail.warn(
      'low-evidence-pain-type',
      LOW_EVIDENCE.text(
        profile.label,
        profile.shortTermRelief.strength,
        lastingMatters ? profile.lastingRelief.strength : undefined,
        profile.lastingRelief.summary.text,
      ),
      [
        ...LOW_EVIDENCE.sources,
        ...profile.shortTermRelief.summary.sources,
        ...profile.lastingRelief.summary.sources,
      ],
    );
  }
  for (const id of medications) {
    if (!Object.hasOwn(EFFECT_INTERACTIONS, id)) continue;
    const note = EFFECT_INTERACTIONS[id as keyof typeof EFFECT_INTERACTIONS];
    trail.warn('effect-interaction', note.text, note.sources);
    adjustments.push({
      factor: id,
      target: 'none',
      multiplier: null,
      effect: 'unknown',
      note: note.text,
      sources: [...note.sources] as SourceId[],
    });
  }
  const unquantified: (keyof typeof UNQUANTIFIED_FACTORS)[] = [];
  if (patient.painHistoryYears !== undefined) unquantified.push('painHistory');
  if (patient.depression) unquantified.push('depression');
  for (const key of unquantified) {
    const f = UNQUANTIFIED_FACTORS[key];
    trail.warn('factor-not-quantified', f.text, f.sources);
    adjustments.push({
      factor: key === 'painHistory' ? `pain history: ${patient.painHistoryYears} y` : 'depression',
      target: 'none',
      multiplier: null,
      effect: 'unknown',
      note: f.text,
      sources: [...f.sources] as SourceId[],
    });
  }
}
