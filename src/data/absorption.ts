/**
 * First-order absorption by route and drug: rate constant `ka` (1/min), systemic bioavailability
 * `f` (fraction) and lag (min), each with its sources (ids in `./bibliography.ts` and
 * `./bibliography-added.ts`). Where only a time to peak was published, `ka` is calibrated to it
 * on the adult racemic default model and flagged; zero-order input phases are represented as a
 * lag of half their duration (which keeps the mean absorption time). Topical application has no
 * entry: no systemic bioavailability was located, so topical analgesia is not modelled through
 * systemic PK. Frozen at module load by the registry.
 */
import type { Absorption } from '../pk-models/schema.js';

const ADULTS = {
  ageYears: [18, 65],
  sources: [],
  assumption:
    'Adult study populations whose age ranges were not retrieved; an adult range of 18–65 y is assumed.',
} as const;

const NO_LAG = {
  value: 0,
  unit: 'min',
  sources: [],
  assumption: 'No lag time was reported; absorption is assumed to start at administration.',
} as const;

/** The calibration note of every ka back-calculated from a Tmax. */
const CALIBRATED_ON_DEFAULT = {
  text: 'Back-calculated ka values are solved on the adult racemic default model’s typical curve at 70 kg by bisection until its simulated Tmax equals the published one (scripts/calibrate-ka.ts); with another disposition model the same ka gives a different Tmax.',
  sources: ['kamp-2020'],
  grade: 'A',
  assumption:
    'Modelling choice: ka is calibrated to Tmax under the disposition model it is used with, so the Tmax it came from is reproduced by construction.',
} as const;

/**
 * Intramuscular and sublingual ka calibrated on the adult racemic default model (see
 * `CALIBRATED_ON_DEFAULT`; scripts/calibrate-ka.ts prints them).
 */
const IM_KA = 0.03172;
const SL_KA = 0.01655;

/** Perez-Ruixo 2021 esketamine nasal spray model (820 adults): the nasal path. */
const NASAL_KA = {
  value: 0.04883,
  unit: '1/min',
  sources: ['perez-ruixo-2021'],
  grade: 'C',
  assumption:
    'Converted from the nasal ka_n of 2.93/h: 2.93 ÷ 60 = 0.04883/min (absorption t½ ≈ 14 min).',
} as const;
const NASAL_KA_VARIABILITY = {
  kind: 'cv',
  value: 0.615,
  sources: ['perez-ruixo-2021'],
  grade: 'C',
} as const;
const NASAL_FRN = {
  value: 0.54,
  unit: 'fraction',
  sources: ['perez-ruixo-2021'],
  grade: 'C',
  assumption:
    'The fraction of one application absorbed through the nasal mucosa (FRn); the rest is swallowed.',
} as const;
const NASAL_FRN_VARIABILITY = {
  kind: 'logit-sd',
  value: 0.708,
  sources: ['perez-ruixo-2021'],
  grade: 'C',
  note: 'Additive on the logit of FRn: 90% of patients 0.27–0.79 for one application.',
} as const;
const NASAL_APPLICATIONS = {
  amountMg: {
    value: 28,
    unit: 'mg',
    sources: ['perez-ruixo-2021', 'spravato-label'],
    grade: 'B',
    assumption:
      'One application is one 28-mg esketamine device (a spray into each nostril); a dose is counted in such applications, a partial last one by its share. For racemic solutions, whose spray volume and strength vary, the same 28 mg step is assumed.',
  },
  laterFactor: {
    value: 0.62,
    unit: 'fraction',
    sources: ['perez-ruixo-2021'],
    grade: 'C',
    note: 'Each 28-mg device after the first absorbs 0.62 times FRn (a 38% decrease); with the swallowed part this gives total F 54% and 51% for 56 and 84 mg, as published.',
  },
} as const;
const NASAL_SWALLOWED = {
  f: {
    value: 0.186,
    unit: 'fraction',
    sources: ['perez-ruixo-2021'],
    grade: 'C',
    note: '18.6% of the swallowed dose reaches the systemic circulation (gut availability 0.64, then hepatic first pass).',
  },
  ka: {
    value: 0.02417,
    unit: '1/min',
    sources: ['perez-ruixo-2021'],
    grade: 'C',
    assumption: 'Converted from ka_sw 1.45/h: 1.45 ÷ 60 = 0.02417/min.',
  },
  lag: {
    value: 15.9,
    unit: 'min',
    sources: ['perez-ruixo-2021'],
    grade: 'C',
    assumption:
      'The zero-order phase of the swallowed part (0.53 h = 31.8 min) is represented as a lag of half its duration, 15.9 min, which keeps the mean absorption time.',
  },
  variability: {
    ka: { kind: 'cv', value: 1.32, sources: ['perez-ruixo-2021'], grade: 'C' },
  },
} as const;

/** Simons 2022 S-ketamine oral thin film, mucosal (sublingual or buccal) input. */
const FILM = ['simons-2022-pk'];
const FILM_KA = {
  value: 0.04,
  unit: '1/min',
  sources: FILM,
  grade: 'C',
  note: 'First-order mucosal absorption KA1 after the zero-order phase (absorption t½ ≈ 17 min).',
} as const;
const FILM_F = {
  value: 0.263,
  unit: 'fraction',
  sources: FILM,
  grade: 'C',
  note: 'Mucosal fraction F1 26.3%; pooled bioavailability 26 ± 1%.',
} as const;
const FILM_LAG = {
  value: 6.55,
  unit: 'min',
  sources: FILM,
  grade: 'C',
  assumption:
    'The zero-order mucosal input over D1 = 13.1 min is represented as a lag of D1/2 = 6.55 min, which keeps the mean absorption time (D1/2 + 1/ka).',
} as const;
const FILM_KA_VARIABILITY = {
  kind: 'omega2',
  value: 0.062,
  sources: FILM,
  grade: 'C',
  assumption:
    'The source reports inter-occasion variability of KA1 (ν² 0.062); it is used as between-subject variability because no between-subject value was reported.',
} as const;
const FILM_SWALLOWED_NOTE = {
  text: 'The swallowed part of the film (zero-order 29.9 min, KA2 0.049/min, gut transit 10.7 min) reaches the liver only and is not represented here; 80% of S-ketamine was metabolised to S-norketamine. Inter-occasion variability of F1 (ν² 0.060) and D1 (ν² 0.154) is not applied because its scale was not retrieved.',
  sources: FILM,
  grade: 'C',
} as const;

export const ABSORPTION: readonly Absorption[] = [
  {
    route: 'intramuscular',
    drug: 'racemic',
    ka: {
      value: IM_KA,
      unit: '1/min',
      sources: ['im-ketamine-trauma-1984'],
      grade: 'B',
      assumption:
        'Calibrated (scripts/calibrate-ka.ts): the adult trauma study’s median times to peak, 30 min after 0.5 mg/kg and 15 min after 1.0 mg/kg (10 patients each), have a geometric mean of 21.2 min, which the adult racemic default model (70 kg) reproduces with this ka. No intramuscular ka was published; the tertiary 5–15 min and the textbook peak effect at about 20 min are listed as notes.',
    },
    f: {
      value: 0.93,
      unit: 'fraction',
      sources: ['wikipedia-ketamine-mirror', 'primidi-ketamine-pk'],
      grade: 'E',
      assumption:
        'Adult value attributed by tertiary sources to Clements 1982 (primary not retrieved). The paediatric population model estimated 41%; that disagreement is listed as uncertainty, not as spread between patients.',
    },
    lag: NO_LAG,
    variability: {
      ka: {
        kind: 'cv',
        value: 0.615,
        sources: ['perez-ruixo-2021'],
        grade: 'C',
        assumption:
          'No between-patient variability of intramuscular absorption was published; the nasal first-order absorption rate’s CV (61.5%, 820 subjects) is borrowed as the closest measured spread of a first-order tissue uptake of ketamine.',
      },
      f: {
        kind: 'logit-sd',
        value: 0.708,
        sources: ['perez-ruixo-2021'],
        grade: 'C',
        assumption:
          'No between-patient variability of intramuscular bioavailability was published; the logit-scale SD of the nasal fraction (0.708) is borrowed, the only logit-scale spread of a ketamine absorption fraction located. With F 0.93 it gives 0.81–0.98 (5th–95th percentile).',
      },
    },
    validated: {
      ageYears: [12, 75],
      sources: ['im-ketamine-trauma-1984'],
      grade: 'B',
      assumption:
        'The adult trauma study enrolled adolescents to middle-aged adults (MeSH: adolescent, adult, middle aged; exact range not in the abstract); 12–75 y is assumed.',
    },
    uncertainty: [
      {
        parameter: 'f',
        range: [0.41, 0.93],
        sources: ['hornik-2018', 'wikipedia-ketamine-mirror', 'primidi-ketamine-pk'],
        grade: 'C',
        note: '41% from a paediatric population model (113 children, 50 given IM); 93% attributed to an adult study by tertiary sources.',
      },
    ],
    notes: [
      CALIBRATED_ON_DEFAULT,
      {
        text: 'Adult trauma patients: median peak 147 ng/mL at 30 min after 0.5 mg/kg and 474 ng/mL at 15 min after 1.0 mg/kg; effective analgesia within 10 min in both groups. The two-fold dose gave a 3.2-fold peak, which linear kinetics cannot reproduce: the medians are of 10 patients each with sparse sampling.',
        sources: ['im-ketamine-trauma-1984'],
        grade: 'B',
      },
      {
        text: 'Tertiary sources give a plasma Tmax of 5–15 min; the adult trauma study measured later peaks, and the model follows the measured study.',
        sources: ['primidi-ketamine-pk', 'im-ketamine-trauma-1984'],
        grade: 'B',
      },
      {
        text: 'Peak CNS effect after IM dosing is about 20 min (textbook), consistent with a plasma peak before it plus effect-site delay.',
        sources: ['millers-anesthesia-6e'],
        grade: 'E',
      },
      {
        text: 'Children absorbed IM ketamine faster than adults and formed more norketamine.',
        sources: ['grant-1983'],
        grade: 'C',
      },
    ],
  },
  {
    route: 'subcutaneous',
    drug: 'racemic',
    ka: {
      value: IM_KA,
      unit: '1/min',
      sources: ['im-ketamine-trauma-1984'],
      grade: 'B',
      assumption:
        'No human SC absorption data; the intramuscular value is carried over (the PK brief treats SC as IM-like, flagged).',
    },
    f: {
      value: 0.93,
      unit: 'fraction',
      sources: ['rat-sc-im-iv-ketamine', 'wikipedia-ketamine-mirror', 'primidi-ketamine-pk'],
      grade: 'E',
      assumption:
        'No human SC bioavailability was located; in rats SC and IM exposure were similar, so the intramuscular value is carried over.',
    },
    lag: NO_LAG,
    variability: {
      ka: {
        kind: 'cv',
        value: 0.615,
        sources: ['perez-ruixo-2021'],
        grade: 'C',
        assumption:
          'Carried over from the intramuscular route, which borrows it from the nasal absorption rate.',
      },
      f: {
        kind: 'logit-sd',
        value: 0.708,
        sources: ['perez-ruixo-2021'],
        grade: 'C',
        assumption:
          'Carried over from the intramuscular route, which borrows it from the nasal fraction.',
      },
    },
    validated: {
      ageYears: [18, 65],
      sources: ['loo-2016', 'benitez-rosario-2011'],
      grade: 'B',
      assumption:
        'Human SC use is documented in adults (depression trials, cancer pain); no SC PK population exists, so an adult range of 18–65 y is assumed.',
    },
    uncertainty: [
      {
        parameter: 'f',
        range: [0.41, 0.93],
        sources: ['hornik-2018', 'wikipedia-ketamine-mirror', 'primidi-ketamine-pk'],
        grade: 'C',
        note: 'The intramuscular range, carried over.',
      },
    ],
    notes: [
      {
        text: 'A tertiary source gives an SC onset of 15–30 min, slower than IM; the IM-like ka may overstate the speed of SC absorption.',
        sources: ['wikipedia-ketamine-mirror'],
        grade: 'E',
      },
      {
        text: 'Cancer-pain patients kept their analgesia on a 1:1 mg conversion from SC to oral ketamine in 27 of 29 cases.',
        sources: ['benitez-rosario-2011'],
        grade: 'C',
      },
    ],
  },
  {
    route: 'oral',
    drug: 'racemic',
    ka: {
      value: 0.01617,
      unit: '1/min',
      sources: ['perez-ruixo-2021'],
      grade: 'C',
      assumption:
        'The adult oral-solution absorption rate of the esketamine population model (0.97/h ÷ 60 = 0.01617/min; 820 adults, an oral arm among them) is applied to racemic ketamine: no adult racemic oral ka was located, and the paediatric racemic value (absorption t½ 59 min) is not used for adults.',
    },
    f: {
      value: 0.2,
      unit: 'fraction',
      sources: ['chong-2009', 'yanagihara-2003', 'prolonged-release-ketamine-2021'],
      grade: 'C',
      assumption:
        'Central value of adult estimates: 24% (lozenge swallowed), about 20% (tablets) and 15–19% (prolonged-release tablets, S/R).',
    },
    lag: {
      value: 9.6,
      unit: 'min',
      sources: ['perez-ruixo-2021'],
      grade: 'C',
      assumption:
        'The zero-order phase of 0.32 h (19.2 min) before first-order absorption is represented as a lag of half its duration, 9.6 min, which keeps the mean absorption time.',
    },
    variability: {
      ka: {
        kind: 'cv',
        value: 1.32,
        sources: ['perez-ruixo-2021'],
        grade: 'C',
        note: 'Between-subject CV of the oral and swallowed-spray absorption rates.',
      },
      f: {
        kind: 'logit-sd',
        value: 0.64,
        sources: ['prolonged-release-ketamine-2021'],
        grade: 'C',
        assumption:
          'Between-patient spread within one study, derived by the delta method from F = 15 ± 8% (S) and 19 ± 10% (R): SD/(F(1 − F)) = 0.63 and 0.65, mean 0.64.',
      },
    },
    validated: ADULTS,
    uncertainty: [
      {
        parameter: 'f',
        range: [0.08, 0.24],
        sources: ['fanta-2015', 'prolonged-release-ketamine-2021', 'chong-2009'],
        grade: 'B',
        note: 'S-ketamine alone 8%; racemic adult estimates 15–24%. Children: 45% (not used for adults).',
      },
    ],
    notes: [
      {
        text: 'In children the population model estimated F 0.45 (90% CI 0.33–0.58) and an absorption t½ of 59 min (BSV 148%); those values are not used for adults.',
        sources: ['brunette-2011'],
        grade: 'C',
      },
      {
        text: 'Norketamine exposure is about 5 times ketamine’s after a swallowed lozenge, and a 1:1 SC:oral mg conversion held analgesia in cancer pain, so a parent-only effect model likely underpredicts oral analgesia.',
        sources: ['chong-2009', 'benitez-rosario-2011'],
        grade: 'C',
      },
      {
        text: 'Prolonged-release tablets are absorption-limited (apparent t½ 10–11 h); this ka describes immediate-release forms only.',
        sources: ['prolonged-release-ketamine-2021'],
        grade: 'C',
      },
    ],
  },
  {
    route: 'oral',
    drug: 'esketamine',
    ka: {
      value: 0.01617,
      unit: '1/min',
      sources: ['perez-ruixo-2021'],
      grade: 'C',
      assumption: 'Converted from the oral-solution ka_po of 0.97/h: 0.97 ÷ 60 = 0.01617/min.',
    },
    f: {
      value: 0.08,
      unit: 'fraction',
      sources: ['fanta-2015', 'spravato-label'],
      grade: 'B',
    },
    lag: {
      value: 9.6,
      unit: 'min',
      sources: ['perez-ruixo-2021'],
      grade: 'C',
      assumption:
        'The zero-order phase of 0.32 h (19.2 min) before first-order absorption is represented as a lag of half its duration, 9.6 min, which keeps the mean absorption time.',
    },
    variability: {
      f: { kind: 'cv', value: 0.11, sources: ['fanta-2015'], grade: 'B' },
      ka: {
        kind: 'cv',
        value: 1.32,
        sources: ['perez-ruixo-2021'],
        grade: 'C',
        note: 'Shared between the swallowed-spray and oral-solution absorption rates.',
      },
    },
    validated: ADULTS,
    notes: [
      {
        text: 'ka and the lag come from the esketamine population model; F from the S-ketamine healthy-volunteer model and the label. Combining them with a disposition model other than Perez-Ruixo 2021 is a modelling choice.',
        sources: ['perez-ruixo-2021', 'fanta-2015'],
        grade: 'B',
      },
      {
        text: 'After oral S-ketamine, simulated S-norketamine exposure at steady state is about 16.5 times the parent’s.',
        sources: ['fanta-2015'],
        grade: 'B',
      },
    ],
  },
  {
    route: 'sublingual',
    drug: 'racemic',
    ka: {
      value: SL_KA,
      unit: '1/min',
      sources: ['rolan-2014'],
      grade: 'C',
      assumption:
        'Calibrated (scripts/calibrate-ka.ts): the median Tmax of 0.75 h (45 min; range 0.25–1.0 h) is reproduced by the adult racemic default model (70 kg) with this ka.',
    },
    f: { value: 0.29, unit: 'fraction', sources: ['rolan-2014'], grade: 'C' },
    lag: {
      value: 0,
      unit: 'min',
      sources: ['rolan-2014'],
      grade: 'C',
      assumption:
        'The first quantifiable level appeared within 5 min in all subjects; a lag of 0 is used (any lag is under 5 min).',
    },
    variability: {
      ka: {
        ...FILM_KA_VARIABILITY,
        assumption:
          'No between-subject variability of racemic sublingual absorption was published; the S-ketamine film’s inter-occasion variability of its mucosal rate (ν² 0.062) is used as between-subject variability.',
      },
      f: {
        kind: 'logit-sd',
        value: 0.78,
        sources: ['chong-2006'],
        grade: 'C',
        assumption:
          'Between-patient spread within one study, derived by the delta method from sublingual F = 32 ± 17% (6 patients): 0.17/(0.32 × 0.68) = 0.78.',
      },
    },
    validated: ADULTS,
    uncertainty: [
      {
        parameter: 'f',
        range: [0.24, 0.32],
        sources: ['chong-2009', 'chong-2006', 'yanagihara-2003', 'rolan-2014'],
        grade: 'C',
        note: 'Lozenge 24% (IQR 19–49) and 32 ± 17%, tablets about 30%, wafer 29%.',
      },
    ],
    notes: [
      CALIBRATED_ON_DEFAULT,
      {
        text: 'The wafer study reported Tmax 0.75 h (range 0.25–1.0) and "markedly reduced inter-subject variability"; no value of that variability was retrieved.',
        sources: ['rolan-2014'],
        grade: 'C',
      },
      {
        text: 'Norketamine/ketamine AUC ratio 2.1 after a sublingual lozenge, against 5 when swallowed.',
        sources: ['chong-2009'],
        grade: 'C',
      },
    ],
  },
  {
    route: 'sublingual',
    drug: 'esketamine',
    ka: FILM_KA,
    f: FILM_F,
    lag: FILM_LAG,
    variability: { ka: FILM_KA_VARIABILITY },
    validated: {
      ageYears: [18, 65],
      sources: FILM,
      grade: 'C',
      assumption:
        'Healthy volunteers (n = 20); their age range was not retrieved, so an adult range of 18–65 y is assumed.',
    },
    notes: [FILM_SWALLOWED_NOTE],
  },
  {
    route: 'buccal',
    drug: 'esketamine',
    ka: FILM_KA,
    f: FILM_F,
    lag: FILM_LAG,
    variability: { ka: FILM_KA_VARIABILITY },
    validated: {
      ageYears: [18, 65],
      sources: FILM,
      grade: 'C',
      assumption:
        'Healthy volunteers (n = 20, 5 of them buccal); their age range was not retrieved, so an adult range of 18–65 y is assumed.',
    },
    notes: [
      {
        text: 'Buccal and sublingual placement of the film gave no PK difference (n = 5 buccal), so one set of parameters serves both.',
        sources: FILM,
        grade: 'C',
      },
      FILM_SWALLOWED_NOTE,
    ],
  },
  {
    route: 'buccal',
    drug: 'racemic',
    ka: {
      ...FILM_KA,
      assumption:
        'No racemic buccal PK was located; the S-ketamine oral-thin-film value is used (flagged).',
    },
    f: {
      ...FILM_F,
      assumption:
        'No racemic buccal bioavailability was located; the S-ketamine film’s mucosal F is used (flagged). The racemic sublingual wafer gave a similar 29%.',
    },
    lag: FILM_LAG,
    variability: { ka: FILM_KA_VARIABILITY },
    validated: {
      ageYears: [18, 65],
      sources: FILM,
      grade: 'C',
      assumption:
        'Carried over from the S-ketamine film study in healthy adult volunteers; an adult range of 18–65 y is assumed.',
    },
    notes: [
      {
        text: 'A UK palliative guideline describes giving the oral solution "orally or buccally", without PK data.',
        sources: ['gwent-palliative-guideline'],
        grade: 'E',
      },
      {
        text: 'A racemic 25 mg lozenge held sublingually gave F 24% (IQR 19–49).',
        sources: ['chong-2009'],
        grade: 'C',
      },
    ],
  },
  {
    route: 'intranasal',
    drug: 'esketamine',
    ka: NASAL_KA,
    f: NASAL_FRN,
    lag: NO_LAG,
    variability: { ka: NASAL_KA_VARIABILITY, f: NASAL_FRN_VARIABILITY },
    validated: {
      ageYears: [18, 86],
      sources: ['perez-ruixo-2021'],
      grade: 'C',
      note: 'Adults 18–86 y (median 45), 39–170 kg, in the population model.',
    },
    perApplication: NASAL_APPLICATIONS,
    swallowed: NASAL_SWALLOWED,
    notes: [
      {
        text: 'Label Tmax 20–40 min after the last spray; absolute F about 48% (label) and 54% / 51% for 56 / 84 mg (population model).',
        sources: ['spravato-label', 'perez-ruixo-2021'],
        grade: 'B',
      },
      {
        text: 'Japanese subjects had a 1.34-fold nasal fraction; not represented here.',
        sources: ['perez-ruixo-2021'],
        grade: 'C',
      },
    ],
  },
  {
    route: 'intranasal',
    drug: 'racemic',
    ka: {
      ...NASAL_KA,
      assumption: `${NASAL_KA.assumption} Applied to racemic ketamine: no racemic nasal population model was located.`,
    },
    f: {
      ...NASAL_FRN,
      assumption: `${NASAL_FRN.assumption} Applied to racemic ketamine solutions, whose device and volume differ.`,
    },
    lag: NO_LAG,
    variability: { ka: NASAL_KA_VARIABILITY, f: NASAL_FRN_VARIABILITY },
    validated: {
      ageYears: [18, 86],
      sources: ['perez-ruixo-2021'],
      grade: 'C',
      assumption:
        'The nasal structure and its variability come from adults 18–86 y given esketamine; that range is taken for racemic sprays too.',
    },
    perApplication: NASAL_APPLICATIONS,
    swallowed: NASAL_SWALLOWED,
    uncertainty: [
      {
        parameter: 'f',
        range: [0.11, 0.63],
        sources: ['singh-2022-intranasal', 'yanagihara-2003', 'perez-ruixo-2021'],
        grade: 'C',
        note: 'Total bioavailability of racemic sprays: 17%, 13% and 11% after 10, 30 and 50 mg in cancer patients and about 45% in 3 volunteers, against about 63% (one application) to 54% (two) in the esketamine device model. Device, volume per nostril and technique differ between the studies.',
      },
    ],
    notes: [
      {
        text: 'Adults with cancer pain: Cmax 22.9, 60.8 and 77.6 ng/mL at 23, 14 and 16 min after 10, 30 and 50 mg (geometric means; total F 17%, 13% and 11%).',
        sources: ['singh-2022-intranasal'],
        grade: 'C',
      },
      {
        text: 'S-ketamine 0.2 / 0.4 mg/kg in neuropathic pain peaked at 10 ± 6.3 / 13.8 ± 4.8 min.',
        sources: ['huge-2010'],
        grade: 'C',
      },
      {
        text: 'Analgesia after 1 mg/kg began at 14.3 ± 11.2 min and peaked at 40.4 ± 16.3 min.',
        sources: ['shimonovich-2016'],
        grade: 'B',
      },
    ],
  },
  {
    route: 'rectal',
    drug: 'racemic',
    ka: {
      value: 0.01175,
      unit: '1/min',
      sources: ['brunette-2011'],
      grade: 'C',
      assumption:
        'No rectal absorption rate was located; the paediatric oral value (ln 2 / 59 min; the adult oral entry uses the adult oral-solution rate instead) is used because both routes are slow and partly subject to first pass, and the rectal checks are in children.',
    },
    f: {
      value: 0.3,
      unit: 'fraction',
      sources: ['yanagihara-2003'],
      grade: 'C',
      note: '50 mg suppository, adults, n = 3.',
    },
    lag: NO_LAG,
    variability: {},
    validated: ADULTS,
    notes: [
      {
        text: 'Rectal ketamine has comparatively low bioavailability from incomplete absorption and a high first pass.',
        sources: ['rectal-ketamine-induction-1983'],
        grade: 'C',
      },
      {
        text: 'Rectal premedication in children was assessed at 45 min: 10 mg/kg gave easy separation in 88%, against 31% with 5–7 mg/kg.',
        sources: ['tanaka-2000'],
        grade: 'B',
      },
    ],
  },
];
