/**
 * Patient factors that change ketamine clearance, the effect-site equilibration used to turn
 * plasma into effect-site concentrations, and the modelling choice for norketamine's share of
 * analgesia. Each value cites bibliography ids (`./bibliography.ts`, `./bibliography-added.ts`)
 * or carries an `assumption`. Where the evidence gives no usable magnitude the multiplier is 1
 * and the reason is stated: in-vitro or unverified effects are not turned into whole-body
 * multipliers. Frozen at module load by the registry.
 */
import type { EvidenceLevel } from '../evidence/types.js';

/**
 * Drug form a value applies to.
 *
 * @example
 * ```ts
 * const form: KetamineForm = 'esketamine';
 * ```
 */
export type KetamineForm = 'racemic' | 'esketamine';

/**
 * A patient factor's effect on a PK parameter: the typical value is multiplied by `multiplier`
 * for patients at `level`.
 *
 * @example
 * ```ts
 * const female: CovariateEffect = {
 *   covariate: 'sex', level: 'female', parameter: 'cl', multiplier: 1.2, drug: 'esketamine',
 *   sources: ['sigtermans-2009-experimental'], grade: 'B',
 * };
 * ```
 */
export interface CovariateEffect {
  readonly covariate: 'sex' | 'age' | 'hepatic' | 'cyp2b6' | 'renal';
  /** E.g. 'female', 'mild' | 'moderate' | 'severe', 'intermediate' | 'poor', 'over-65'. */
  readonly level: string;
  /** Only clearance for now. */
  readonly parameter: 'cl';
  /** Applied to the typical value. */
  readonly multiplier: number;
  /** Omitted = both forms. */
  readonly drug?: KetamineForm;
  readonly sources: readonly string[];
  readonly grade?: EvidenceLevel;
  readonly assumption?: string;
  readonly note?: string;
}

/**
 * A number with its unit and provenance.
 *
 * @example
 * ```ts
 * const t: CitedNumber = { value: 11.8, unit: 'min', sources: ['olofsen-2012'], grade: 'B' };
 * ```
 */
export interface CitedNumber {
  readonly value: number;
  readonly unit: 'min' | '1/min';
  readonly sources: readonly string[];
  readonly grade?: EvidenceLevel;
  readonly assumption?: string;
  readonly note?: string;
}

/**
 * Effect-site equilibration for one drug form and endpoint.
 *
 * @example
 * ```ts
 * const pain: EffectSiteEntry = {
 *   drug: 'esketamine',
 *   endpoint: 'pain intensity',
 *   halfLifeMinutes: { value: 11.8, unit: 'min', sources: ['olofsen-2012'], grade: 'B' },
 *   ke0PerMinute: {
 *     value: 0.05874, unit: '1/min', sources: ['olofsen-2012'], grade: 'B',
 *     assumption: 'ln 2 / 11.8 min',
 *   },
 * };
 * pain.ke0PerMinute.unit; // '1/min'
 * ```
 */
export interface EffectSiteEntry {
  readonly drug: KetamineForm;
  readonly endpoint: string;
  readonly halfLifeMinutes: CitedNumber & { readonly unit: 'min' };
  readonly ke0PerMinute: CitedNumber & { readonly unit: '1/min' };
  readonly note?: string;
}

/**
 * One alternative weight for norketamine's analgesic contribution (effect per unit
 * concentration relative to the parent).
 *
 * @example
 * ```ts
 * const third: NorketamineAlternative = {
 *   weight: 0.33, text: 'one-third of ketamine potency', sources: ['fanta-2015'], grade: 'B',
 * };
 * third.weight; // 0.33
 * ```
 */
export interface NorketamineAlternative {
  readonly weight: number;
  readonly text: string;
  readonly sources: readonly string[];
  readonly grade?: EvidenceLevel;
  readonly assumption?: string;
}

/**
 * The modelling choice for norketamine: whether, and with what weight relative to ketamine,
 * its concentration adds to analgesia.
 *
 * @example
 * ```ts
 * const parentOnly: NorketamineChoice = {
 *   contributesToAnalgesia: false, weight: 0, sources: ['olofsen-2012'], grade: 'B',
 *   assumption: 'contested evidence; parent-only default', alternatives: [],
 * };
 * parentOnly.weight; // 0
 * ```
 */
export interface NorketamineChoice {
  readonly contributesToAnalgesia: boolean;
  readonly weight: number;
  readonly sources: readonly string[];
  readonly grade?: EvidenceLevel;
  readonly assumption: string;
  readonly alternatives: readonly NorketamineAlternative[];
}

const CYP2B6 = ['rao-2016', 'cyp2b6-microsome-study', 'cook-sather-2016'];
const CYP2B6_ASSUMPTION =
  'Not adjusted: a single low oral dose in healthy volunteers (n = 30) showed no genotype difference in vivo. The ≥2-fold (*1/*6) and ~6-fold (*6/*6) lower intrinsic clearance is in vitro (liver microsomes) and is not a whole-body clearance; a chronic SC cohort found lower steady-state clearance with a gene-dose effect, but its magnitude is unverified.';
const HEPATIC_ASSUMPTION =
  'No quantitative PK data in hepatic impairment were located; clearance is not adjusted. The chronic-pain guideline advises avoiding ketamine in severe impairment and using it judiciously with monitoring in moderate impairment.';

export const PK_COVARIATES: readonly CovariateEffect[] = [
  {
    covariate: 'sex',
    level: 'female',
    parameter: 'cl',
    multiplier: 1.2,
    drug: 'esketamine',
    sources: ['sigtermans-2009-experimental'],
    grade: 'B',
    note: 'Women have 20% higher elimination clearance of S-ketamine and S-norketamine, so men reach higher concentrations at the same dose.',
  },
  {
    covariate: 'sex',
    level: 'female',
    parameter: 'cl',
    multiplier: 1.2,
    drug: 'racemic',
    sources: ['sigtermans-2009-experimental'],
    grade: 'B',
    assumption:
      'The 20% higher clearance in women was measured for S-ketamine; applying it to racemic ketamine is an extrapolation.',
  },
  {
    covariate: 'cyp2b6',
    level: 'intermediate',
    parameter: 'cl',
    multiplier: 1,
    sources: CYP2B6,
    grade: 'C',
    assumption: CYP2B6_ASSUMPTION,
    note: 'CYP2B6*1/*6. Repeated or continuous dosing may reveal an effect a single dose does not. The allele is common in people of African descent.',
  },
  {
    covariate: 'cyp2b6',
    level: 'poor',
    parameter: 'cl',
    multiplier: 1,
    sources: CYP2B6,
    grade: 'C',
    assumption: CYP2B6_ASSUMPTION,
    note: 'CYP2B6*6/*6. The CYP2B6 inhibitor ticlopidine raised oral S-ketamine AUC 2.4-fold, so oral dosing in poor metabolisers may be affected more than IV.',
  },
  {
    covariate: 'hepatic',
    level: 'mild',
    parameter: 'cl',
    multiplier: 1,
    sources: ['cohen-2018'],
    grade: 'B',
    assumption: HEPATIC_ASSUMPTION,
  },
  {
    covariate: 'hepatic',
    level: 'moderate',
    parameter: 'cl',
    multiplier: 1,
    sources: ['cohen-2018'],
    grade: 'B',
    assumption: HEPATIC_ASSUMPTION,
    note: 'Guideline: judicious use with monitoring.',
  },
  {
    covariate: 'hepatic',
    level: 'severe',
    parameter: 'cl',
    multiplier: 1,
    sources: ['cohen-2018'],
    grade: 'B',
    assumption: HEPATIC_ASSUMPTION,
    note: 'Guideline: avoid. Estimates for severe hepatic impairment rest on an unadjusted clearance.',
  },
  {
    covariate: 'age',
    level: 'over-65',
    parameter: 'cl',
    multiplier: 1,
    sources: ['kamp-2020'],
    grade: 'A',
    assumption:
      'Not adjusted: the PK meta-analysis found no covariate effect, and the reported age-related fall in steady-state clearance (Li 2015, quoted without a verified magnitude) cannot be quantified.',
    note: 'Age was not related to analgesic response in orofacial pain.',
  },
  {
    covariate: 'renal',
    level: 'failure',
    parameter: 'cl',
    multiplier: 1,
    sources: ['long-term-analgosedation-pk', 'renal-drug-handbook-ketamine'],
    grade: 'C',
    assumption:
      'Not adjusted: steady-state concentrations were about 20% higher in renal failure, but the difference was not significant, and no dose change is advised.',
    note: 'Dialysis removes 4–10% of ketamine.',
  },
];

const OLOFSEN = ['olofsen-2012'];

export const EFFECT_SITE: readonly EffectSiteEntry[] = [
  {
    drug: 'esketamine',
    endpoint: 'pain intensity (experimental pain, healthy volunteers)',
    halfLifeMinutes: {
      value: 11.8,
      unit: 'min',
      sources: OLOFSEN,
      grade: 'B',
      note: 'Across endpoints t½ke0 ranged from 0 min (cognitive flexibility) to 11.8 min (pain intensity), mean 6.1 min.',
      assumption:
        'Modelling choice: the pain-intensity value of Olofsen 2012 is used for S-ketamine, while Olofsen 2022 found 8.3 min for both S- and racemic ketamine on pressure pain; with 8.3 min the S-ketamine effect-site peak would come earlier.',
    },
    ke0PerMinute: {
      value: 0.05874,
      unit: '1/min',
      sources: OLOFSEN,
      grade: 'B',
      assumption: 'Derived: ke0 = ln 2 / t½ke0 = 0.6931 / 11.8 min = 0.05874/min.',
    },
  },
  {
    drug: 'racemic',
    endpoint: 'pain pressure threshold (healthy volunteers)',
    halfLifeMinutes: {
      value: 8.3,
      unit: 'min',
      sources: ['olofsen-2022'],
      grade: 'B',
      note: '95% CI 5.1–13.0 min; the same for S-ketamine and racemic ketamine in that study.',
    },
    ke0PerMinute: {
      value: 0.08351,
      unit: '1/min',
      sources: ['olofsen-2022'],
      grade: 'B',
      assumption: 'Derived: ke0 = ln 2 / t½ke0 = 0.6931 / 8.3 min = 0.08351/min.',
    },
    note: 'A racemic value measured directly (experimental antinociception). Clinical IV onset within 1–5 min fits a t½ke0 of a few minutes, so this may still be slow.',
  },
];

export const NORKETAMINE: NorketamineChoice = {
  contributesToAnalgesia: false,
  weight: 0,
  sources: [
    'simons-2022-pd',
    'sigtermans-2009-experimental',
    'olofsen-2012',
    'huge-2010',
    'benitez-rosario-2011',
  ],
  grade: 'B',
  assumption:
    'Contested evidence. Three S-ketamine PK-PD analyses found no norketamine contribution to analgesia (oral thin film; 2-h infusion) or an opposing one (linear additive model). Against them, pain relief after intranasal S-ketamine correlated more strongly with S-norketamine than with S-ketamine, and a 1:1 SC:oral conversion kept analgesia in cancer pain despite oral F of about 20%. The default is parent-only (weight 0), with the consequence that oral (and other first-pass) analgesia is likely underpredicted.',
  alternatives: [
    {
      weight: 0.33,
      text: 'Norketamine at one-third of ketamine’s potency, as commonly stated; no primary human PD source was located.',
      sources: ['fanta-2015', 'primidi-ketamine-pk'],
      grade: 'B',
    },
    {
      weight: 0.2,
      text: 'The lower end of the tertiary "one-third to one-fifth as potent" (also "20–30% of the activity").',
      sources: ['primidi-ketamine-pk', 'chemicalbook-ketamine-summary'],
      grade: 'E',
    },
    {
      weight: -0.79,
      text: 'Opposing contribution: at effect-site 100 ng/mL S-ketamine and 50 ng/mL S-norketamine, ketamine contributed −3.8 cm VAS and norketamine +1.5 cm.',
      sources: OLOFSEN,
      grade: 'B',
      assumption:
        'Derived per unit concentration in the linear additive model: (1.5/50) ÷ (3.8/100) = 0.79, negative because norketamine opposes the effect.',
    },
  ],
};

/** What an adjustment for a patient factor says (`PK_COVARIATES` holds the factors). */
export const COVARIATE_NOTES = {
  /** The factor's multiplier, applied to clearance. */
  applied: (multiplier: number) => `Clearance × ${multiplier}.`,
  /** The factor has no usable magnitude (multiplier 1). */
  notQuantified: {
    note: 'No usable magnitude is published; clearance is not adjusted.',
    warning: (covariate: string, level: string, assumption: string | undefined) =>
      `${covariate} = ${level}: no usable magnitude is published, so clearance is not adjusted.${assumption ? ` ${assumption}` : ''}`,
    sources: [],
  },
} as const;
