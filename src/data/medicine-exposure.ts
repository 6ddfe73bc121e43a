/**
 * Published, route-specific changes in ketamine exposure caused by interacting medicines: the
 * AUC (and Cmax) ratio with and without the medicine. Kept apart from the registry's text so that
 * exposure estimates load only these numbers. Ratios are never carried from one route to another.
 */
import type { MedicineId, MedicineProfile } from '../medicines/schema.js';

export const MEDICINE_EXPOSURE: Readonly<Record<MedicineId, MedicineProfile['exposure']>> = {
  clarithromycin: [
    {
      route: 'oral',
      drug: 'esketamine',
      aucRatio: 2.6,
      cmaxRatio: 3.6,
      context:
        'Oral S-ketamine 0.2 mg/kg (syrup) after 4 days of clarithromycin; 10 healthy volunteers, randomized crossover',
      sources: ['hagelberg-2010'],
      grade: 'B',
      note: 'Often cited as Hagelberg 2013; the located paper is Eur J Pain 2010.',
    },
  ],
  'grapefruit-juice': [
    {
      route: 'oral',
      drug: 'esketamine',
      aucRatio: 3.0,
      aucRatioRange: [2.4, 3.6],
      cmaxRatio: 2.1,
      context:
        'Oral S-ketamine 0.2 mg/kg after grapefruit juice 200 mL three times daily for 5 days; 12 healthy volunteers, randomized open-label crossover',
      sources: ['peltoniemi-2012-grapefruit'],
      grade: 'B',
      note: 'Geometric mean AUC ratio. Cmax ratio range 1.8–2.6; elimination half-life +24%.',
    },
  ],
  itraconazole: [
    {
      route: 'oral',
      drug: 'esketamine',
      aucRatio: 1,
      context:
        'Oral S-ketamine 0.2 mg/kg after itraconazole 200 mg once daily for 6 days; 11 healthy volunteers, randomized blinded crossover',
      sources: ['peltoniemi-2011'],
      grade: 'B',
      assumption:
        'The paper reports that itraconazole "did not increase" S-ketamine exposure and gives no ratio; 1.0 is a reading of "not increased", not a published number.',
      note: 'Reported as "not increased".',
    },
  ],
  ticlopidine: [
    {
      route: 'oral',
      drug: 'esketamine',
      aucRatio: 2.4,
      context:
        'Oral S-ketamine 0.2 mg/kg after ticlopidine 250 mg twice daily for 6 days; 11 healthy volunteers, randomized blinded crossover',
      sources: ['peltoniemi-2011'],
      grade: 'B',
    },
  ],
  rifampicin: [
    {
      route: 'oral',
      drug: 'esketamine',
      aucRatio: 0.14,
      context:
        'Oral S-ketamine 0.3 mg/kg after rifampicin 600 mg daily for 6 days; 11 healthy volunteers, randomized paired crossover',
      sources: ['peltoniemi-2012-rifampicin'],
      grade: 'B',
      assumption: 'The paper reports an 86% decrease in mean AUC; the ratio is 1 − 0.86.',
    },
    {
      route: 'intravenous',
      drug: 'esketamine',
      aucRatio: 0.86,
      context:
        'IV S-ketamine 0.1 mg/kg after rifampicin 600 mg daily for 6 days; 11 healthy volunteers, randomized paired crossover',
      sources: ['peltoniemi-2012-rifampicin'],
      grade: 'B',
      assumption: 'The paper reports a 14% decrease in mean AUC; the ratio is 1 − 0.14.',
    },
  ],
  'st-johns-wort': [
    {
      route: 'oral',
      drug: 'esketamine',
      aucRatio: 0.42,
      cmaxRatio: 0.34,
      context:
        "Oral S-ketamine 0.3 mg/kg after 14 days of St John's wort; 12 healthy volunteers, randomized crossover",
      sources: ['peltoniemi-2012-st-johns-wort'],
      grade: 'B',
      assumption:
        'The paper reports decreases of 58% in AUC and 66% in Cmax; the ratios are 1 − 0.58 and 1 − 0.66.',
    },
  ],
  barbiturate: [],
  benzodiazepine: [],
  lamotrigine: [],
  opioid: [],
  dextromethorphan: [],
  memantine: [],
  magnesium: [],
  clonidine: [],
};

/**
 * How a medicine's exposure ratio is applied, and what is said when none is published for the
 * route and drug form. Placeholders are the medicine id, route, drug form and AUC ratio.
 */
export const INTERACTION_NOTES = {
  /** No ratio for this route (and drug form): exposure is not adjusted. */
  notPublished: {
    warning: (medicine: string, drug: string, route: string) =>
      `${medicine}: no published exposure change for ${drug} by the ${route} route; exposure is not adjusted (ratios are never carried across routes).`,
    note: (route: string) => `No published exposure change by the ${route} route; not adjusted.`,
    sources: [],
  },
  /** Racemic ketamine with only an S-ketamine ratio for the route. */
  fromEsketamine: {
    text: (medicine: string) =>
      `${medicine}: the ratio measured with S-ketamine is applied to racemic ketamine by the same route (both enantiomers share the CYP3A4/CYP2B6 pathways).`,
    sources: [],
  },
  /** An IV dose: clearance is divided by the AUC ratio. */
  intravenous: {
    note: (aucRatio: number) => `IV AUC × ${aucRatio}: clearance divided by it.`,
    sources: [],
    assumption: 'An interaction on an IV dose changes clearance by the inverse of the AUC ratio.',
  },
  /** Any other route: each patient's bioavailability is multiplied by the AUC ratio. */
  otherRoutes: {
    note: (route: string, aucRatio: number) =>
      `${route} AUC × ${aucRatio}: each patient's bioavailability multiplied by it (at most complete absorption).`,
    sources: [],
    assumption:
      "An interaction on a non-IV dose multiplies each patient's bioavailability by the AUC ratio (first-pass metabolism), without exceeding complete absorption.",
  },
  /** The warning that an interaction changed exposure. */
  applied: {
    warning: (medicine: string, route: string, aucRatio: number) =>
      `${medicine} changes ketamine exposure by the ${route} route: AUC × ${aucRatio}.`,
    sources: [],
  },
} as const;
