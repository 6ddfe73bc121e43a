/**
 * Published ketamine plasma observations for golden tests: Cmax, Tmax and AUC by route.
 * Each entry names its source (bibliography id) and how the value was read.
 */
import type { RegimenInput } from '../../src/index';

export interface PkObservation {
  /** Short id, e.g. 'V5-sketamine-20min-infusion-cmax'. */
  id: string;
  /** Bibliography id(s) of the source. */
  sources: string[];
  /** Brief table reference, e.g. 'PK brief §3 V5'. */
  where: string;
  regimen: RegimenInput;
  /** Typical patient for the population studied; weightKg when the dose is per kg (state if assumed). */
  patient: { weightKg?: number; ageYears?: number; sex?: 'female' | 'male' };
  population: string;
  n: number | null;
  metric: 'cmax' | 'tmax' | 'auc';
  /** Published central value (mean or median) in ng/mL, minute or ng·h/mL. */
  value: number;
  /** Spread as published, for information (e.g. '± 10 SD', 'range 0.25–1.0 h'). */
  spread?: string;
  /** 'total' = racemic ketamine or esketamine as dosed; 'S-enantiomer' etc. when reported separately. */
  analyte: 'total' | 'S-enantiomer' | 'R-enantiomer';
  sampling: 'arterial' | 'venous' | 'unknown';
  /** When the value was converted or the regimen/patient was partly assumed, say how. */
  derived?: string;
  /** A published model to predict with (e.g. the arterial model for arterial samples). */
  model?: string;
  /**
   * `validation` (default): an independent check. `calibration`: a model value was derived
   * from this observation, so the check only confirms the derivation. `discrepancy`: the
   * observation conflicts with a larger or more direct source the model follows; the test
   * asserts it stays outside the band, so that the conflict is reported, not hidden, and any
   * model change that resolves it is noticed.
   */
  role?: 'validation' | 'calibration' | 'discrepancy';
  /** Why, for a `discrepancy`. */
  reason?: string;
}

export const PK_OBSERVATIONS: readonly PkObservation[] = [
  // ---------------------------------------------------------------------------
  // Intravenous
  // ---------------------------------------------------------------------------
  {
    id: 'V5-sketamine-20min-infusion-cmax-visit1',
    sources: ['simons-2022-pk'],
    where: 'PK brief §3 V5',
    regimen: {
      route: 'intravenous',
      dose: { amount: 20, unit: 'mg', over: { minutes: 20 } },
      drug: 'esketamine',
    },
    patient: {},
    population:
      'Healthy volunteers (S-ketamine oral thin film study, IV reference arm), first visit',
    n: 20,
    metric: 'cmax',
    value: 273,
    spread: '95% CI 259–287',
    analyte: 'total',
    sampling: 'arterial',
    model: 'simons-2022',
  },
  {
    id: 'V5-sketamine-20min-infusion-cmax-visit2',
    sources: ['simons-2022-pk'],
    where: 'PK brief §3 V5',
    regimen: {
      route: 'intravenous',
      dose: { amount: 20, unit: 'mg', over: { minutes: 20 } },
      drug: 'esketamine',
    },
    patient: {},
    population:
      'Healthy volunteers (S-ketamine oral thin film study, IV reference arm), second visit',
    n: 20,
    metric: 'cmax',
    value: 260,
    spread: '95% CI 251–269',
    analyte: 'total',
    sampling: 'arterial',
    model: 'simons-2022',
  },
  {
    id: 'antidepressant-infusion-0.5mgkg-40min-cmax',
    sources: ['zanos-2018'],
    where: 'PK brief §1.2 (antidepressant-type infusion)',
    regimen: {
      route: 'intravenous',
      dose: { amount: 0.5, unit: 'mg/kg', over: { minutes: 40 } },
    },
    patient: { weightKg: 70 },
    population:
      'Adults given the antidepressant-type infusion (compiled in Zanos 2018 Table 1; study population not given in the brief)',
    n: null,
    metric: 'cmax',
    value: 185,
    spread: 'none given (published as "≈185 ng/mL")',
    analyte: 'total',
    sampling: 'unknown',
    derived:
      'weightKg 70 assumed (weight not given); value compiled by a review (primary study not named in the brief); "≈185" read as 185',
  },

  // ---------------------------------------------------------------------------
  // Oral
  // ---------------------------------------------------------------------------
  {
    id: 'V15-racemic-oral-0.5mgkg-cmax',
    sources: ['zanos-2018'],
    where: 'PK brief §3 V15 and §1.5',
    regimen: { route: 'oral', dose: { amount: 0.5, unit: 'mg/kg' } },
    patient: { weightKg: 70 },
    population: 'Adult volunteers (Grant 1981, compiled in Zanos 2018 Table 1)',
    n: null,
    metric: 'cmax',
    value: 45,
    spread: '± 10',
    analyte: 'total',
    sampling: 'unknown',
    derived:
      'weightKg 70 assumed (adults, weight not given); Grant 1981 read via the Zanos 2018 compilation, primary paper not retrieved',
  },

  // ---------------------------------------------------------------------------
  // Sublingual
  // ---------------------------------------------------------------------------
  {
    id: 'V21-racemic-sl-wafer-25mg-tmax',
    sources: ['rolan-2014'],
    where: 'PK brief §3 V21 and §1.6',
    regimen: { route: 'sublingual', dose: { amount: 25, unit: 'mg' } },
    patient: { sex: 'male' },
    population: 'Healthy men, novel sublingual wafer',
    n: 8,
    metric: 'tmax',
    value: 45,
    spread: 'range 0.25–1.0 h',
    analyte: 'total',
    sampling: 'unknown',
    derived: 'Tmax 0.75 h converted to 45 min',
    role: 'calibration',
  },

  // ---------------------------------------------------------------------------
  // Intranasal
  // ---------------------------------------------------------------------------
  {
    id: 'V28-sketamine-in-0.2mgkg-cmax',
    sources: ['huge-2010'],
    where: 'PK brief §3 V28 and §1.8',
    regimen: {
      route: 'intranasal',
      dose: { amount: 0.2, unit: 'mg/kg' },
      drug: 'esketamine',
    },
    patient: { weightKg: 70 },
    population: 'Patients with neuropathic pain',
    n: 8,
    metric: 'cmax',
    value: 27.7,
    spread: '± 5.9',
    analyte: 'total',
    sampling: 'unknown',
    derived: 'weightKg 70 assumed (weight not stated in the brief)',
  },
  {
    id: 'V28-sketamine-in-0.2mgkg-tmax',
    sources: ['huge-2010'],
    where: 'PK brief §3 V28 and §1.8',
    regimen: {
      route: 'intranasal',
      dose: { amount: 0.2, unit: 'mg/kg' },
      drug: 'esketamine',
    },
    patient: { weightKg: 70 },
    population: 'Patients with neuropathic pain',
    n: 8,
    metric: 'tmax',
    value: 10,
    spread: '± 6.3',
    analyte: 'total',
    sampling: 'unknown',
    derived: 'weightKg 70 assumed (weight not stated in the brief)',
    role: 'discrepancy',
    reason:
      'The intranasal esketamine absorption rate comes from the population model of 820 subjects (Perez-Ruixo 2021), which reproduces the label Tmax of 20–40 min; this 8-patient study of S-ketamine solution measured earlier peaks. The model follows the larger study and the label.',
  },
  {
    id: 'V28-sketamine-in-0.4mgkg-cmax',
    sources: ['huge-2010'],
    where: 'PK brief §3 V28 and §1.8',
    regimen: {
      route: 'intranasal',
      dose: { amount: 0.4, unit: 'mg/kg' },
      drug: 'esketamine',
    },
    patient: { weightKg: 70 },
    population: 'Patients with neuropathic pain',
    n: 8,
    metric: 'cmax',
    value: 34.3,
    spread: '± 22.2',
    analyte: 'total',
    sampling: 'unknown',
    derived: 'weightKg 70 assumed (weight not stated in the brief)',
  },
  {
    id: 'V28-sketamine-in-0.4mgkg-tmax',
    sources: ['huge-2010'],
    where: 'PK brief §3 V28 and §1.8',
    regimen: {
      route: 'intranasal',
      dose: { amount: 0.4, unit: 'mg/kg' },
      drug: 'esketamine',
    },
    patient: { weightKg: 70 },
    population: 'Patients with neuropathic pain',
    n: 8,
    metric: 'tmax',
    value: 13.8,
    spread: '± 4.8',
    analyte: 'total',
    sampling: 'unknown',
    derived: 'weightKg 70 assumed (weight not stated in the brief)',
    role: 'discrepancy',
    reason:
      'The intranasal esketamine absorption rate comes from the population model of 820 subjects (Perez-Ruixo 2021), which reproduces the label Tmax of 20–40 min; this 8-patient study of S-ketamine solution measured earlier peaks. The model follows the larger study and the label.',
  },
];

/*
 * Candidates considered and skipped (not expressible as a central parent-drug Cmax, Tmax or
 * AUC after one single-dose regimen):
 *
 * - IV anaesthetic 1–2 mg/kg → 1200–2400 ng/mL [zanos-2018; PK brief §1.1, §1.11]: a
 *   compiled range spanning a two-fold dose range, with no central value and no sampling time.
 * - Idvall 1979, V10 [idvall-1979; PK brief §3 V10, §1.2]: steady state 9.3 ± 0.8 µmol/L
 *   (≈2.2 µg/mL) follows a 2 mg/kg bolus plus a 41 ± 21 µg/kg/min infusion of unstated length.
 *   That is two doses in one session (a regimen holds one dose), the rate varied widely, and
 *   a steady-state level is not Cmax, Tmax or AUC.
 * - Esketamine IN label Tmax 20–40 min after the last spray [spravato-label; PK brief §1.8]:
 *   a range, not a central value. The dose is not given in the brief, and the label regimen
 *   (several devices 5 min apart, timed from the last spray) is not one bolus.
 * - Herd 2007, V4 [herd-2007]: "half of children < 0.75 mg/L at 10 min after 1 mg/kg" is a
 *   median concentration at a fixed time, not Cmax, Tmax or AUC.
 * - Oral S-ketamine 0.25 mg/kg, V19, and IV S-ketamine 0.125 mg/kg [fanta-2015]: the brief gives
 *   only F 8% and model parameters, with no Cmax, Tmax or AUC.
 * - Prolonged-release 40 mg tablet, V18 [prolonged-release-ketamine-2021]: the brief gives F,
 *   apparent t½ and HNK/K AUC ratios only; no parent Cmax, Tmax or AUC.
 * - S-ketamine oral thin film 50/100 mg, V23 [simons-2022-pk, simons-2022-pd]: F 26% and C50s
 *   only; no Cmax, Tmax or AUC.
 * - SL wafer 25 mg, V21 [rolan-2014]: Tmax is included above; the brief gives no Cmax or AUC.
 * - IN S-norketamine Cmax 18–34 ng/mL at 75–81 min [huge-2010]; IN racemic NK AUC0–6 ≈100
 *   ng·h/mL, V25, and oral/SL NK AUC0–8 [yanagihara-2003]: metabolite, not parent drug.
 * - SL/oral lozenge NK/K AUC ratios, V17 [chong-2009]: ratios, not absolute values.
 * - Esketamine vs racemate clearances, V1 [wang-2019]: clearance, not Cmax, Tmax or AUC (an
 *   AUC from dose/CL would be a derived, not a published, value).
 * - Analgesic range 70–160 ng/mL after 0.15 mg/kg IV and dissociation 100–250 ng/mL
 *   [zanos-2018; relief brief PK anchors, PK brief §1.11]: ranges with no central value or
 *   time. "120 ng/mL after 0.3 mg/kg" (schizophrenia patients) is an effect threshold with no
 *   route or time.
 * - S-ketamine PET target 150 ng/mL (achieved 159 ± 21) and anaesthetic target 1500–2000
 *   ng/mL (achieved 1959 ± 442) [langsjo-2005; PK brief §1.11]: target-controlled infusions,
 *   so the regimen cannot be expressed.
 * - 5-day CRPS infusion, peak at 240–300 min [goldberg-2010; PK brief §1.2]: titrated
 *   10–40 mg/h, so the regimen cannot be expressed, and the value is a range.
 * - Tertiary Tmax values (IM "5–15 min", oral "about 30 min") [primidi-ketamine-pk; PK brief
 *   §1.3, §1.5, grade C] and Grant 1981 IM Tmax ≈22 min (unverified, from memory): ranges or
 *   no dose, low quality.
 * - Oral S-ketamine interaction Cmax/AUC ratios [relief brief §4a]: ratios, not
 *   absolute values.
 */
