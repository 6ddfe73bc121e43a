/**
 * Modelling choices of the exposure simulation: which published model serves which drug, route
 * and age; the variability used where a model publishes none; and the simulation window.
 * None of these is stated by a source as such, so each carries an `assumption` with its reason
 * (and the sources it leans on).
 */

/** A rule that picks a disposition model for a drug form and an age range. */
export interface ModelChoice {
  readonly drug: 'racemic' | 'esketamine';
  /** Inclusive lower, exclusive upper bound of age (years); unknown age matches `ageUnknown`. */
  readonly ageYears: readonly [number, number];
  readonly ageUnknown: boolean;
  readonly model: string;
  readonly sources: readonly string[];
  readonly assumption: string;
}

export const MODEL_CHOICES: readonly ModelChoice[] = [
  {
    drug: 'racemic',
    ageYears: [0, 18],
    ageUnknown: false,
    model: 'herd-2007',
    sources: ['herd-2007'],
    assumption:
      'Children (under 18 years) get the paediatric racemic model built on children in an emergency department, with its own between-patient variability; the 18-year cut-off is the project’s.',
  },
  {
    drug: 'racemic',
    ageYears: [18, Number.POSITIVE_INFINITY],
    ageUnknown: true,
    model: 'herd-2007-adult',
    sources: [
      'herd-2007',
      'perez-ruixo-2021',
      'kamp-2020',
      'singh-2022-intranasal',
      'im-ketamine-trauma-1984',
    ],
    assumption:
      'Adults get the racemic model chosen on published adult plasma data (docs/pk-models.md): no adult racemic population model with published variability was retrievable, and of the candidates checked against 22 adult racemic observations from 6 studies (three intranasal AUCs missed by all, an absorption question), the paediatric model scaled allometrically to adult weight held 19 (18 with adult variability), the adult racemic TCI set and the arterial S-ketamine model 15, the venous S-ketamine model 14. Its typical values are kept and its between-patient variability is the adult population model’s. Its steady-state volume (141 L per 70 kg) is below the adult meta-analysis (252 L, 95% CI 200–304), so the terminal decline after hours may be too fast.',
  },
  {
    drug: 'esketamine',
    ageYears: [0, Number.POSITIVE_INFINITY],
    ageUnknown: true,
    model: 'fanta-2015',
    sources: ['fanta-2015', 'otto-2021'],
    assumption:
      'Esketamine at any age gets the S-ketamine 3-compartment model with between-subject variability (healthy adult men); younger or older patients are warned as outside its range.',
  },
];

/** Said when the age is not given and the adult rule is used for that reason. */
export const AGE_NOT_GIVEN = {
  sources: [],
  assumption:
    'Age not given: the patient is taken to be an adult (18 years or older) and gets the adult model; give `ageYears` for a child.',
} as const;

/**
 * Between-subject variability for a model that publishes none (the adult racemic TCI set):
 * borrowed from the paediatric racemic model, the only racemic IV model with published
 * variability located.
 */
export const BORROWED_VARIABILITY = {
  fromModel: 'herd-2007',
  sources: ['herd-2007'],
  assumption:
    'The adult TCI parameter set publishes no between-subject variability; the paediatric racemic model’s CV% (CL 38.1%, V1 64%, Q 19%, V2 51.7%) is borrowed for the matching parameters.',
} as const;

/** The simulation window and grid. */
export const SIMULATION_WINDOW = {
  /** Follow-up after the end of the last administration (min). */
  followUpMinutes: 1440,
  /** Sampling step after each session start, up to the end of follow-up (min). */
  stepMinutes: 2,
  /** Points over a gap between the end of a session's follow-up and the next session. */
  gapPoints: 25,
  /** Most dense-grid points per patient before sessions between the first and last are thinned. */
  maxDensePoints: 10000,
  /** Points per piece (first day, rest of an infusion, after it) of a thinned session. */
  thinnedPoints: 8,
  /** Most thinned sessions that are sampled at all (evenly spread). */
  maxThinnedSessions: 60,
  /** Points reported in the percentile curve. */
  curvePoints: 145,
  /** Simulated patients when the caller does not say. */
  defaultPopulation: 1000,
  /** Seed when the caller does not say. */
  defaultSeed: 1,
  sources: [],
  assumption:
    'Presentation choices, not clinical values: 24 h of follow-up covers the plasma time course of a single ketamine dose (terminal half-lives of hours); every session is sampled every 2 min from its start and after its end, and infusion ends and post-bolus instants are sampled exactly; at most 10 000 dense points per patient bound the cost of any regimen: sessions between the first and last are then thinned to a sparse grid (at most 60 of them sampled, 8 points per piece), which leaves Cmax unchanged (by superposition the peak of equal sessions lies in the last one); Tmax is the latest time within 1e-9 of Cmax, so a repeated regimen peaks in its last session and a long infusion at its end; the 145 curve points are spread evenly in time.',
} as const;

/**
 * What the exposure set-up says about the data it found or missed, and the modelling choices it
 * applies along the way. Values are filled in from the input, the model and the absorption entry.
 */
export const SETUP_NOTES = {
  /** The route has no absorption entry for this drug form. */
  routeWithoutPk: {
    text: (drug: string, route: string) =>
      `No systemic pharmacokinetic data are recorded for ${drug} by the ${route} route, so exposure is not estimated.`,
    sources: [],
  },
  /** Weight not given: the model's reference weight stands in. */
  weightAssumed: {
    text: (referenceWeightKg: number) =>
      `Weight not given: the model's reference weight (${referenceWeightKg} kg) is used.`,
    sources: [],
  },
  /** The patient lies outside the population a model or absorption entry was built on. */
  outsideRange: {
    age: (ageYears: number, minAge: number, maxAge: number, of: string) =>
      `Age ${ageYears} y is outside the ${minAge}–${maxAge} y range of the ${of}.`,
    weight: (weightKg: number, minKg: number, maxKg: number, of: string) =>
      `Weight ${weightKg} kg is outside the ${minKg}–${maxKg} kg range of the ${of}.`,
    /** What `of` names: a disposition model by its label, or a route's absorption data. */
    model: (label: string) => `${label} model`,
    absorption: (route: string) => `${route} absorption data`,
    sources: [],
  },
  /**
   * Sources that disagree on a typical absorption value. `parameter` is 'f' or 'ka'; `used` the
   * value the estimate uses; `withSwallowed` whether `f` adds the swallowed part.
   */
  uncertainAbsorption: {
    text: (
      route: string,
      parameter: 'f' | 'ka',
      range: readonly [number, number],
      used: number,
      withSwallowed: boolean,
    ) =>
      `Uncertain ${route} ${parameter === 'f' ? 'bioavailability' : 'absorption rate'}: sources span ${range[0]}–${range[1]} ${parameter === 'f' ? '(fraction)' : '(1/min)'} for the typical patient; this estimate uses ${used}${withSwallowed ? ' (site and swallowed parts together, for this dose)' : ''}. This is disagreement between sources, not spread between patients, and is not in the percentiles.`,
    sources: [],
  },
  /** Bioavailability variability reported on the log scale. */
  logitVariability: {
    sources: [],
    assumption:
      'Variability of bioavailability reported on the log scale is applied on the logit scale, where it is nearly the same for small fractions and keeps f below 1.',
  },
  /** An infusion by a route other than IV. */
  extravascularInfusion: {
    sources: [],
    assumption:
      'A subcutaneous infusion is modelled as zero-order input of the bioavailable amount into plasma (absorption assumed fast relative to the infusion).',
  },
} as const;
