/**
 * Parameters of the relief (pharmacodynamic) model: a fast effect site for acute analgesia, a
 * slow onset/offset compartment for sustained relief in chronic pain (after Dahan 2011), the
 * responder share of each pain type, and pharmacodynamic notes on co-medications. Each value
 * cites bibliography ids or carries an `assumption`. Concentrations are of the parent drug in
 * plasma-equivalent ng/mL; potencies are stated for one drug form and converted with
 * `ESKETAMINE_POTENCY`. Frozen at module load by the relief module.
 */
import type { EvidenceLevel } from '../evidence/types.js';
import type { KetamineForm } from './pk-covariates.js';
import { RELIEF_FIT } from './relief-fit.js';

/**
 * A model parameter with its unit and provenance.
 *
 * @example
 * ```ts
 * const c50: PdNumber = { value: 10.5, unit: 'ng/mL', sources: ['dahan-2011'], grade: 'B' };
 * ```
 */
export interface PdNumber {
  readonly value: number;
  readonly unit: 'ng/mL' | 'fraction' | 'ratio' | 'day' | 'hour' | 'log-sd' | 'probability';
  readonly sources: readonly string[];
  readonly grade?: EvidenceLevel;
  readonly assumption?: string;
  readonly note?: string;
}

/**
 * A sigmoid Emax model of relief (fraction of baseline pain removed) against concentration:
 * `relief = emax · C^hill / (c50^hill + C^hill)`.
 *
 * @example
 * ```ts
 * const m: EmaxModel = {
 *   drug: 'esketamine',
 *   c50: { value: 10.5, unit: 'ng/mL', sources: ['dahan-2011'], grade: 'B' },
 *   emax: { value: 1, unit: 'fraction', sources: [], assumption: 'complete relief possible' },
 *   hill: { value: 1, unit: 'ratio', sources: [], assumption: 'hyperbolic' },
 * };
 * ```
 */
export interface EmaxModel {
  /** The drug form `c50` is stated for. */
  readonly drug: KetamineForm;
  readonly c50: PdNumber & { readonly unit: 'ng/mL' };
  readonly emax: PdNumber & { readonly unit: 'fraction' };
  readonly hill: PdNumber & { readonly unit: 'ratio' };
}

const COMPLETE_RELIEF: PdNumber & { readonly unit: 'fraction' } = {
  value: 1,
  unit: 'fraction',
  sources: ['persson-1998'],
  grade: 'B',
  assumption:
    'Modelling choice: a responder can be relieved completely at high enough concentration (ischaemic rest pain was transiently abolished at 0.45 mg/kg IV). No located PK/PD model of clinical pain reports its Emax.',
};

const HYPERBOLIC: PdNumber & { readonly unit: 'ratio' } = {
  value: 1,
  unit: 'ratio',
  sources: [],
  assumption:
    'Modelling choice: Hill coefficient 1 (hyperbolic Emax). The located abstracts of ketamine analgesia PK/PD models (Dahan 2011, Sigtermans 2009, Olofsen 2022) do not give the value.',
};

/**
 * Acute analgesia, driven by the fast effect-site concentration (`EFFECT_SITE`).
 * `c50` is calibrated by `scripts/calibrate-relief.ts`.
 */
export const ACUTE_RELIEF: EmaxModel = {
  drug: 'racemic',
  c50: {
    value: 89.1,
    unit: 'ng/mL',
    sources: ['miller-2015', 'herd-2007', 'olofsen-2022'],
    grade: 'B',
    assumption:
      'Calibrated (scripts/calibrate-relief.ts): the typical 70-kg adult of the adult racemic default model (herd-2007-adult: the paediatric typical values scaled to 70 kg; effect-site t½ke0 8.3 min) given racemic ketamine 0.3 mg/kg IV keeps ≥ 30% relief for 120 min (effect site 38.2 ng/mL at 120 min), the "moderate reduction in pain for 2 hours" of Miller 2015. Comparable with the experimental-pain C50 of Olofsen 2022 (0.51 nmol/mL ≈ 121 ng/mL, pressure threshold).',
    note: 'At this C50, ≥ 30% relief needs 38 ng/mL and ≥ 50% relief 89 ng/mL at the effect site; the analgesic plasma range after 0.15 mg/kg IV is 70–160 ng/mL (zanos-2018).',
  },
  emax: COMPLETE_RELIEF,
  hill: HYPERBOLIC,
};

/**
 * Sustained relief in chronic pain: a slow onset/offset compartment driven by plasma, as in
 * the population PK/PD model of 100-h S-ketamine in CRPS-1.
 */
export const SUSTAINED_RELIEF: EmaxModel = {
  drug: 'esketamine',
  c50: {
    value: 10.5,
    unit: 'ng/mL',
    sources: ['dahan-2011'],
    grade: 'B',
    note: '± 4.8 (SE); 95% CI 4.37–21.2 ng/mL.',
  },
  emax: COMPLETE_RELIEF,
  hill: HYPERBOLIC,
};

/**
 * How fast sustained relief builds during exposure: the hours of full exposure (plasma well
 * above the sustained C50) after which half of the attainable sustained relief is built,
 * `kon = ln 2 / hours`.
 */
export const SUSTAINED_BUILD_HALF_TIME: PdNumber = {
  value: 24,
  unit: 'hour',
  sources: ['xu-2019', 'noppers-2011-fibromyalgia', 'pickering-2020-magnesium', 'max-1995'],
  assumption:
    'Modelling choice within what the data allow: the fitted durations all follow courses of 5 days or more; their profile likelihood rejects half-times of 48 h or more (8 log-likelihood units worse) but cannot tell 24 h from shorter ones (see the validation report). 24 h of full exposure build half the attainable relief: relief then lasts longer with more infusion hours per round, as practitioners report, and single 30–120-min infusions leave no lasting relief, as found in fibromyalgia and neuropathic pain.',
};

/** The step grid of the sustained state (numerical choices). */
export const SUSTAINED_GRID = {
  rampMinutes: 15,
  stepMinutes: 120,
  tailOffsets: [20, 60, 120, 240, 420, 660, 960, 1440],
  maxPoints: 20000,
  sources: [],
  assumption:
    'Numerical choice, not a clinical value: the sustained state is carried from each dose’s start (a point 15 min in, as plasma rises within minutes; then every 2 h to its end) to 24 h after its end (points at 20 min and 1, 2, 4, 7, 11, 16 and 24 h, as plasma peaks after depot doses and then falls far below the sustained C50); checked against a 1-min grid to within 2% of the built relief (largest difference found 1.03%, after a 40-min infusion and oral doses) (test/relief/sustained.test.ts). A regimen needing more than 20 000 points keeps every dose’s start and end and drops the others evenly (such thinned grids were found within about 5% of a fine grid).',
} as const;

/** A fitted parameter on its transformed scale (ln or logit), with its standard error. */
function fitted(name: (typeof RELIEF_FIT.names)[number]): { estimate: number; se: number } {
  const i = RELIEF_FIT.names.indexOf(name);
  return { estimate: RELIEF_FIT.estimate[i] as number, se: RELIEF_FIT.se[i] as number };
}
const FITTED = `Fitted by maximum likelihood (${RELIEF_FIT.script}) to ${RELIEF_FIT.observations} published records of relief after ketamine (${RELIEF_FIT.data}; likelihood ${RELIEF_FIT.likelihood}: binomial shares, interval-censored durations, placebo response 1 − (1 − drug)(1 − placebo)); structure ${RELIEF_FIT.structure}`;
const expit = (x: number) => 1 / (1 + Math.exp(-x));
const fromLog = (name: (typeof RELIEF_FIT.names)[number]) => {
  const f = fitted(name);
  return {
    value: Number(Math.exp(f.estimate).toPrecision(4)),
    range: [Math.exp(f.estimate - 1.96 * f.se), Math.exp(f.estimate + 1.96 * f.se)] as const,
    se: f.se,
  };
};
const fromLogit = (name: (typeof RELIEF_FIT.names)[number]) => {
  const f = fitted(name);
  return {
    value: Number(expit(f.estimate).toPrecision(4)),
    range: [expit(f.estimate - 1.96 * f.se), expit(f.estimate + 1.96 * f.se)] as const,
    se: f.se,
  };
};
const ci = (r: readonly [number, number], digits = 2) =>
  `95% CI ${r[0].toPrecision(digits)}–${r[1].toPrecision(digits)}`;
const HALF_LIFE = fromLog('ln halfLifeDays');
const SPREAD = fromLog('ln omega');
const PLACEBO = fromLogit('logit placebo');
const DURABLE = fromLogit('logit durable');

/**
 * Sustained relief after a course in chronic pain (the turnover state of `src/relief/
 * sustained.ts`): how fast it fades, how that varies between patients, the share in whom it
 * does not fade within the horizon, and the placebo share, fitted to published durations;
 * the half-life ratio of the other chronic types and the horizon are assumptions.
 */
export const SUSTAINED = {
  offHalfLife: {
    value: HALF_LIFE.value,
    unit: 'day',
    sources: RELIEF_FIT.sources,
    assumption: `${FITTED}: typical half-life of fading sustained relief ${HALF_LIFE.value} days (${ci(HALF_LIFE.range)}). Dahan 2011 found 10.9 days (95% CI 5.3–20.5) for its onset/offset compartment after 100-h S-ketamine.`,
  } satisfies PdNumber,
  offSpread: {
    value: SPREAD.value,
    unit: 'log-sd',
    sources: RELIEF_FIT.sources,
    assumption: `${FITTED}: between-patient SD of the log offset rate ${SPREAD.value} (${ci(SPREAD.range)}).`,
  } satisfies PdNumber,
  durableShare: {
    value: DURABLE.value,
    unit: 'fraction',
    sources: RELIEF_FIT.sources,
    assumption: `${FITTED}: share of patients with sustained relief in whom it does not fade within the follow-up of the data (about 3 months) ${DURABLE.value} (${ci(DURABLE.range)}). The structure with this share fitted better than a log-normal spread alone (see docs/model.md). It rests on the two remission records (full remission and pain-free at 3 months, read through a review table): refitted without them, the share is about 0 and the half-life 27.5 days.`,
  } satisfies PdNumber,
  placeboShare: {
    value: PLACEBO.value,
    unit: 'probability',
    sources: RELIEF_FIT.sources,
    assumption: `${FITTED}: share of patients relieved on placebo ${PLACEBO.value} (${ci(PLACEBO.range)}), from placebo arms and arms whose relief the model attributes to placebo. Dahan 2011 gave 0.23 ± 0.09 for CRPS.`,
  } satisfies PdNumber,
  otherTypesRatio: {
    value: 1,
    unit: 'ratio',
    sources: ['schwenk-2018-headache'],
    assumption:
      'Not identified by the data (the fitted ratio had a log-scale standard error above 500, so its estimate says nothing): the other chronic types with lasting relief take the CRPS half-life. The one non-CRPS course in the data (refractory headache, 5-day infusion) kept relief in 39–40% at 38 and 101 days.',
  } satisfies PdNumber,
  horizon: {
    value: 365,
    unit: 'day',
    sources: ['crps-ketamine-review-table-2023'],
    assumption:
      'Relief that does not fade is reported as lasting to a horizon of 1 year after the course: the published follow-ups end at 3–12 months, so how long it lasts beyond them is unknown. Durations at the horizon are censored there.',
  } satisfies PdNumber,
} as const;

/** How evidence uncertainty is computed (option `uncertainty`). */
export const UNCERTAINTY_DRAWS = {
  draws: 40,
  level: 0.9,
  /** Simulated patients per draw, at most (fewer when the caller asks for fewer). */
  maxPopulation: 400,
  sources: [],
  assumption:
    'Numerical choice: 40 draws of the fitted sustained-relief parameters from a multivariate normal on their fitting scale (log or logit), with the estimated covariance; each draw re-simulates up to 400 patients with the same seed, and the 5th and 95th percentiles over draws give the 90% interval.',
} as const;

/** Said when no fitted parameter enters an estimate, so evidence uncertainty has nothing to redraw. */
export const NO_FITTED_PARAMETER = {
  sources: [],
  assumption:
    'Evidence uncertainty: this pain type has no sustained relief, and no fitted parameter enters its estimate, so the uncertainty block reports no draws (its intervals are the estimate itself).',
} as const;

/** How many times more potent S-ketamine is than racemic ketamine, per ng/mL. */
export const ESKETAMINE_POTENCY: PdNumber = {
  value: 2,
  unit: 'ratio',
  sources: ['pfenninger-1994', 'niesters-2014', 'mion-2024'],
  grade: 'B',
  note: 'Equal analgesia after racemic 1 mg/kg and S-ketamine 0.5 mg/kg IM in volunteers; reviews state about 2×. Olofsen 2022 found the same C50 for S-ketamine and the racemate on pressure pain, so the ratio is uncertain.',
};

/** Between-patient variability of sensitivity (both C50s move together, log-normal). */
export const SENSITIVITY_VARIABILITY: PdNumber = {
  value: 0.47,
  unit: 'log-sd',
  sources: [],
  assumption:
    'Modelling choice: no located ketamine analgesia model publishes between-subject variability of C50 in its abstract. A log-normal SD of 0.47 (CV ≈ 50%) is used, and one draw scales both the acute and the sustained C50 of a patient.',
};

/** The IMMPACT definition of meaningful relief, the default threshold. */
export const MEANINGFUL_RELIEF: PdNumber = {
  value: 0.3,
  unit: 'fraction',
  sources: ['dworkin-2008', 'farrar-2001'],
  grade: 'A',
  note: '"Moderately important" change: ≥ 30% reduction from baseline pain. ≥ 50% is "substantial".',
};

/**
 * Which sustained-relief parameters a pain type uses: CRPS its own fitted offset half-life,
 * `other` the CRPS half-life times the fitted ratio for the other chronic types, `null` none
 * (relief follows the effect site only).
 */
export type SustainedKind = 'crps' | 'other' | null;

/** Relief model parameters of one pain type. */
export interface PainTypeRelief {
  /** Probability that a patient responds to ketamine at all. */
  readonly response: PdNumber & { readonly unit: 'probability' };
  readonly sustained: SustainedKind;
}

/**
 * Acute responder share: estimated from emergency-department responder shares after intranasal
 * ketamine (`scripts/fit-acute.ts`, `fit/acute-responses.ts`), jointly with the spread of acute
 * sensitivity, which those data cannot pin down.
 */
const ACUTE_ED_RESPONSE: PdNumber & { readonly unit: 'probability' } = {
  value: 0.715,
  unit: 'probability',
  sources: ['andolfatto-2013', 'yeaman-2014', 'shrestha-2016'],
  assumption:
    'Fitted by maximum likelihood (scripts/fit-acute.ts) to three ED intranasal cohorts (35/40 with ≥ 13 mm within 30 min, 40/72 with ≥ 20 mm at 30 min, 27/34 with > 20 mm at 15 min), jointly with the sensitivity spread ω: the profile likelihood of ω is flat from 0.05 to 1.8 (ω not identified, so it stays the assumed 0.47), and at ω 0.47 the responder share is 0.715; over the flat range it runs from 0.71 to 0.90.',
};

const ACUTE_BORROWED: PdNumber & { readonly unit: 'probability' } = {
  ...ACUTE_ED_RESPONSE,
  assumption: `${ACUTE_ED_RESPONSE.assumption} Borrowed from emergency-department trauma and injury pain for this acute pain type.`,
};

const KVARNSTROM: PdNumber & { readonly unit: 'probability' } = {
  value: 7 / 12,
  unit: 'probability',
  sources: ['kvarnstrom-2003'],
  note: '≥ 50% responders to 0.4 mg/kg IV: 7/12 (saline 2/12).',
};

const BORROWED_NEUROPATHIC: PdNumber & { readonly unit: 'probability' } = {
  ...KVARNSTROM,
  assumption:
    'No responder share is published for this pain type; the peripheral neuropathic RCT share (7/12) is borrowed.',
};

/** Relief model parameters by pain type id. */
export const PAIN_TYPE_RELIEF = {
  'acute-postoperative': { response: ACUTE_BORROWED, sustained: null },
  'acute-trauma': { response: ACUTE_ED_RESPONSE, sustained: null },
  crps: {
    response: {
      value: 0.67,
      unit: 'probability',
      sources: ['dahan-2011'],
      note: '± 10% (SE), placebo 23 ± 9%: the modelled chance of an analgesic effect.',
    },
    sustained: 'crps',
  },
  neuropathic: { response: KVARNSTROM, sustained: 'other' },
  'spinal-cord-injury': { response: BORROWED_NEUROPATHIC, sustained: 'other' },
  'phantom-limb': { response: BORROWED_NEUROPATHIC, sustained: 'other' },
  'postherpetic-neuralgia': { response: BORROWED_NEUROPATHIC, sustained: 'other' },
  'orofacial-neuropathic': {
    response: {
      value: 13 / 17,
      unit: 'probability',
      sources: ['rabben-2001'],
      note: 'Any effect after IM 0.4 mg/kg (with midazolam): 13 of 17.',
    },
    sustained: 'other',
  },
  fibromyalgia: {
    response: {
      value: 17 / 29,
      unit: 'probability',
      sources: ['graven-nielsen-2000'],
      note: '≥ 50% VAS reduction after 0.3 mg/kg over 30 min: 17 of 29.',
    },
    sustained: null,
  },
  cancer: {
    response: {
      value: 29 / 93,
      unit: 'probability',
      sources: ['hardy-2012'],
      note: 'Phase III RCT: 29/93 vs 25/92 on placebo (P = 0.55): no better than placebo.',
    },
    sustained: null,
  },
  migraine: { response: BORROWED_NEUROPATHIC, sustained: 'other' },
  'chronic-low-back': { response: BORROWED_NEUROPATHIC, sustained: 'other' },
  'mixed-refractory': { response: BORROWED_NEUROPATHIC, sustained: 'other' },
  'sickle-cell-crisis': { response: ACUTE_BORROWED, sustained: null },
  'ischemic-limb': { response: BORROWED_NEUROPATHIC, sustained: 'other' },
} as const satisfies Record<string, PainTypeRelief>;

/** Why fibromyalgia and cancer have no sustained compartment (cited in results). */
export const NO_SUSTAINED_REASON = {
  fibromyalgia: {
    text: 'After a 30-min S-ketamine infusion the effect followed plasma concentration and did not last (Noppers 2011), so relief is modelled as acute only.',
    sources: ['noppers-2011-fibromyalgia'],
  },
  cancer: {
    text: 'The phase III RCT found no benefit over placebo (Hardy 2012), so no sustained effect is modelled.',
    sources: ['hardy-2012'],
  },
} as const;

/** Co-medications that change ketamine's effects but have no data on relief duration. */
export const EFFECT_INTERACTIONS = {
  benzodiazepine: {
    text: 'Benzodiazepines add sedation and amnesia and reduce distress; no data show whether they change how long relief lasts, so the estimate is not adjusted.',
    sources: ['krystal-1998'],
  },
  lamotrigine: {
    text: "Lamotrigine pretreatment attenuates ketamine's dissociative effects; its effect on analgesia and on how long relief lasts is unknown, so the estimate is not adjusted.",
    sources: ['anand-2000'],
  },
  dextromethorphan: {
    text: 'Oral dextromethorphan 90 mg/day after an infusion kept relief for 1 month in an RCT; this bridge is not modelled.',
    sources: ['pickering-2020'],
  },
  memantine: {
    text: 'Oral memantine 20 mg/day after an infusion did not keep relief at 1 month in an RCT; not modelled.',
    sources: ['pickering-2020'],
  },
} as const;

/** Patient factors linked with relief whose size is not published (reported, not applied). */
export const UNQUANTIFIED_FACTORS = {
  painHistory: {
    text: 'A longer pain history was linked with non-response and a shorter one with longer-lasting relief (orofacial pain, n = 43), without a usable size; the estimate is not adjusted.',
    sources: ['rabben-2001'],
  },
  depression: {
    text: 'Baseline depressive symptoms changed the 1-year pain course after repeated ketamine, but the direction and size could not be verified; the estimate is not adjusted.',
    sources: ['voute-2023'],
  },
} as const;

/** The relief curve (option `curve`): log-spaced times from the start of the last administration. */
export const RELIEF_CURVE = {
  points: 61,
  fromMinutes: 1,
  /** After the end of the last administration. */
  toMinutesAfterEnd: 262080,
  sources: [],
  assumption:
    'Presentation choice, not a clinical value: 61 log-spaced points from 1 min after the start of the last administration to 26 weeks after its end.',
} as const;

/** Times after the end of the last administration at which survival is always reported. */
export const SURVIVAL_CHECKPOINTS = {
  minutes: [60, 360, 1440, 2880, 10080, 20160, 40320, 80640, 120960, 262080, 524160],
  sources: [],
  assumption:
    'Presentation choice, not a clinical value: 1 h, 6 h, 1 d, 2 d, 1, 2, 4, 8, 12, 26 and 52 weeks after the end of the last administration.',
} as const;

/**
 * What the enantiomer adjustment says: the acute and sustained C50s are stated for different
 * drug forms and converted with `ESKETAMINE_POTENCY`, whose sources these cite.
 */
export const POTENCY_NOTE = {
  esketamine: {
    text: 'S-ketamine is taken as twice as potent per ng/mL as the racemate (acute C50 halved); the sustained C50 is the S-ketamine value itself.',
    sources: ESKETAMINE_POTENCY.sources,
  },
  racemic: {
    text: 'Racemic ketamine is taken as half as potent per ng/mL as S-ketamine (sustained C50 doubled); the acute C50 is the racemic value itself.',
    sources: ESKETAMINE_POTENCY.sources,
  },
} as const;

/**
 * What the pain-type adjustment says about the relief model: the responder share and, with
 * sustained relief, its typical half-life and the share in whom it does not fade (shares
 * written as '45%', the half-life in days to one decimal).
 */
export const RESPONSE_NOTE = {
  sustained: (responders: string, halfLifeDays: string, horizonDays: number, durable: string) =>
    `Responder probability ${responders}; sustained relief that builds with exposure and fades with a typical half-life of ${halfLifeDays} days (varying between patients), not fading within the data's follow-up (about 3 months; reported to the ${horizonDays}-day horizon) in ${durable} of those who reach it.`,
  acute: (responders: string) =>
    `Responder probability ${responders}; relief follows the effect-site concentration only.`,
  sources: [],
} as const;

/**
 * The warning for a pain type with weak or no evidence: its label, the guideline strengths of
 * short-term and (for chronic types) lasting relief, and the pain type's own summary of
 * lasting relief (which the warning cites).
 */
export const LOW_EVIDENCE = {
  text: (label: string, shortTerm: string, lasting: string | undefined, lastingSummary: string) =>
    `${label}: evidence for ketamine is limited (short-term relief: ${shortTerm}${lasting === undefined ? '' : `; lasting relief: ${lasting}`}). ${lastingSummary}`,
  sources: [],
} as const;
