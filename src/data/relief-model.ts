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
  readonly unit: 'ng/mL' | 'fraction' | 'ratio' | 'day' | 'log-sd' | 'probability';
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

/** Relief model parameters of one pain type. */
export interface PainTypeRelief {
  /** Probability that a patient responds to ketamine at all. */
  readonly response: PdNumber & { readonly unit: 'probability' };
  /** Onset/offset half-life of the sustained compartment, or `null` when relief follows plasma. */
  readonly sustainedHalfLife: (PdNumber & { readonly unit: 'day' }) | null;
}

const DAHAN_HALF_LIFE: PdNumber & { readonly unit: 'day' } = {
  value: 10.9,
  unit: 'day',
  sources: ['dahan-2011'],
  grade: 'B',
  note: '± 4.0 (SE); 95% CI 5.3–20.5 days.',
};

const TWO_WEEK_HALF_LIFE: PdNumber & { readonly unit: 'day' } = {
  value: 1.817,
  unit: 'day',
  sources: ['dahan-2011', 'orhurhu-2019', 'cohen-2018'],
  assumption:
    'Derived: relief after infusions lasts up to about 2 weeks in non-CRPS chronic pain (Orhurhu 2019) against up to 12 weeks in CRPS (Cohen 2018), so the CRPS half-life is scaled by 2/12: 10.9 d × 2 / 12 = 1.817 d. No study has estimated it directly.',
};

const NO_SUSTAINED_FOLLOWS_PLASMA = null;

const ACUTE_ALL_RESPOND: PdNumber & { readonly unit: 'probability' } = {
  value: 1,
  unit: 'probability',
  sources: [],
  assumption:
    'No responder share is published for acute pain; every patient is taken to respond to the drug, and variability in sensitivity decides who reaches the relief threshold.',
};

const KVARNSTROM: PdNumber & { readonly unit: 'probability' } = {
  value: 7 / 12,
  unit: 'probability',
  sources: ['kvarnstrom-2003'],
  grade: 'B',
  note: '≥ 50% responders to 0.4 mg/kg IV: 7/12 (saline 2/12).',
};

const BORROWED_NEUROPATHIC: PdNumber & { readonly unit: 'probability' } = {
  ...KVARNSTROM,
  assumption:
    'No responder share is published for this pain type; the peripheral neuropathic RCT share (7/12) is borrowed.',
};

/** Relief model parameters by pain type id. */
export const PAIN_TYPE_RELIEF = {
  'acute-postoperative': { response: ACUTE_ALL_RESPOND, sustainedHalfLife: null },
  'acute-trauma': { response: ACUTE_ALL_RESPOND, sustainedHalfLife: null },
  crps: {
    response: {
      value: 0.67,
      unit: 'probability',
      sources: ['dahan-2011'],
      grade: 'B',
      note: '± 10% (SE), placebo 23 ± 9%: the modelled chance of an analgesic effect.',
    },
    sustainedHalfLife: DAHAN_HALF_LIFE,
  },
  neuropathic: { response: KVARNSTROM, sustainedHalfLife: TWO_WEEK_HALF_LIFE },
  'spinal-cord-injury': { response: BORROWED_NEUROPATHIC, sustainedHalfLife: TWO_WEEK_HALF_LIFE },
  'phantom-limb': { response: BORROWED_NEUROPATHIC, sustainedHalfLife: TWO_WEEK_HALF_LIFE },
  'postherpetic-neuralgia': {
    response: BORROWED_NEUROPATHIC,
    sustainedHalfLife: TWO_WEEK_HALF_LIFE,
  },
  'orofacial-neuropathic': {
    response: {
      value: 13 / 17,
      unit: 'probability',
      sources: ['rabben-2001'],
      grade: 'C',
      note: 'Any effect after IM 0.4 mg/kg (with midazolam): 13 of 17.',
    },
    sustainedHalfLife: TWO_WEEK_HALF_LIFE,
  },
  fibromyalgia: {
    response: {
      value: 17 / 29,
      unit: 'probability',
      sources: ['graven-nielsen-2000'],
      grade: 'B',
      note: '≥ 50% VAS reduction after 0.3 mg/kg over 30 min: 17 of 29.',
    },
    sustainedHalfLife: NO_SUSTAINED_FOLLOWS_PLASMA,
  },
  cancer: {
    response: {
      value: 29 / 93,
      unit: 'probability',
      sources: ['hardy-2012'],
      grade: 'B',
      note: 'Phase III RCT: 29/93 vs 25/92 on placebo (P = 0.55): no better than placebo.',
    },
    sustainedHalfLife: NO_SUSTAINED_FOLLOWS_PLASMA,
  },
  migraine: { response: BORROWED_NEUROPATHIC, sustainedHalfLife: TWO_WEEK_HALF_LIFE },
  'chronic-low-back': { response: BORROWED_NEUROPATHIC, sustainedHalfLife: TWO_WEEK_HALF_LIFE },
  'mixed-refractory': { response: BORROWED_NEUROPATHIC, sustainedHalfLife: TWO_WEEK_HALF_LIFE },
  'sickle-cell-crisis': { response: ACUTE_ALL_RESPOND, sustainedHalfLife: null },
  'ischemic-limb': { response: BORROWED_NEUROPATHIC, sustainedHalfLife: TWO_WEEK_HALF_LIFE },
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
  minutes: [60, 360, 1440, 2880, 10080, 20160, 40320, 80640, 120960, 262080],
  sources: [],
  assumption:
    'Presentation choice, not a clinical value: 1 h, 6 h, 1 d, 2 d, 1, 2, 4, 8, 12 and 26 weeks after the end of the last administration.',
} as const;
