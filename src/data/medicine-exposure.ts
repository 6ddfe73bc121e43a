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
