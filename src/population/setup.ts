import {
  AGE_NOT_GIVEN,
  BORROWED_VARIABILITY,
  MODEL_CHOICES,
  SETUP_NOTES,
} from '../data/exposure-settings.js';
import { INTERACTION_NOTES } from '../data/medicine-exposure.js';
import { COVARIATE_NOTES, PK_COVARIATES } from '../data/pk-covariates.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { SourceId } from '../evidence/registry.js';
import type { Trail } from '../internal/trail.js';
import { exposureEffect } from '../medicines/index.js';
import type { MedicineId } from '../medicines/schema.js';
import type { Patient } from '../patient/schema.js';
import type { EngineParams } from '../pk/engine.js';
import { getAbsorption, getPkModel } from '../pk-models/catalogue.js';
import type { Absorption, DispositionModel } from '../pk-models/schema.js';
import { isPerKgUnit, type Regimen } from '../regimen/schema.js';
import type { Adjustment } from './adjustment.js';
import { type EtaSds, toEtaSd } from './variability.js';

/** Everything needed to simulate one population. @internal */
export interface PopulationSetup {
  model: DispositionModel;
  absorption: Absorption | undefined;
  /** Typical parameters for this patient (weight, covariates and interactions applied). */
  typical: EngineParams;
  /** Log-scale SDs of the random effects (`f` on the logit scale). */
  eta: EtaSds;
  weightKg: number;
  /** Product of interaction AUC ratios applied to each patient's bioavailability (non-IV). */
  fMultiplier: number;
  /**
   * Multi-application dose (nasal): the site's mean fraction relative to one application's
   * (1 for a single application or another route). `typical.f` already includes it.
   */
  applicationFactor: number;
  /** Systemic fraction of the swallowed part (the second absorption path), if the route has one. */
  swallowedF: number | undefined;
  /** Covariates and interactions, and what each changed. */
  adjustments: Adjustment[];
}

const PARAMS = ['cl', 'v1', 'q2', 'v2', 'q3', 'v3'] as const;

function chooseModel(drug: Regimen['drug'], ageYears: number | undefined, trail: Trail) {
  const choice = MODEL_CHOICES.find(
    (c) =>
      c.drug === drug &&
      (ageYears === undefined
        ? c.ageUnknown
        : ageYears >= c.ageYears[0] && ageYears < c.ageYears[1]),
  );
  if (!choice) throw new Error(`no model rule for ${drug}, age ${String(ageYears)}`);
  trail.use(choice);
  if (ageYears === undefined && choice.ageYears[0] > 0) trail.use(AGE_NOT_GIVEN);
  return getPkModel(choice.model);
}

/**
 * Picks the published model for the regimen and patient, scales it to the patient, applies
 * covariates and interactions, and records every warning, assumption and source used.
 * Returns `undefined` (with a warning) when the route has no systemic PK data.
 * @internal
 */
export function setupPopulation(
  regimen: Regimen,
  patient: Patient,
  medications: readonly MedicineId[],
  trail: Trail,
  modelId?: string,
): PopulationSetup | undefined {
  const model = modelId
    ? explicitModel(modelId, regimen.drug)
    : chooseModel(regimen.drug, patient.ageYears, trail);
  const absorption =
    regimen.route === 'intravenous' ? undefined : getAbsorption(regimen.route, regimen.drug);
  if (regimen.route !== 'intravenous' && !absorption) {
    trail.warn(
      'route-without-pk',
      SETUP_NOTES.routeWithoutPk.text(regimen.drug, regimen.route),
      SETUP_NOTES.routeWithoutPk.sources,
    );
    return undefined;
  }
  for (const key of ['cl', 'v1', 'q2', 'v2', 'q3', 'v3'] as const) trail.use(model[key]);
  trail.use(model.scaling);

  const weightKg = patient.weightKg ?? model.scaling.referenceWeightKg;
  if (patient.weightKg === undefined) {
    trail.warn(
      'weight-assumed',
      SETUP_NOTES.weightAssumed.text(model.scaling.referenceWeightKg),
      SETUP_NOTES.weightAssumed.sources,
    );
  }
  checkRange(model, patient, weightKg, trail);

  const typical: EngineParams = { v1: 0, cl: 0 };
  const ratio = weightKg / model.scaling.referenceWeightKg;
  for (const key of PARAMS) {
    const v = model[key];
    if (!v) continue;
    const exponent =
      key === 'cl' || key.startsWith('q')
        ? model.scaling.clearanceExponent
        : model.scaling.volumeExponent;
    typical[key] = toLitresPerMinute(v.value, v.unit) * ratio ** exponent;
  }

  const eta: EtaSds = {};
  const ownVariability = Object.keys(model.variability).length > 0;
  const variability = ownVariability
    ? model.variability
    : getPkModel(BORROWED_VARIABILITY.fromModel).variability;
  if (!ownVariability) trail.use(BORROWED_VARIABILITY);
  for (const [key, v] of Object.entries(variability)) {
    if (!v) continue;
    eta[key as keyof EtaSds] = toEtaSd(v);
    trail.use(v);
  }

  let applicationFactor = 1;
  let swallowedF: number | undefined;
  if (absorption) {
    applicationFactor = applicationsFactor(absorption, regimen, weightKg, trail);
    typical.ka = absorption.ka.value;
    typical.f = absorption.f.value * applicationFactor;
    typical.lagMinutes = absorption.lag.value;
    for (const v of [absorption.ka, absorption.f, absorption.lag, absorption.validated])
      trail.use(v);
    const swallowed = absorption.swallowed;
    if (swallowed) {
      swallowedF = swallowed.f.value;
      typical.ka2 = swallowed.ka.value;
      typical.f2 = (1 - typical.f) * swallowedF;
      typical.lag2Minutes = swallowed.lag.value;
      for (const v of [swallowed.f, swallowed.ka, swallowed.lag]) trail.use(v);
      const ka2 = swallowed.variability.ka;
      if (ka2) {
        eta.ka2 = toEtaSd(ka2);
        trail.use(ka2);
      }
    }
    const usedF = (typical.f ?? 0) + (typical.f2 ?? 0);
    for (const u of absorption.uncertainty ?? []) {
      trail.use(u);
      const used = u.parameter === 'f' ? Number(usedF.toPrecision(2)) : absorption.ka.value;
      trail.assumptions.add(
        SETUP_NOTES.uncertainAbsorption.text(
          regimen.route,
          u.parameter,
          u.range,
          used,
          u.parameter === 'f' && absorption.swallowed !== undefined,
        ),
      );
    }
    for (const [key, v] of Object.entries(absorption.variability)) {
      if (!v) continue;
      eta[key as keyof EtaSds] = toEtaSd(v);
      trail.use(v);
      if (key === 'f' && v.kind !== 'logit-sd') trail.use(SETUP_NOTES.logitVariability);
    }
    warnOutside(
      SETUP_NOTES.outsideRange.age,
      patient.ageYears,
      absorption.validated.ageYears,
      SETUP_NOTES.outsideRange.absorption(regimen.route),
      absorption.validated.sources,
      trail,
    );
  }

  const adjustments: Adjustment[] = [];
  applyCovariates(regimen, patient, typical, trail, adjustments);
  const interactions = { fMultiplier: 1 };
  applyInteractions(regimen, medications, typical, interactions, trail, adjustments);
  return {
    model,
    absorption,
    typical,
    eta,
    weightKg,
    fMultiplier: interactions.fMultiplier,
    applicationFactor,
    swallowedF,
    adjustments,
  };
}

/**
 * The mean site fraction of a multi-application dose relative to one application:
 * (1 + laterFactor · (n − 1)) / n for n = dose ÷ amount per application (at least 1; a partial
 * last application counts by its share).
 */
function applicationsFactor(
  absorption: Absorption,
  regimen: Regimen,
  weightKg: number,
  trail: Trail,
): number {
  const per = absorption.perApplication;
  if (!per) return 1;
  trail.use(per.amountMg);
  trail.use(per.laterFactor);
  const mg = isPerKgUnit(regimen.dose.unit) ? regimen.dose.amount * weightKg : regimen.dose.amount;
  const n = Math.max(1, mg / per.amountMg.value);
  return (1 + per.laterFactor.value * (n - 1)) / n;
}

function explicitModel(id: string, drug: Regimen['drug']): DispositionModel {
  const model = getPkModel(id);
  if (model.drug !== drug) {
    throw new InvalidInputError([
      {
        path: ['options', 'model'],
        code: 'model_drug_mismatch',
        message: `model ${JSON.stringify(id)} is for ${model.drug}, but the regimen gives ${drug}`,
      },
    ]);
  }
  return model;
}

function toLitresPerMinute(value: number, unit: string): number {
  return unit === 'L/h' ? value / MINUTES_PER_HOUR : value;
}

const MINUTES_PER_HOUR = 60;
/** Age from which the 'over-65' covariate level applies (the level's own definition). */
const OLDER_ADULT_YEARS = 65;

function checkRange(
  model: DispositionModel,
  patient: Patient,
  weightKg: number,
  trail: Trail,
): void {
  const of = SETUP_NOTES.outsideRange.model(model.label);
  const { ageYears, weightKg: weightRange, sources } = model.validated;
  warnOutside(SETUP_NOTES.outsideRange.age, patient.ageYears, ageYears, of, sources, trail);
  warnOutside(SETUP_NOTES.outsideRange.weight, weightKg, weightRange, of, sources, trail);
}

/** Warns `outside-validated-range` when a known value lies outside a validated [min, max]. */
function warnOutside(
  note: (value: number, min: number, max: number, of: string) => string,
  value: number | undefined,
  [min, max]: readonly [number, number],
  of: string,
  sources: readonly string[],
  trail: Trail,
): void {
  if (value === undefined || (value >= min && value <= max)) return;
  trail.warn('outside-validated-range', note(value, min, max, of), [
    ...SETUP_NOTES.outsideRange.sources,
    ...sources,
  ]);
}

function levelOf(patient: Patient, covariate: string): string | undefined {
  switch (covariate) {
    case 'sex':
      return patient.sex;
    case 'hepatic':
      return patient.hepaticImpairment;
    case 'cyp2b6':
      return patient.cyp2b6;
    case 'renal':
      return patient.renalFailure ? 'failure' : undefined;
    case 'age':
      return patient.ageYears !== undefined && patient.ageYears >= OLDER_ADULT_YEARS
        ? 'over-65'
        : undefined;
    default:
      return undefined;
  }
}

function applyCovariates(
  regimen: Regimen,
  patient: Patient,
  typical: EngineParams,
  trail: Trail,
  adjustments: Adjustment[],
): void {
  for (const c of PK_COVARIATES) {
    if (c.drug && c.drug !== regimen.drug) continue;
    if (levelOf(patient, c.covariate) !== c.level) continue;
    typical.cl *= c.multiplier;
    trail.use(c);
    adjustments.push({
      factor: `${c.covariate}: ${c.level}`,
      target: 'clearance',
      multiplier: c.multiplier,
      effect: c.multiplier === 1 ? 'none' : c.multiplier < 1 ? 'lengthens' : 'shortens',
      note:
        c.multiplier === 1
          ? COVARIATE_NOTES.notQuantified.note
          : COVARIATE_NOTES.applied(c.multiplier),
      sources: [...c.sources] as SourceId[],
    });
    if (c.multiplier === 1) {
      trail.warn(
        'covariate-not-quantified',
        COVARIATE_NOTES.notQuantified.warning(c.covariate, c.level, c.assumption),
        [...COVARIATE_NOTES.notQuantified.sources, ...c.sources],
      );
    }
  }
}

function applyInteractions(
  regimen: Regimen,
  medications: readonly MedicineId[],
  typical: EngineParams,
  setupRef: { fMultiplier: number },
  trail: Trail,
  adjustments: Adjustment[],
): void {
  for (const id of medications) {
    const own = exposureEffect(id, regimen.route, regimen.drug);
    const effect =
      own ??
      (regimen.drug === 'racemic' ? exposureEffect(id, regimen.route, 'esketamine') : undefined);
    if (!effect) {
      trail.warn(
        'interaction-not-quantified',
        INTERACTION_NOTES.notPublished.warning(id, regimen.drug, regimen.route),
        INTERACTION_NOTES.notPublished.sources,
      );
      adjustments.push({
        factor: id,
        target: 'none',
        multiplier: null,
        effect: 'unknown',
        note: INTERACTION_NOTES.notPublished.note(regimen.route),
        sources: [...INTERACTION_NOTES.notPublished.sources],
      });
      continue;
    }
    trail.use(effect);
    if (!own) {
      trail.assumptions.add(INTERACTION_NOTES.fromEsketamine.text(id));
      trail.cite(INTERACTION_NOTES.fromEsketamine.sources);
    }
    const direction =
      effect.aucRatio === 1 ? 'none' : effect.aucRatio > 1 ? 'lengthens' : 'shortens';
    if (regimen.route === 'intravenous') {
      adjustments.push({
        factor: id,
        target: 'clearance',
        multiplier: 1 / effect.aucRatio,
        effect: direction,
        note: INTERACTION_NOTES.intravenous.note(effect.aucRatio),
        sources: [...effect.sources] as SourceId[],
      });
      typical.cl /= effect.aucRatio;
      trail.use(INTERACTION_NOTES.intravenous);
    } else {
      adjustments.push({
        factor: id,
        target: 'bioavailability',
        multiplier: effect.aucRatio,
        effect: direction,
        note: INTERACTION_NOTES.otherRoutes.note(regimen.route, effect.aucRatio),
        sources: [...effect.sources] as SourceId[],
      });
      setupRef.fMultiplier *= effect.aucRatio;
      trail.use(INTERACTION_NOTES.otherRoutes);
    }
    trail.warn(
      'interaction',
      INTERACTION_NOTES.applied.warning(id, regimen.route, effect.aucRatio),
      [...INTERACTION_NOTES.applied.sources, ...effect.sources],
    );
  }
}
