/**
 * Published ketamine disposition (IV) models: typical values per reference weight (CL and Q in
 * L/min, volumes in L), between-subject variability as the sources report it, the scaling rule,
 * the population each model was built on and its sampling site. Every value cites bibliography
 * ids (`./bibliography.ts`, `./bibliography-added.ts`); unit conversions, micro-constant
 * conversions and collapsed model structures carry an `assumption` with the arithmetic.
 * Where no variability is published for a model it is omitted; logic applies its documented
 * default. Frozen at module load by the registry.
 */
import type { DispositionModel } from '../pk-models/schema.js';

const DOMINO = ['opentiva-ketamine'];
const HERD = ['herd-2007'];
const FANTA = ['fanta-2015'];
const PEREZ = ['perez-ruixo-2021'];
const SIMONS = ['simons-2022-pk'];

/** Arterial vs venous sampling: applies to every model. */
const SAMPLING_NOTE = {
  text: 'Arterial sampling gives a volume of distribution and mean residence time about 40% smaller than venous sampling; models built on venous samples predict substantially longer context-sensitive half-times.',
  sources: ['persson-2002', 'kamp-2020'],
  grade: 'A',
} as const;

/**
 * Racemic clearance from an S-ketamine model: after the racemate, R-ketamine clears at
 * 15.8 and S-ketamine at 18.4 mL/min/kg; the racemate's clearance (harmonic mean) is 0.924
 * times S-ketamine's.
 */
const RACEMIC_CLEARANCE = {
  sources: ['wang-2019', 'persson-2002', 'prolonged-release-ketamine-2021'],
  grade: 'C',
  assumption:
    'Racemic clearance = S-ketamine clearance × 0.924: each enantiomer is half the dose, so the racemate’s clearance is the harmonic mean of the R- and S-ketamine clearances after the racemate, 2 / (1/15.8 + 1/18.4) = 17.0 mL/min/kg, divided by S-ketamine’s 18.4 (32 patients); separate enantiomers (arterial) give 0.91 and IV 5 mg 0.97.',
} as const;

const ENANTIOMER_SUBSTITUTION = {
  text: 'Racemic ketamine is given the S-ketamine model’s volumes, intercompartmental clearances and variability; only clearance is corrected for the slower R-enantiomer. Enantiomer volumes differ by about 15% (Vss S 6.6 vs R 5.6 L/kg after 5 mg IV).',
  sources: ['prolonged-release-ketamine-2021', 'wang-2019'],
  grade: 'C',
  assumption:
    'Enantiomer substitution is a modelling choice; no adult racemic population model with published variability was retrievable.',
} as const;

const ADULT_VALIDATION = {
  ageYears: [18, 65],
  weightKg: [45, 120],
  grade: 'C',
  assumption:
    'Assumed adult range (18–65 y, 45–120 kg): the plasma checks of the validation report are adult studies but assume 70 kg (weights and ages not in the abstracts), and the adult population model whose variability is used spans 18–86 y and 39–170 kg; ages and weights outside this range are flagged.',
} as const;

export const DISPOSITION_MODELS: readonly DispositionModel[] = [
  {
    id: 'domino-1984',
    label: 'Domino (racemic ketamine, adult 3-compartment TCI parameter set)',
    drug: 'racemic',
    population:
      'Adults given racemic IV ketamine, as implemented in TCI software; the original study population, dose and sampling site were not retrieved',
    scaling: {
      referenceWeightKg: 70,
      clearanceExponent: 1,
      volumeExponent: 1,
      sources: DOMINO,
      grade: 'E',
      note: 'TCI software sets V1 = 0.063 L/kg × weight with fixed micro-constants, so every clearance and volume is linear in weight.',
    },
    v1: {
      value: 4.41,
      unit: 'L',
      sources: DOMINO,
      grade: 'E',
      assumption: 'Derived: V1 = 0.063 L/kg × 70 kg = 4.41 L.',
    },
    cl: {
      value: 1.932,
      unit: 'L/min',
      sources: DOMINO,
      grade: 'E',
      assumption:
        'Derived from micro-constants: CL = k10 · V1 = 0.4381/min × 4.41 L = 1.932 L/min.',
    },
    q2: {
      value: 2.611,
      unit: 'L/min',
      sources: DOMINO,
      grade: 'E',
      assumption:
        'Derived from micro-constants: Q2 = k12 · V1 = 0.5921/min × 4.41 L = 2.611 L/min.',
    },
    v2: {
      value: 10.57,
      unit: 'L',
      sources: DOMINO,
      grade: 'E',
      assumption:
        'Derived from micro-constants: V2 = k12 · V1 / k21 = 2.611 L/min ÷ 0.247/min = 10.57 L.',
    },
    q3: {
      value: 2.602,
      unit: 'L/min',
      sources: DOMINO,
      grade: 'E',
      assumption: 'Derived from micro-constants: Q3 = k13 · V1 = 0.59/min × 4.41 L = 2.602 L/min.',
    },
    v3: {
      value: 178.2,
      unit: 'L',
      sources: DOMINO,
      grade: 'E',
      assumption:
        'Derived from micro-constants: V3 = k13 · V1 / k31 = 2.602 L/min ÷ 0.0146/min = 178.2 L.',
    },
    variability: {},
    validated: {
      ageYears: [18, 65],
      weightKg: [50, 100],
      sources: [],
      assumption:
        'The TCI implementation sets no age or weight limits and the original study population was not retrieved; an adult range (18–65 y, 50–100 kg) is assumed so that use outside ordinary adults is flagged.',
    },
    sampling: 'unknown',
    notes: [
      {
        text: 'Cross-check: the derived CL of 1.932 L/min is 115.9 L/h per 70 kg, 47% above the meta-analytic clearance of 79 L/h per 70 kg (95% CI 69–90) and above that interval’s upper bound.',
        sources: ['opentiva-ketamine', 'kamp-2020'],
        grade: 'A',
        assumption: 'Derived comparison: 1.932 L/min × 60 = 115.9 L/h; 115.9 ÷ 79 = 1.47.',
      },
      {
        text: 'Cross-check: the derived steady-state volume V1 + V2 + V3 = 193 L per 70 kg (2.76 L/kg) is 23% below the meta-analytic volume of distribution of 252 L per 70 kg (95% CI 200–304).',
        sources: ['opentiva-ketamine', 'kamp-2020'],
        grade: 'A',
        assumption: 'Derived comparison: 4.41 + 10.57 + 178.2 = 193.2 L; 193.2 ÷ 252 = 0.77.',
      },
      {
        text: 'The parameters are transcribed from TCI software, which cites only a PubMed id for the Domino model; the original paper (the PK brief’s "Domino 1984") was not retrieved, so its population, enantiomer assay and sampling site are unknown and no between-subject variability can be cited.',
        sources: DOMINO,
        grade: 'E',
      },
      {
        text: 'The software’s ke0 for this model (0.652/min) is derived from a time to peak effect of 1 min for anaesthesia, not from an analgesic endpoint; it is not used here.',
        sources: DOMINO,
        grade: 'E',
      },
      SAMPLING_NOTE,
    ],
  },
  {
    id: 'herd-2007',
    label: 'Herd & Anderson 2007 (racemic ketamine, children in the emergency department)',
    drug: 'racemic',
    population:
      'Children presenting to a children’s emergency department for procedural sedation and analgesia, racemic IV 1–1.5 mg/kg (n = 54)',
    scaling: {
      referenceWeightKg: 70,
      clearanceExponent: 0.75,
      volumeExponent: 1,
      sources: ['herd-2007', 'opentiva-ketamine'],
      grade: 'C',
      assumption:
        'The PK brief states that its per-70-kg values use exponent 0.75 for clearances and 1 for volumes, and the TCI implementation of this model does the same; the exponent was not verified against the paper itself.',
    },
    cl: {
      value: 1.5,
      unit: 'L/min',
      sources: HERD,
      grade: 'C',
      assumption: 'Converted from L/h: 90 L/h ÷ 60 = 1.5 L/min.',
    },
    v1: { value: 38.7, unit: 'L', sources: HERD, grade: 'C' },
    q2: {
      value: 3.583,
      unit: 'L/min',
      sources: HERD,
      grade: 'C',
      assumption: 'Converted from L/h: 215 L/h ÷ 60 = 3.583 L/min.',
    },
    v2: { value: 102, unit: 'L', sources: HERD, grade: 'C' },
    variability: {
      cl: { kind: 'cv', value: 0.381, sources: HERD, grade: 'C' },
      v1: { kind: 'cv', value: 0.64, sources: HERD, grade: 'C' },
      q2: { kind: 'cv', value: 0.19, sources: HERD, grade: 'C' },
      v2: { kind: 'cv', value: 0.517, sources: HERD, grade: 'C' },
    },
    validated: {
      ageYears: [1, 14],
      weightKg: [10.8, 74.8],
      sources: ['opentiva-ketamine'],
      grade: 'E',
      note: 'Model limits as implemented in TCI software; the PK brief says only "children in an ED". Not verified against the paper.',
    },
    sampling: 'unknown',
    notes: [
      {
        text: 'At 10 min after 1 mg/kg, half of the children were below 0.75 mg/L; nearly all stayed above 0.1 mg/L for more than 10 min.',
        sources: HERD,
        grade: 'C',
      },
      {
        text: 'Clearance of 90 L/h per 70 kg sits at the upper bound of the meta-analytic 79 L/h per 70 kg (95% CI 69–90).',
        sources: ['herd-2007', 'kamp-2020'],
        grade: 'A',
      },
      SAMPLING_NOTE,
    ],
  },
  {
    id: 'fanta-2015',
    label: 'Fanta 2015 (S-ketamine, healthy men, 3-compartment)',
    drug: 'esketamine',
    population:
      'Healthy men given S-ketamine IV 0.125 mg/kg and oral 0.25 mg/kg, venous sampling (n = 11); a 3-compartment S-ketamine model linked to a 3-compartment norketamine model with separate presystemic norketamine formation',
    scaling: {
      referenceWeightKg: 70,
      clearanceExponent: 0.75,
      volumeExponent: 1,
      sources: FANTA,
      grade: 'B',
      assumption:
        'The PK brief states that its per-70-kg values use exponent 0.75 for clearances and 1 for volumes; whether Fanta 2015 estimated a weight effect was not verified.',
    },
    cl: {
      value: 1.587,
      unit: 'L/min',
      sources: FANTA,
      grade: 'B',
      assumption: 'Converted from L/h: 95.2 L/h ÷ 60 = 1.587 L/min.',
    },
    v1: { value: 133, unit: 'L', sources: FANTA, grade: 'B' },
    q2: {
      value: 0.3867,
      unit: 'L/min',
      sources: FANTA,
      grade: 'B',
      assumption: 'Converted from L/h: Q1 23.2 L/h ÷ 60 = 0.3867 L/min (paired with Vp1 187 L).',
    },
    v2: { value: 187, unit: 'L', sources: FANTA, grade: 'B' },
    q3: {
      value: 2.617,
      unit: 'L/min',
      sources: FANTA,
      grade: 'B',
      assumption: 'Converted from L/h: Q2 157 L/h ÷ 60 = 2.617 L/min (paired with Vp2 98.8 L).',
    },
    v3: { value: 98.8, unit: 'L', sources: FANTA, grade: 'B' },
    variability: {
      cl: { kind: 'cv', value: 0.13, sources: FANTA, grade: 'B' },
      v1: {
        kind: 'omega2',
        value: 0.084,
        sources: ['otto-2021'],
        grade: 'C',
        note: 'Otto 2021 fixed the S-ketamine structural parameters to Fanta 2015 and estimated this variance on a larger healthy-volunteer data set (n = 48).',
      },
    },
    validated: {
      ageYears: [18, 45],
      weightKg: [50, 100],
      sources: [],
      assumption:
        'Healthy adult male volunteers; the study’s age and weight ranges were not retrieved, so a typical healthy-volunteer enrolment range (18–45 y, 50–100 kg) is assumed.',
    },
    sampling: 'venous',
    notes: [
      {
        text: 'Otto 2021 re-estimated variability with the Fanta structural model fixed: ω² V1 0.084, ω² CL 0.026 (covariance 0.023); residual proportional error 23.6% for S-ketamine. The model keeps Fanta’s CL variability (13%) and uses Otto’s V1 variance.',
        sources: ['otto-2021', 'fanta-2015'],
        grade: 'B',
      },
      {
        text: 'S-ketamine clears faster than R-ketamine (18.4 ± 3.4 vs 15.8 ± 3.1 mL/min/kg after the racemate); using this model for racemic ketamine is an extrapolation.',
        sources: ['wang-2019'],
        grade: 'C',
      },
      SAMPLING_NOTE,
    ],
  },
  {
    id: 'simons-2022',
    label: 'Simons 2022 (S-ketamine, healthy volunteers, arterial 3-compartment)',
    drug: 'esketamine',
    population:
      'Healthy volunteers (n = 20) given IV S-ketamine 20 mg over 20 min and oral thin film; arterial sampling',
    scaling: {
      referenceWeightKg: 70,
      clearanceExponent: 0.75,
      volumeExponent: 1,
      sources: SIMONS,
      grade: 'C',
      assumption:
        'The PK brief lists population parameters per 70 kg with exponents 0.75 (clearances) and 1 (volumes); the exponents were not checked against the paper.',
    },
    cl: { value: 1.48, unit: 'L/min', sources: SIMONS, grade: 'C' },
    v1: { value: 11.6, unit: 'L', sources: SIMONS, grade: 'C' },
    q2: { value: 2.43, unit: 'L/min', sources: SIMONS, grade: 'C' },
    v2: { value: 39, unit: 'L', sources: SIMONS, grade: 'C' },
    q3: { value: 1.21, unit: 'L/min', sources: SIMONS, grade: 'C' },
    v3: { value: 174, unit: 'L', sources: SIMONS, grade: 'C' },
    variability: {
      v1: { kind: 'omega2', value: 0.057, sources: SIMONS, grade: 'C' },
      cl: { kind: 'omega2', value: 0.029, sources: SIMONS, grade: 'C' },
      q3: { kind: 'omega2', value: 0.026, sources: SIMONS, grade: 'C' },
    },
    validated: {
      ageYears: [18, 45],
      weightKg: [50, 100],
      sources: [],
      assumption:
        'Healthy adult volunteers; the study’s age and weight ranges were not retrieved, so a typical healthy-volunteer enrolment range (18–45 y, 50–100 kg) is assumed.',
    },
    sampling: 'arterial',
    notes: [
      {
        text: 'Arterial model: central volume 11.6 L against 133 L in the venous Fanta 2015 model, so it predicts higher early concentrations, as measured in arterial blood.',
        sources: ['simons-2022-pk', 'fanta-2015'],
        grade: 'B',
      },
      SAMPLING_NOTE,
    ],
  },
  {
    id: 'perez-ruixo-2021',
    label: 'Perez-Ruixo 2021 (esketamine nasal spray population model, disposition part)',
    drug: 'esketamine',
    population:
      'Healthy volunteers and patients with treatment-resistant depression given esketamine intranasally (14–112 mg), IV 28 mg or orally 84 mg (n = 820)',
    scaling: {
      referenceWeightKg: 70,
      clearanceExponent: 0.75,
      volumeExponent: 1,
      sources: PEREZ,
      grade: 'C',
      assumption:
        'The PK brief states that its per-70-kg values use exponent 0.75 for clearances and 1 for volumes; the weight covariate model of Perez-Ruixo 2021 was not verified.',
    },
    cl: {
      value: 1.817,
      unit: 'L/min',
      sources: PEREZ,
      grade: 'C',
      assumption:
        'Derived by the PK brief from the hepato-portal (well-stirred) model: Clint = Vh × (kel + kmet) = 101 L × (1.11 + 2.77)/h = 392 L/h, E = Clint/(Qh + Clint) = 0.72 with Qh 151 L/h, CL = Qh × E ≈ 109 L/h ÷ 60 = 1.817 L/min. The hepato-portal compartment is collapsed into elimination from the central compartment.',
    },
    v1: { value: 192, unit: 'L', sources: PEREZ, grade: 'C' },
    q2: {
      value: 1.405,
      unit: 'L/min',
      sources: PEREZ,
      grade: 'C',
      assumption: 'Converted from L/h: Q1 84.3 L/h ÷ 60 = 1.405 L/min (paired with Vp1 143 L).',
    },
    v2: { value: 143, unit: 'L', sources: PEREZ, grade: 'C' },
    q3: {
      value: 0.6267,
      unit: 'L/min',
      sources: PEREZ,
      grade: 'C',
      assumption: 'Converted from L/h: Q2 37.6 L/h ÷ 60 = 0.6267 L/min (paired with Vp2 417 L).',
    },
    v3: { value: 417, unit: 'L', sources: PEREZ, grade: 'C' },
    variability: {
      v1: { kind: 'cv', value: 0.275, sources: PEREZ, grade: 'C' },
      v2: { kind: 'cv', value: 0.493, sources: PEREZ, grade: 'C' },
    },
    validated: {
      ageYears: [18, 65],
      weightKg: [50, 100],
      sources: [],
      assumption:
        'Adult healthy volunteers and adults with treatment-resistant depression; the pooled age and weight ranges were not retrieved, so an adult range (18–65 y, 50–100 kg) is assumed.',
    },
    sampling: 'unknown',
    notes: [
      {
        text: 'Collapsing the hepato-portal compartment drops its volume (Vh 101 L) from the distribution volumes and its variability (Qh CV 23.2%, kel CV 120%, Vh CV 34.6%) has no single clearance equivalent, so no CL variability is given; the published model also lacks ω(kmet) and has ODE typos, as noted by its transcriber.',
        sources: PEREZ,
        grade: 'C',
      },
      {
        text: 'Residual error 27.6% (esketamine) and 42.2% (noresketamine).',
        sources: PEREZ,
        grade: 'C',
      },
      SAMPLING_NOTE,
    ],
  },
  {
    id: 'fanta-2015-racemic',
    label:
      'Fanta 2015 S-ketamine model applied to racemic ketamine (healthy adults, venous, 3-compartment)',
    drug: 'racemic',
    population:
      'Healthy men given S-ketamine IV 0.125 mg/kg and oral 0.25 mg/kg, venous sampling (n = 11); variability re-estimated on 48 healthy volunteers (Otto 2021); clearance corrected for racemic ketamine',
    scaling: {
      referenceWeightKg: 70,
      clearanceExponent: 0.75,
      volumeExponent: 1,
      sources: FANTA,
      grade: 'B',
      assumption:
        'The PK brief states that its per-70-kg values use exponent 0.75 for clearances and 1 for volumes; whether Fanta 2015 estimated a weight effect was not verified.',
    },
    cl: {
      value: 1.466,
      unit: 'L/min',
      sources: [...FANTA, ...RACEMIC_CLEARANCE.sources],
      grade: 'B',
      assumption: `95.2 L/h ÷ 60 = 1.587 L/min (S-ketamine) × 0.924 = 1.466 L/min. ${RACEMIC_CLEARANCE.assumption}`,
    },
    v1: { value: 133, unit: 'L', sources: FANTA, grade: 'B' },
    q2: {
      value: 0.3867,
      unit: 'L/min',
      sources: FANTA,
      grade: 'B',
      assumption: 'Converted from L/h: Q1 23.2 L/h ÷ 60 = 0.3867 L/min (paired with Vp1 187 L).',
    },
    v2: { value: 187, unit: 'L', sources: FANTA, grade: 'B' },
    q3: {
      value: 2.617,
      unit: 'L/min',
      sources: FANTA,
      grade: 'B',
      assumption: 'Converted from L/h: Q2 157 L/h ÷ 60 = 2.617 L/min (paired with Vp2 98.8 L).',
    },
    v3: { value: 98.8, unit: 'L', sources: FANTA, grade: 'B' },
    variability: {
      cl: { kind: 'cv', value: 0.13, sources: FANTA, grade: 'B' },
      v1: { kind: 'omega2', value: 0.084, sources: ['otto-2021'], grade: 'C' },
    },
    validated: { ...ADULT_VALIDATION, grade: 'B', sources: ['fanta-2015', 'otto-2021'] },
    sampling: 'venous',
    notes: [ENANTIOMER_SUBSTITUTION, SAMPLING_NOTE],
  },
  {
    id: 'simons-2022-racemic',
    label:
      'Simons 2022 S-ketamine model applied to racemic ketamine (healthy adults, arterial, 3-compartment)',
    drug: 'racemic',
    population:
      'Healthy volunteers (n = 20) given IV S-ketamine 20 mg over 20 min and oral thin film, arterial sampling; clearance corrected for racemic ketamine',
    scaling: {
      referenceWeightKg: 70,
      clearanceExponent: 0.75,
      volumeExponent: 1,
      sources: SIMONS,
      grade: 'C',
      assumption:
        'The PK brief lists population parameters per 70 kg with exponents 0.75 (clearances) and 1 (volumes); the exponents were not checked against the paper.',
    },
    cl: {
      value: 1.368,
      unit: 'L/min',
      sources: [...SIMONS, ...RACEMIC_CLEARANCE.sources],
      grade: 'C',
      assumption: `1.48 L/min (S-ketamine) × 0.924 = 1.368 L/min. ${RACEMIC_CLEARANCE.assumption}`,
    },
    v1: { value: 11.6, unit: 'L', sources: SIMONS, grade: 'C' },
    q2: { value: 2.43, unit: 'L/min', sources: SIMONS, grade: 'C' },
    v2: { value: 39, unit: 'L', sources: SIMONS, grade: 'C' },
    q3: { value: 1.21, unit: 'L/min', sources: SIMONS, grade: 'C' },
    v3: { value: 174, unit: 'L', sources: SIMONS, grade: 'C' },
    variability: {
      v1: { kind: 'omega2', value: 0.057, sources: SIMONS, grade: 'C' },
      cl: { kind: 'omega2', value: 0.029, sources: SIMONS, grade: 'C' },
      q3: { kind: 'omega2', value: 0.026, sources: SIMONS, grade: 'C' },
    },
    validated: { ...ADULT_VALIDATION, sources: ['simons-2022-pk'] },
    sampling: 'arterial',
    notes: [ENANTIOMER_SUBSTITUTION, SAMPLING_NOTE],
  },
  {
    id: 'herd-2007-adult',
    label: 'Herd & Anderson 2007 racemic, scaled to adults (adult variability)',
    drug: 'racemic',
    population:
      'Typical values of the paediatric racemic model (children in an emergency department, n = 54) scaled allometrically to adult weight; between-patient variability from the adult esketamine population model (820 adults)',
    scaling: {
      referenceWeightKg: 70,
      clearanceExponent: 0.75,
      volumeExponent: 1,
      sources: ['herd-2007', 'opentiva-ketamine'],
      grade: 'C',
      assumption:
        'Allometric scaling (exponent 0.75 for clearances, 1 for volumes) to a 70-kg reference, as the paediatric model publishes its values.',
    },
    cl: {
      value: 1.5,
      unit: 'L/min',
      sources: HERD,
      grade: 'C',
      assumption: 'Converted from L/h: 90 L/h ÷ 60 = 1.5 L/min.',
    },
    v1: { value: 38.7, unit: 'L', sources: HERD, grade: 'C' },
    q2: {
      value: 3.583,
      unit: 'L/min',
      sources: HERD,
      grade: 'C',
      assumption: 'Converted from L/h: 215 L/h ÷ 60 = 3.583 L/min.',
    },
    v2: { value: 102, unit: 'L', sources: HERD, grade: 'C' },
    variability: {
      cl: {
        kind: 'cv',
        value: 0.232,
        sources: PEREZ,
        grade: 'C',
        assumption:
          'Adult between-patient variability of the hepatic blood flow that sets esketamine clearance in the 820-adult model (23.2%), used for clearance; adult NCA studies give 18–25%.',
      },
      v1: {
        kind: 'cv',
        value: 0.275,
        sources: PEREZ,
        grade: 'C',
        assumption:
          'Borrowed: the adult esketamine model’s central-volume variability (27.5%) is used for this model’s V1.',
      },
      v2: {
        kind: 'cv',
        value: 0.493,
        sources: PEREZ,
        grade: 'C',
        assumption:
          'Borrowed: the adult esketamine model’s shallow peripheral-volume variability (49.3%) is used for this model’s V2.',
      },
    },
    validated: { ...ADULT_VALIDATION, sources: ['herd-2007', 'perez-ruixo-2021'] },
    sampling: 'unknown',
    notes: [SAMPLING_NOTE],
  },
];
