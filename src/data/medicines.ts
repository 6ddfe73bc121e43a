/**
 * The interacting-medicines registry: class, mechanism and published, route-specific
 * exposure effects, each with sources. Frozen at module load by the registry.
 *
 * All located exposure ratios come from single-dose S-ketamine (esketamine) studies in
 * healthy volunteers. Only rifampicin has been studied by more than one route; ratios are
 * never carried from oral to intravenous use.
 */
import type { MedicineProfile } from '../medicines/schema.js';

const SINGLE_DOSE_VOLUNTEER_GAP =
  'Single-dose study in healthy volunteers; the effect on how long chronic-pain relief lasts was not studied.';

/** The registry's text and mechanisms; exposure ratios are in `./medicine-exposure.ts`. */
export const MEDICINES: readonly Omit<MedicineProfile, 'exposure'>[] = [
  // ---------------------------------------------------------------------------
  // CYP3A inhibitors
  // ---------------------------------------------------------------------------
  {
    id: 'clarithromycin',
    label: 'Clarithromycin',
    drugClass: 'macrolide antibiotic',
    mechanisms: ['cyp3a4-inhibitor'],
    mechanism: {
      text: 'Potent CYP3A inhibitor. Raises oral S-ketamine levels, probably by inhibiting its CYP3A-mediated N-demethylation; the relative amount of norketamine fell by 54%.',
      sources: ['hagelberg-2010'],
      grade: 'B',
    },
    effects: [
      {
        text: 'Self-rated drug effect was stronger; other behavioural effects and cold-pain analgesia were unchanged.',
        sources: ['hagelberg-2010'],
        grade: 'B',
      },
      { text: SINGLE_DOSE_VOLUNTEER_GAP, sources: ['hagelberg-2010'], grade: 'B' },
    ],
  },
  {
    id: 'grapefruit-juice',
    label: 'Grapefruit juice',
    drugClass: 'food (fruit juice)',
    mechanisms: ['cyp3a4-inhibitor'],
    mechanism: {
      text: 'Down-regulates CYP3A4 in the intestinal wall, reducing presystemic metabolism. With oral S-ketamine the norketamine/ketamine AUC ratio fell by 57%.',
      sources: ['peltoniemi-2012-grapefruit', 'bailey-1998'],
      grade: 'B',
      note: 'The S-ketamine study abstract does not name the enzyme; the CYP3A4 mechanism is from the grapefruit-interaction review.',
    },
    effects: [
      {
        text: 'Self-rated relaxation fell and digit-symbol test performance rose; other behavioural and analgesic effects were unchanged.',
        sources: ['peltoniemi-2012-grapefruit'],
        grade: 'B',
      },
      { text: SINGLE_DOSE_VOLUNTEER_GAP, sources: ['peltoniemi-2012-grapefruit'], grade: 'B' },
    ],
  },
  {
    id: 'itraconazole',
    label: 'Itraconazole',
    drugClass: 'azole antifungal',
    mechanisms: ['cyp3a4-inhibitor'],
    mechanism: {
      text: 'CYP3A inhibitor. It did not increase oral S-ketamine exposure, although the norketamine/ketamine AUC ratio fell.',
      sources: ['peltoniemi-2011'],
      grade: 'B',
    },
    effects: [
      {
        text: 'Self-reported drowsiness and performance effects were greater than with placebo.',
        sources: ['peltoniemi-2011'],
        grade: 'B',
      },
      { text: SINGLE_DOSE_VOLUNTEER_GAP, sources: ['peltoniemi-2011'], grade: 'B' },
    ],
  },
  // ---------------------------------------------------------------------------
  // CYP2B6 inhibitor
  // ---------------------------------------------------------------------------
  {
    id: 'ticlopidine',
    label: 'Ticlopidine',
    drugClass: 'antiplatelet (thienopyridine)',
    mechanisms: ['cyp2b6-inhibitor'],
    mechanism: {
      text: 'CYP2B6 inhibitor. Ketamine is N-demethylated to norketamine by CYP3A4 and CYP2B6; ticlopidine lowered the norketamine/ketamine AUC ratio.',
      sources: ['peltoniemi-2011', 'peltoniemi-2016'],
      grade: 'B',
    },
    effects: [
      {
        text: 'Self-reported drowsiness and performance effects were greater than with placebo. The authors advise reducing the S-ketamine dose.',
        sources: ['peltoniemi-2011'],
        grade: 'B',
      },
      { text: SINGLE_DOSE_VOLUNTEER_GAP, sources: ['peltoniemi-2011'], grade: 'B' },
    ],
  },
  // ---------------------------------------------------------------------------
  // Inducers
  // ---------------------------------------------------------------------------
  {
    id: 'rifampicin',
    label: 'Rifampicin',
    drugClass: 'rifamycin antibiotic',
    mechanisms: ['cyp3a4-inducer', 'cyp2b6-inducer'],
    mechanism: {
      text: 'Broad CYP inducer ("a well-known inducer of many CYP enzymes and transporters"). In human hepatocytes it induces CYP3A4 and CYP2B6. The effect is much larger on oral than on IV S-ketamine.',
      sources: ['peltoniemi-2012-rifampicin', 'faucette-2004'],
      grade: 'B',
      note: 'CYP3A4 and CYP2B6 induction by rifampicin is from in-vitro hepatocyte studies; the S-ketamine study names no isoform.',
    },
    effects: [
      {
        text: 'Behavioural and analgesic effects were recorded for 12 h. None of the located S-ketamine PK interaction studies changed measured analgesia.',
        sources: ['peltoniemi-2012-rifampicin'],
        grade: 'B',
        note: 'The abstract text read for this entry was cut off before the pharmacodynamic results; the "no change in analgesia" summary is from the relief-duration brief (sections 4c item 5 and 7 item 9).',
      },
      { text: SINGLE_DOSE_VOLUNTEER_GAP, sources: ['peltoniemi-2012-rifampicin'], grade: 'B' },
    ],
  },
  {
    id: 'st-johns-wort',
    label: "St John's wort",
    drugClass: 'herbal antidepressant (Hypericum perforatum)',
    mechanisms: ['cyp3a4-inducer'],
    mechanism: {
      text: 'CYP3A4 inducer. Lowered oral S-ketamine and, less, norketamine (AUC −18%, Cmax −23%).',
      sources: ['peltoniemi-2012-st-johns-wort'],
      grade: 'B',
      note: 'CYP2B6 induction is not stated in the cited study, so it is not listed.',
    },
    effects: [
      {
        text: 'Analgesic and behavioural effects did not change significantly, but the authors warn that usual oral S-ketamine doses "may become ineffective".',
        sources: ['peltoniemi-2012-st-johns-wort'],
        grade: 'B',
      },
      { text: SINGLE_DOSE_VOLUNTEER_GAP, sources: ['peltoniemi-2012-st-johns-wort'], grade: 'B' },
    ],
  },
  {
    id: 'barbiturate',
    label: 'Barbiturates',
    drugClass: 'barbiturate (e.g. phenobarbital)',
    mechanisms: ['cyp3a4-inducer', 'cyp2b6-inducer'],
    mechanism: {
      text: 'Enzyme inducer: long-term barbiturate use lowered steady-state ketamine, which the authors attribute to enzyme induction. Phenobarbital induces CYP2B6 and CYP3A4 in human hepatocytes.',
      sources: ['long-term-analgosedation-pk', 'faucette-2004', 'li-2019-phenobarbital'],
      grade: 'C',
      assumption:
        'The ketamine study names neither the barbiturate nor a CYP isoform; listing CYP3A4 and CYP2B6 extends in-vitro phenobarbital data to the class.',
    },
    effects: [
      {
        text: 'In patients on long-term ketamine analgosedation (1.1–1.3 mg/kg/h), the 5 with long-term barbiturate use had significantly lower steady-state ketamine levels. No exposure ratio was reported.',
        sources: ['long-term-analgosedation-pk'],
        grade: 'C',
      },
      {
        text: 'No located study measured how barbiturates change ketamine analgesia or how long relief lasts.',
        sources: [],
        assumption:
          'Evidence gap: the only located ketamine study reports plasma levels, not analgesia.',
      },
    ],
  },
  // ---------------------------------------------------------------------------
  // Pharmacodynamic interactions
  // ---------------------------------------------------------------------------
  {
    id: 'benzodiazepine',
    label: 'Benzodiazepines',
    drugClass: 'benzodiazepine',
    mechanisms: ['pharmacodynamic'],
    mechanism: {
      text: 'Pharmacodynamic: adds sedation and amnesia and reduces distress. Lorazepam showed no pharmacokinetic interaction with ketamine.',
      sources: ['krystal-1998'],
      grade: 'B',
    },
    effects: [
      {
        text: 'Lorazepam 2 mg reduced ketamine-related distress but not its psychosis-like effects, and increased sedation and amnesia.',
        sources: ['krystal-1998'],
        grade: 'B',
      },
      {
        text: "Benzodiazepines may blunt ketamine's antidepressant effect.",
        sources: ['ketamine-depression-interactions-review'],
        grade: 'E',
      },
      {
        text: 'Midazolam was co-administered in positive CRPS studies: both arms of an outpatient RCT received midazolam 2 mg IV (with clonidine 0.1 mg orally), and a 5-year outpatient series (refractory pain including CRPS) gave midazolam before infusions.',
        sources: ['schwartzman-2009', 'patil-2012'],
        grade: 'B',
      },
      {
        text: 'No data were found on whether benzodiazepines shorten how long ketamine pain relief lasts.',
        sources: [],
        assumption:
          'Evidence gap recorded in the relief-duration brief (section 7 item 15); no located study measured it.',
      },
    ],
  },
  {
    id: 'lamotrigine',
    label: 'Lamotrigine',
    drugClass: 'anticonvulsant',
    mechanisms: ['pharmacodynamic'],
    mechanism: {
      text: "Pharmacodynamic: pretreatment attenuates ketamine's neuropsychiatric effects.",
      sources: ['anand-2000'],
      grade: 'B',
    },
    effects: [
      {
        text: 'Lamotrigine 300 mg 2 h before ketamine reduced dissociative and perceptual effects (P < .001) and memory impairment, and increased mood elevation.',
        sources: ['anand-2000'],
        grade: 'B',
      },
      {
        text: 'Its effect on ketamine analgesia and on how long relief lasts is unknown.',
        sources: [],
        assumption:
          'Evidence gap recorded in the relief-duration brief (section 4a); no located study measured analgesia with the combination.',
      },
    ],
  },
  {
    id: 'opioid',
    label: 'Opioids',
    drugClass: 'opioid analgesic',
    mechanisms: ['pharmacodynamic'],
    mechanism: {
      text: 'Pharmacodynamic: ketamine is opioid-sparing, lowering opioid use after surgery, including in opioid-dependent patients.',
      sources: ['loftus-2010', 'nielsen-2017', 'brinck-2021'],
      grade: 'B',
    },
    effects: [
      {
        text: 'Opioid-dependent back surgery: intraoperative ketamine 0.5 mg/kg plus 10 µg/kg/min lowered morphine use at 24 h and 48 h and still at 6 weeks.',
        sources: ['loftus-2010'],
        grade: 'B',
      },
      {
        text: 'Opioid-dependent spinal fusion: intraoperative S-ketamine 0.5 mg/kg plus 0.25 mg/kg/h lowered 24-h PCA morphine (79 ± 47 vs 121 ± 53 mg).',
        sources: ['nielsen-2017'],
        grade: 'B',
      },
      {
        text: 'S-ketamine added to oxycodone PCA after lumbar fusion lowered 24-h oxycodone only at 0.75 mg/mL (61.2 vs 81.9 mg; −25%).',
        sources: ['brinck-2021'],
        grade: 'B',
        note: 'medRxiv preprint.',
      },
      {
        text: 'Chronic refractory pain: after a 5-day inpatient infusion (0.1–0.35 mg/kg/h), oral morphine-equivalent dose fell from 191 to 122 to 93 mg/day, the last at 2 months.',
        sources: ['scirp-refractory-2021'],
        grade: 'C',
      },
    ],
  },
  {
    id: 'dextromethorphan',
    label: 'Dextromethorphan',
    drugClass: 'antitussive; NMDA receptor antagonist',
    mechanisms: ['pharmacodynamic'],
    mechanism: {
      text: 'Pharmacodynamic: oral NMDA receptor antagonist used as a follow-on ("bridge") after a ketamine infusion.',
      sources: ['pickering-2020', 'kreutzwiser-2019'],
      grade: 'B',
    },
    effects: [
      {
        text: 'Oral dextromethorphan 90 mg/day for 12 weeks after a ketamine infusion kept relief at 1 month (NRS 4.01 → 4.05, p = 0.53); there was no group difference at 3 months.',
        sources: ['pickering-2020'],
        grade: 'B',
      },
      {
        text: 'In fibromyalgia, response to an IV ketamine test (0.1 mg/kg) predicted response to oral dextromethorphan.',
        sources: ['cohen-2006'],
        grade: 'C',
        note: 'The relief-duration brief gives two sets of accuracy figures for this prediction (r = 0.66, PPV 77%, NPV 91% in section 1b; sensitivity 83%, specificity 86% in section 4a), so none are quoted here.',
      },
    ],
  },
  {
    id: 'memantine',
    label: 'Memantine',
    drugClass: 'NMDA receptor antagonist',
    mechanisms: ['pharmacodynamic'],
    mechanism: {
      text: 'Pharmacodynamic: oral NMDA receptor antagonist tried as a follow-on ("bridge") after a ketamine infusion.',
      sources: ['pickering-2020', 'kreutzwiser-2019'],
      grade: 'B',
    },
    effects: [
      {
        text: 'Memantine 20 mg/day after a ketamine infusion did not maintain relief at 1 month; pain rose with memantine and with placebo.',
        sources: ['pickering-2020'],
        grade: 'B',
      },
      {
        text: 'The Renal Drug Handbook lists increased CNS toxicity when memantine is combined with ketamine.',
        sources: ['renal-drug-handbook-ketamine'],
        grade: 'E',
      },
    ],
  },
  {
    id: 'magnesium',
    label: 'Magnesium',
    drugClass: 'mineral salt (magnesium sulfate)',
    mechanisms: ['pharmacodynamic'],
    mechanism: {
      text: 'Pharmacodynamic: NMDA receptor antagonist; ketamine and magnesium block NMDA receptor activation by distinct mechanisms.',
      sources: ['savic-vujovic-2017', 'kreutzwiser-2019'],
      grade: 'E',
    },
    effects: [
      {
        text: 'Refractory neuropathic pain (20 patients, crossover): adding magnesium sulfate 3 g to ketamine 0.5 mg/kg gave no additional analgesia over 35 days. Daily-pain AUC was 196 ± 92 with ketamine/magnesium, 185 ± 100 with ketamine and 187 ± 90 pain score-days with placebo (P = 0.296).',
        sources: ['pickering-2020-magnesium'],
        grade: 'B',
      },
      {
        text: 'In the same trial ketamine alone did not give relief over placebo at 5 weeks.',
        sources: ['pickering-2020-magnesium'],
        grade: 'B',
      },
      {
        text: 'At least one adverse event was reported by 35% of patients with ketamine/magnesium, 20% with ketamine and 10% with placebo.',
        sources: ['pickering-2020-magnesium'],
        grade: 'B',
      },
      {
        text: 'In the rat formalin test, magnesium sulfate and ketamine showed both additive and antagonistic antinociceptive interactions.',
        sources: ['savic-vujovic-2017'],
        grade: 'E',
      },
    ],
  },
  {
    id: 'clonidine',
    label: 'Clonidine',
    drugClass: 'α2-adrenergic agonist',
    mechanisms: ['pharmacodynamic'],
    mechanism: {
      text: 'Pharmacodynamic: given with ketamine in trial protocols to reduce its psychomimetic and cardiovascular effects.',
      sources: ['riccardi-2023'],
      grade: 'E',
      note: 'Purpose as summarised in the relief-duration brief (section 4a) for the protocols of Schwartzman 2009, Goldberg 2010 and the anesthetic-dose CRPS studies.',
    },
    effects: [
      {
        text: 'Both arms of an outpatient CRPS RCT received clonidine 0.1 mg orally (with midazolam 2 mg IV).',
        sources: ['schwartzman-2009'],
        grade: 'B',
      },
      {
        text: 'Other CRPS protocols used a clonidine patch 0.1 mg/day during 5-day infusions, or an IV α2-agonist (clonidine or dexmedetomidine; the table does not say which) at 0.2–0.85 µg/kg/h in intensive care.',
        sources: ['goldberg-2010', 'crps-ketamine-review-table-2023'],
        grade: 'A',
        note: 'Details read from a review table (secondary).',
      },
      {
        text: 'No quantitative effect of clonidine on how long ketamine relief lasts has been published.',
        sources: ['riccardi-2023'],
        grade: 'E',
      },
    ],
  },
];
