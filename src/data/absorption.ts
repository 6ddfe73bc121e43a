/**
 * First-order absorption by route and drug: rate constant `ka` (1/min), systemic bioavailability
 * `f` (fraction) and lag (min), each with its sources (ids in `./bibliography.ts` and
 * `./bibliography-added.ts`). Where only a time to peak was published, `ka` is back-calculated
 * with a 1-compartment approximation and flagged; zero-order input phases are represented as a
 * lag of half their duration (which keeps the mean absorption time). Topical application has no
 * entry: no systemic bioavailability was located, so topical analgesia is not modelled through
 * systemic PK. Frozen at module load by the registry.
 */
import type { Absorption } from '../pk-models/schema.js';

/**
 * How `ka` is back-calculated from a time to peak: the 1-compartment formula
 * tmax = ln(ka/k)/(ka − k), solved for ka, with k = CL/Vd of the ketamine meta-analysis.
 */
const ONE_COMPARTMENT_K = {
  text: 'Back-calculated ka values are solved on the racemic reference model’s own typical curve (herd-2007 at 70 kg) by bisection until its simulated Tmax equals the published one (scripts/calibrate-ka.ts); a 1-compartment approximation (k = 79 L/h ÷ 252 L) gave ka values whose simulated Tmax was 2–10 times too early with a 3-compartment disposition.',
  sources: ['herd-2007', 'kamp-2020'],
  grade: 'A',
  assumption:
    'Modelling choice: ka is calibrated to Tmax under the disposition model it is used with, so the Tmax it came from is reproduced by construction; with the paediatric model the same ka gives a different Tmax.',
} as const;

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
      value: 0.09748,
      unit: '1/min',
      sources: ['primidi-ketamine-pk'],
      grade: 'E',
      assumption:
        'Calibrated: tmax 10 min (midpoint of the tertiary plasma Tmax 5–15 min) is reproduced by the racemic reference model (herd-2007 at 70 kg) with ka = 0.09748/min; the 5–15 min range gives 0.3124–0.0505/min.',
    },
    f: {
      value: 0.78,
      unit: 'fraction',
      sources: ['hornik-2018', 'wikipedia-ketamine-mirror', 'primidi-ketamine-pk'],
      grade: 'C',
      assumption:
        'Sources disagree (41% in a paediatric population model; 93% in tertiary sources attributed to Clements 1982). The central value is the logit-scale midpoint of the PK brief’s recommended prior 0.40–0.95: logit⁻¹((logit 0.40 + logit 0.95)/2) = 0.78.',
    },
    lag: NO_LAG,
    variability: {
      f: {
        kind: 'logit-sd',
        value: 0.85,
        sources: ['hornik-2018', 'wikipedia-ketamine-mirror', 'primidi-ketamine-pk'],
        grade: 'C',
        assumption:
          'Reflects the disagreement rather than a measured between-subject spread: the SD on the logit scale for which 0.40–0.95 is a 95% interval, (logit 0.95 − logit 0.40)/(2 × 1.96) = 0.85.',
      },
    },
    validated: {
      ageYears: [1, 65],
      sources: ['hornik-2018', 'primidi-ketamine-pk'],
      grade: 'C',
      assumption:
        'F comes from children (population model; ages not in the brief) and adults (tertiary, attributed to Clements 1982); 1–65 y spans both. The Tmax population is not stated.',
    },
    notes: [
      ONE_COMPARTMENT_K,
      {
        text: 'The tertiary IM Tmax of 5–15 min is the only absorption information; no IM ka was published.',
        sources: ['fanta-2015', 'opentiva-ketamine'],
        grade: 'B',
        assumption: 'Derived by simulating a unit depot dose through each 3-compartment model.',
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
      value: 0.09748,
      unit: '1/min',
      sources: ['primidi-ketamine-pk'],
      grade: 'E',
      assumption:
        'No human SC absorption data; the IM value is carried over (the PK brief treats SC as IM-like, flagged).',
    },
    f: {
      value: 0.78,
      unit: 'fraction',
      sources: ['rat-sc-im-iv-ketamine', 'hornik-2018', 'primidi-ketamine-pk'],
      grade: 'C',
      assumption:
        'No human SC bioavailability was located; in rats SC and IM exposure were similar, so the IM central value is carried over.',
    },
    lag: NO_LAG,
    variability: {
      f: {
        kind: 'logit-sd',
        value: 0.85,
        sources: ['hornik-2018', 'primidi-ketamine-pk'],
        grade: 'C',
        assumption: 'The IM uncertainty on F is carried over, for the same reason as the value.',
      },
    },
    validated: {
      ageYears: [18, 65],
      sources: ['loo-2016', 'benitez-rosario-2011'],
      grade: 'B',
      assumption:
        'Human SC use is documented in adults (depression trials, cancer pain); no SC PK population exists, so an adult range of 18–65 y is assumed.',
    },
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
      value: 0.01175,
      unit: '1/min',
      sources: ['brunette-2011'],
      grade: 'C',
      assumption:
        'Derived from the paediatric population model’s absorption t½ of 59 min (90% CI 29.4–109.2): ka = ln 2 / 59 min = 0.01175/min. Applied to adults, as no adult ka was located.',
    },
    f: {
      value: 0.2,
      unit: 'fraction',
      sources: ['chong-2009', 'yanagihara-2003', 'prolonged-release-ketamine-2021'],
      grade: 'C',
      assumption:
        'Central value of adult estimates: 24% (lozenge swallowed), about 20% (tablets) and 15–19% (prolonged-release tablets, S/R).',
    },
    lag: NO_LAG,
    variability: {
      ka: {
        kind: 'cv',
        value: 1.48,
        sources: ['brunette-2011'],
        grade: 'C',
        assumption: 'Between-subject variability of ka in children (148%), applied to adults.',
      },
      f: {
        kind: 'logit-sd',
        value: 0.64,
        sources: ['prolonged-release-ketamine-2021'],
        grade: 'C',
        assumption:
          'Derived by the delta method from F = 15 ± 8% (S) and 19 ± 10% (R): SD/(F(1 − F)) = 0.63 and 0.65, mean 0.64.',
      },
    },
    validated: ADULTS,
    notes: [
      ONE_COMPARTMENT_K,
      {
        text: 'In children the population model estimated F 0.45 (90% CI 0.33–0.58); that value is not used for adults.',
        sources: ['brunette-2011'],
        grade: 'C',
      },
      {
        text: 'A tertiary adult Tmax of about 30 min is shorter than the roughly 2 h the 1-compartment relation gives for this ka; with the Fanta 2015 disposition the simulated Tmax is about 80 min.',
        sources: ['primidi-ketamine-pk', 'kamp-2020', 'fanta-2015'],
        grade: 'A',
        assumption:
          'Derived: 1-compartment tmax = ln(0.01175/0.005225)/(0.01175 − 0.005225) = 124 min; simulation through the Fanta model.',
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
      value: 0.01655,
      unit: '1/min',
      sources: ['rolan-2014'],
      grade: 'C',
      assumption:
        'Calibrated: the median Tmax of 0.75 h (45 min; range 0.25–1.0 h) is reproduced by the racemic reference model (herd-2007 at 70 kg) with ka = 0.01655/min; the 15–60 min range gives 0.0505–0.0129/min.',
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
    variability: {},
    validated: ADULTS,
    notes: [
      ONE_COMPARTMENT_K,
      {
        text: 'The wafer study reported Tmax 0.75 h (range 0.25–1.0); it is the only racemic sublingual absorption information.',
        sources: ['fanta-2015', 'opentiva-ketamine'],
        grade: 'B',
        assumption: 'Derived by simulating a unit depot dose through each 3-compartment model.',
      },
      {
        text: 'Other sublingual estimates: lozenge 24% (IQR 19–49), tablets about 30%. The wafer study reported low between-subject variability (no value retrieved).',
        sources: ['chong-2009', 'yanagihara-2003', 'rolan-2014'],
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
    ka: {
      value: 0.04883,
      unit: '1/min',
      sources: ['perez-ruixo-2021'],
      grade: 'C',
      assumption:
        'Converted from the nasal ka_n of 2.93/h: 2.93 ÷ 60 = 0.04883/min (absorption t½ ≈ 14 min).',
    },
    f: {
      value: 0.48,
      unit: 'fraction',
      sources: ['spravato-label'],
      grade: 'B',
      assumption:
        'The label’s summary F is used rather than the population model’s split: nasal fraction FRn 0.54 for one spray (× 0.62 for later sprays) plus the swallowed rest through F_gut 0.64 and hepatic extraction 0.72 gives about 0.62 for one spray and 0.54 for two (derived).',
    },
    lag: NO_LAG,
    variability: {
      ka: { kind: 'cv', value: 0.615, sources: ['perez-ruixo-2021'], grade: 'C' },
      f: {
        kind: 'logit-sd',
        value: 0.708,
        sources: ['perez-ruixo-2021'],
        grade: 'C',
        assumption:
          'The population model puts this logit-scale SD on the nasal fraction FRn; it is applied to total F.',
      },
    },
    validated: {
      ageYears: [18, 65],
      sources: ['perez-ruixo-2021'],
      grade: 'C',
      assumption:
        'Adult healthy volunteers and adults with treatment-resistant depression; the pooled age range was not retrieved, so 18–65 y is assumed.',
    },
    notes: [
      {
        text: 'Label Tmax 20–40 min after the last spray; with ka 0.04883/min the Perez-Ruixo disposition gives a simulated Tmax of about 32 min.',
        sources: ['spravato-label', 'perez-ruixo-2021'],
        grade: 'B',
        assumption:
          'The simulated Tmax is derived (unit depot dose through the collapsed 3-compartment model).',
      },
      {
        text: 'Japanese subjects had a 1.34-fold nasal fraction; the swallowed part is absorbed after a zero-order phase of 0.53 h at ka_sw 1.45/h. Neither is represented here.',
        sources: ['perez-ruixo-2021'],
        grade: 'C',
      },
    ],
  },
  {
    route: 'intranasal',
    drug: 'racemic',
    ka: {
      value: 0.07192,
      unit: '1/min',
      sources: ['huge-2010'],
      grade: 'C',
      assumption:
        'Derived from S-ketamine, not racemic, data (flagged): Tmax 10 ± 6.3 min (0.2 mg/kg) and 13.8 ± 4.8 min (0.4 mg/kg), about 12 min, is reproduced by the racemic reference model (herd-2007 at 70 kg) with ka = 0.07192/min.',
    },
    f: { value: 0.45, unit: 'fraction', sources: ['yanagihara-2003'], grade: 'C' },
    lag: NO_LAG,
    variability: {},
    validated: ADULTS,
    notes: [
      ONE_COMPARTMENT_K,
      {
        text: 'F ≈ 45% comes from 3 healthy volunteers; tertiary sources give 25–50%. Esketamine nasal spray F is about 48%.',
        sources: ['yanagihara-2003', 'wikipedia-ketamine-mirror', 'spravato-label'],
        grade: 'B',
      },
      {
        text: 'The esketamine population model’s nasal ka is 0.049/min; the racemic value here is calibrated to the small S-ketamine study’s Tmax instead.',
        sources: ['perez-ruixo-2021', 'fanta-2015'],
        grade: 'B',
        assumption: 'The simulated Tmax is derived (unit depot dose through the Fanta model).',
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
        'No rectal absorption rate was located; the oral value (ln 2 / 59 min) is used because both routes are slow and partly subject to first pass.',
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
