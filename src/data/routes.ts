/**
 * Route profiles: SNOMED CT codes, bioavailability and the literature's time course of a single
 * administration, each value with its sources (ids in `./bibliography`). Values no source states
 * directly carry an `assumption`; missing evidence is recorded as a gap.
 * Frozen at module load by the registry.
 */
import type { RouteProfile } from '../routes/schema.js';
import { ROUTE_METHODS } from './route-methods.js';

const SCT = 'http://snomed.info/sct';
const FHIR = ['hl7-fhir-r4-route-codes'];

export const ROUTES: readonly RouteProfile[] = [
  {
    id: 'intravenous',
    label: 'Intravenous',
    snomed: { system: SCT, code: '47625008', display: 'Intravenous route', sources: FHIR },
    methods: ROUTE_METHODS['intravenous'],
    bioavailability: {
      kind: 'range',
      low: 1,
      high: 1,
      unit: 'fraction',
      context: 'Reference route',
      sources: [],
      assumption: 'An intravascular dose reaches the circulation entirely; IV is the reference.',
    },
    onset: {
      kind: 'range',
      low: 1,
      high: 5,
      unit: 'minute',
      context: 'Racemic 0.3 mg/kg bolus, ED adults',
      sources: ['miller-2015'],
      grade: 'B',
      assumption:
        'The source reports significant analgesia within 5 min; the 1-min lower bound is the PK brief’s synthesis (onset 1–5 min).',
    },
    timeToPeakPlasma: {
      kind: 'range',
      low: 0,
      high: 5,
      unit: 'minute',
      context: 'Bolus given as a push over 3–5 min',
      sources: ['motov-2015'],
      grade: 'B',
      assumption: 'Plasma levels peak at the end of an intravascular injection by definition.',
    },
    peakAnalgesia: {
      kind: 'range',
      low: 5,
      high: 15,
      unit: 'minute',
      context: 'Racemic 0.3 mg/kg bolus or 15-min infusion, ED adults',
      sources: ['miller-2015', 'motov-2017'],
      grade: 'B',
      assumption:
        'Maximum reduction was at 5 min (Miller 2015) and the pain drop was measured at 15 min (Motov 2017); the 5–15 min range is the PK brief’s synthesis.',
    },
    duration: {
      kind: 'range',
      low: 30,
      high: 120,
      unit: 'minute',
      context:
        'Racemic 0.3 mg/kg bolus, ED adults (Miller 2015); ketamine added to morphine, dose not reported (add-on RCT)',
      sources: ['miller-2015', 'rowland-ketamine-morphine-rct'],
      grade: 'B',
      assumption:
        'Miller 2015 reports moderate relief for 2 h; an add-on trial saw the benefit diminish by 60 min. The 30-min lower bound is the PK brief’s synthesis (useful relief 30–60 min, tail to 2 h).',
    },
    notes: [
      {
        text: 'Distribution (alpha) half-life 10–15 min; the label links the alpha phase to the anaesthetic effect.',
        sources: ['ketalar-label'],
        grade: 'B',
      },
      {
        text: 'A push caused a feeling of unreality in 92% of patients against 54% with a 15-min short infusion of the same 0.3 mg/kg dose.',
        sources: ['motov-2017'],
        grade: 'B',
      },
      {
        text: 'After a 100-h S-ketamine infusion in CRPS-1, relief outlasted the infusion by about 50 days (onset/offset half-life 10.9 days): chronic relief is not set by plasma levels.',
        sources: ['dahan-2011'],
        grade: 'B',
      },
    ],
  },
  {
    id: 'intramuscular',
    label: 'Intramuscular',
    snomed: { system: SCT, code: '78421000', display: 'Intramuscular route', sources: FHIR },
    methods: ROUTE_METHODS['intramuscular'],
    bioavailability: {
      kind: 'range',
      low: 0.41,
      high: 0.93,
      unit: 'fraction',
      context:
        'Children (population PK, 41%) and adults (93%, tertiary, attributed to Clements 1982)',
      sources: ['hornik-2018', 'wikipedia-ketamine-mirror', 'primidi-ketamine-pk'],
      grade: 'C',
      note: 'The sources disagree; the PK brief recommends a wide prior (0.4–0.95) flagged as uncertain.',
    },
    onset: {
      kind: 'range',
      low: 3,
      high: 5,
      unit: 'minute',
      context: 'CNS effect: anaesthetic 9–13 mg/kg (label, 3–4 min); textbook onset about 5 min',
      sources: ['ketalar-label', 'millers-anesthesia-6e'],
      grade: 'B',
      assumption: 'No analgesic-dose IM onset study was located; the CNS-effect onset is a proxy.',
    },
    timeToPeakPlasma: {
      kind: 'range',
      low: 5,
      high: 30,
      unit: 'minute',
      context:
        'Tertiary summary 5–15 min; adult trauma patients: median highest levels at 30 min (0.5 mg/kg) and 15 min (1.0 mg/kg)',
      sources: ['primidi-ketamine-pk', 'im-ketamine-trauma-1984'],
      grade: 'B',
    },
    peakAnalgesia: {
      kind: 'range',
      low: 20,
      high: 20,
      unit: 'minute',
      context: 'Peak CNS effect, textbook (about 20 min)',
      sources: ['millers-anesthesia-6e'],
      grade: 'E',
      assumption: 'No IM study of peak analgesia was located; the peak CNS effect is a proxy.',
    },
    duration: {
      kind: 'gap',
      reason:
        'No numeric duration was located: after 0.4 mg/kg IM + midazolam in chronic orofacial pain, relief lasted under 1 h in 7 of 13 responders and "several hours" in 6.',
      sources: ['rabben-2001'],
    },
    notes: [
      {
        text: 'Children formed substantially more norketamine than adults after IM dosing, and absorbed it faster.',
        sources: ['grant-1983'],
        grade: 'C',
      },
    ],
  },
  {
    id: 'subcutaneous',
    label: 'Subcutaneous',
    snomed: { system: SCT, code: '34206005', display: 'Subcutaneous route', sources: FHIR },
    methods: ROUTE_METHODS['subcutaneous'],
    bioavailability: {
      kind: 'gap',
      reason:
        'No human absolute bioavailability was located. In rats, SC, IM and IV-infusion exposure were similar.',
      sources: ['rat-sc-im-iv-ketamine'],
    },
    onset: {
      kind: 'range',
      low: 15,
      high: 30,
      unit: 'minute',
      context: 'Tertiary summary',
      sources: ['wikipedia-ketamine-mirror'],
      grade: 'E',
    },
    timeToPeakPlasma: {
      kind: 'gap',
      reason: 'No human SC Tmax was located.',
      sources: [],
    },
    peakAnalgesia: {
      kind: 'gap',
      reason: 'No SC study reporting the time of peak analgesia was located.',
      sources: [],
    },
    duration: {
      kind: 'gap',
      reason:
        'No single-dose SC relief duration was located; during continuous SC infusion in post-herpetic neuralgia, relief lasted only while infused.',
      sources: ['eide-1995'],
    },
    notes: [
      {
        text: 'A 1:1 SC-to-oral mg conversion kept analgesia in 27 of 29 cancer-pain patients, so route bioavailability alone does not predict effect.',
        sources: ['benitez-rosario-2011'],
        grade: 'C',
      },
      {
        text: 'Injection-site induration made continuous SC infusion intolerable in a post-herpetic neuralgia series.',
        sources: ['eide-1995'],
        grade: 'C',
      },
    ],
  },
  {
    id: 'oral',
    label: 'Oral (swallowed)',
    snomed: { system: SCT, code: '26643006', display: 'Oral route', sources: FHIR },
    methods: ROUTE_METHODS['oral'],
    bioavailability: {
      kind: 'range',
      low: 0.15,
      high: 0.24,
      unit: 'fraction',
      context:
        'Racemic, adults: 25 mg lozenge swallowed 24% (IQR 17–27); tablets about 20%; prolonged-release tablet S 15%, R 19%',
      sources: ['chong-2009', 'yanagihara-2003', 'prolonged-release-ketamine-2021'],
      grade: 'C',
    },
    onset: {
      kind: 'range',
      low: 20,
      high: 45,
      unit: 'minute',
      context: 'Sedation after 3–10 mg/kg (textbook) and 6 mg/kg in children (20–25 min)',
      sources: ['millers-anesthesia-6e', 'gutstein-1992'],
      grade: 'B',
      assumption: 'No adult analgesic-onset study was located; sedation onset is a proxy.',
    },
    timeToPeakPlasma: {
      kind: 'range',
      low: 30,
      high: 30,
      unit: 'minute',
      context: 'Tertiary summary (about 30 min)',
      sources: ['primidi-ketamine-pk'],
      grade: 'E',
    },
    peakAnalgesia: {
      kind: 'gap',
      reason: 'No adult study of the oral analgesic time course was located.',
      sources: [],
    },
    duration: {
      kind: 'range',
      low: 60,
      high: 360,
      unit: 'minute',
      context: 'Tertiary summaries (1–6+ h; 4–6 h)',
      sources: ['wikipedia-ketamine-mirror', 'primidi-ketamine-pk'],
      grade: 'E',
    },
    notes: [
      {
        text: 'Norketamine exposure exceeds ketamine after oral dosing (NK/K AUC ratio about 5 for a swallowed lozenge).',
        sources: ['chong-2009'],
        grade: 'C',
      },
      {
        text: 'S-ketamine oral bioavailability is about 8%.',
        sources: ['fanta-2015', 'spravato-label'],
        grade: 'B',
      },
      {
        text: 'Children: oral bioavailability 0.45 (90% CI 0.33–0.58) in a population model.',
        sources: ['brunette-2011'],
        grade: 'C',
      },
      {
        text: 'Prolonged-release tablets are absorption-limited: apparent half-life 11 ± 4 h (S) and 10 ± 4 h (R).',
        sources: ['prolonged-release-ketamine-2021'],
        grade: 'C',
      },
      {
        text: 'Inhibitor and inducer effects are much larger orally than IV (rifampicin −86% oral against −14% IV).',
        sources: ['peltoniemi-2012-rifampicin'],
        grade: 'B',
      },
    ],
  },
  {
    id: 'sublingual',
    label: 'Sublingual',
    snomed: { system: SCT, code: '37839007', display: 'Sublingual route', sources: FHIR },
    methods: ROUTE_METHODS['sublingual'],
    bioavailability: {
      kind: 'range',
      low: 0.24,
      high: 0.3,
      unit: 'fraction',
      context:
        'Racemic wafer 29% (90% CI 27–31), lozenge 24%, tablets about 30%; S-ketamine film 26%',
      sources: ['rolan-2014', 'chong-2009', 'yanagihara-2003', 'simons-2022-pk'],
      grade: 'C',
    },
    onset: {
      kind: 'gap',
      reason:
        'No racemic sublingual analgesic onset was located; plasma ketamine was quantifiable within 5 min in all subjects.',
      sources: ['rolan-2014'],
    },
    timeToPeakPlasma: {
      kind: 'range',
      low: 15,
      high: 60,
      unit: 'minute',
      context: 'Racemic 25 mg wafer, healthy men: Tmax 0.75 h (range 0.25–1.0)',
      sources: ['rolan-2014'],
      grade: 'C',
    },
    peakAnalgesia: {
      kind: 'gap',
      reason: 'No sublingual study reporting the time of peak analgesia was located.',
      sources: [],
    },
    duration: {
      kind: 'range',
      low: 120,
      high: 360,
      unit: 'minute',
      context: 'S-ketamine thin film 50–100 mg, healthy volunteers, experimental pain',
      sources: ['simons-2022-pd'],
      grade: 'B',
      assumption:
        'No racemic sublingual relief duration was located; antinociception after S-ketamine thin film in volunteers is a proxy.',
    },
    notes: [
      {
        text: 'Norketamine/ketamine AUC ratio 2.1 for a lozenge held sublingually, against 5 when swallowed.',
        sources: ['chong-2009'],
        grade: 'C',
      },
    ],
  },
  {
    id: 'buccal',
    label: 'Buccal',
    snomed: { system: SCT, code: '54471007', display: 'Buccal route', sources: FHIR },
    methods: ROUTE_METHODS['buccal'],
    bioavailability: {
      kind: 'range',
      low: 0.26,
      high: 0.26,
      unit: 'fraction',
      context: 'S-ketamine thin film, buccal and sublingual pooled (26 ± 1%)',
      sources: ['simons-2022-pk'],
      grade: 'C',
      note: 'No PK difference between buccal and sublingual placement (n = 5 buccal).',
    },
    onset: {
      kind: 'gap',
      reason: 'No buccal analgesic onset was located.',
      sources: [],
    },
    timeToPeakPlasma: {
      kind: 'gap',
      reason:
        'No observed buccal Tmax was located; the population model gives zero-order mucosal input over 13.1 min then first-order absorption (0.04/min).',
      sources: ['simons-2022-pk'],
    },
    peakAnalgesia: {
      kind: 'gap',
      reason: 'No buccal study reporting the time of peak analgesia was located.',
      sources: [],
    },
    duration: {
      kind: 'range',
      low: 120,
      high: 360,
      unit: 'minute',
      context: 'S-ketamine thin film 50–100 mg (buccal or sublingual), healthy volunteers',
      sources: ['simons-2022-pd'],
      grade: 'B',
      assumption:
        'No clinical buccal relief duration was located; antinociception in volunteers (experimental pain) is a proxy.',
    },
    notes: [],
  },
  {
    id: 'intranasal',
    label: 'Intranasal',
    snomed: { system: SCT, code: '46713006', display: 'Nasal route', sources: FHIR },
    methods: ROUTE_METHODS['intranasal'],
    bioavailability: {
      kind: 'range',
      low: 0.45,
      high: 0.48,
      unit: 'fraction',
      context: 'Racemic 25 mg spray about 45% (n = 3); esketamine label about 48%',
      sources: ['yanagihara-2003', 'spravato-label'],
      grade: 'B',
    },
    onset: {
      kind: 'range',
      low: 10,
      high: 14.3,
      unit: 'minute',
      context:
        'Racemic 1 mg/kg, ED trauma (14.3 ± 11.2 min to a 15-mm drop); breakthrough pain (within 10 min)',
      sources: ['shimonovich-2016', 'carr-2004'],
      grade: 'B',
    },
    timeToPeakPlasma: {
      kind: 'range',
      low: 10,
      high: 40,
      unit: 'minute',
      context:
        'S-ketamine 0.2–0.4 mg/kg (10–13.8 min); esketamine label (20–40 min after the last spray)',
      sources: ['huge-2010', 'spravato-label'],
      grade: 'B',
    },
    peakAnalgesia: {
      kind: 'range',
      low: 40,
      high: 60,
      unit: 'minute',
      context:
        'Racemic 1 mg/kg, ED (40.4 ± 16.3 min); S-ketamine 0.2–0.4 mg/kg, neuropathic pain (nadir at 60 min)',
      sources: ['shimonovich-2016', 'huge-2010'],
      grade: 'B',
    },
    duration: {
      kind: 'range',
      low: 45,
      high: 60,
      unit: 'minute',
      context:
        'Breakthrough pain (relief up to 60 min); ED adults and children (relief held at 60 min); tertiary 45–60 min',
      sources: ['carr-2004', 'shrestha-2016', 'frey-2019', 'wikipedia-ketamine-mirror'],
      grade: 'B',
      assumption:
        'The 45-min lower bound is a tertiary figure; no trial followed patients beyond 60 min, so 60 min is where observation ended, not where relief was seen to end.',
    },
    notes: [
      {
        text: 'Pain relief correlated more strongly with S-norketamine than with S-ketamine after intranasal S-ketamine.',
        sources: ['huge-2010'],
        grade: 'C',
      },
      {
        text: 'A meta-analysis found no difference from IV analgesics at 5–60 min.',
        sources: ['intranasal-ketamine-meta-2021'],
        grade: 'A',
      },
    ],
  },
  {
    id: 'rectal',
    label: 'Rectal',
    snomed: { system: SCT, code: '37161004', display: 'Per rectum', sources: FHIR },
    methods: ROUTE_METHODS['rectal'],
    bioavailability: {
      kind: 'range',
      low: 0.3,
      high: 0.3,
      unit: 'fraction',
      context: '50 mg suppository, adults (n = 3), about 30%',
      sources: ['yanagihara-2003', 'rectal-ketamine-induction-1983'],
      grade: 'C',
      note: 'Described as comparatively low because of incomplete absorption and a high first pass.',
    },
    onset: {
      kind: 'gap',
      reason:
        'No analgesic onset was located; premedication was assessed at 45 min (88% separated easily with 10 mg/kg).',
      sources: ['tanaka-2000'],
    },
    timeToPeakPlasma: { kind: 'gap', reason: 'No rectal Tmax was located.', sources: [] },
    peakAnalgesia: {
      kind: 'gap',
      reason: 'No rectal study reporting the time of peak analgesia was located.',
      sources: [],
    },
    duration: {
      kind: 'gap',
      reason: 'No rectal relief duration was located.',
      sources: [],
    },
    notes: [],
  },
  {
    id: 'topical',
    label: 'Topical / transdermal',
    snomed: { system: SCT, code: '6064005', display: 'Topical route', sources: FHIR },
    methods: ROUTE_METHODS['topical'],
    bioavailability: {
      kind: 'gap',
      reason:
        'Not determined; a 1% cream gave no significant systemic absorption, so topical analgesia is not modelled through systemic PK.',
      sources: ['lynch-2005'],
    },
    onset: {
      kind: 'gap',
      reason:
        'No analgesic onset was located; ketamine was detectable in plasma 30 min after a 25 mg cream.',
      sources: ['lauretti-2014'],
    },
    timeToPeakPlasma: { kind: 'gap', reason: 'No topical Tmax was located.', sources: [] },
    peakAnalgesia: {
      kind: 'gap',
      reason: 'No topical study reporting the time of peak analgesia was located.',
      sources: [],
    },
    duration: {
      kind: 'gap',
      reason:
        'Only time to first rescue analgesic is reported (patch 25 mg/24 h: 230 ± 112 min against 94 ± 54 min with placebo), not a relief duration.',
      sources: ['azevedo-2000'],
    },
    notes: [
      {
        text: 'A 1% cream was no better than placebo at 3 weeks in neuropathic pain.',
        sources: ['lynch-2005'],
        grade: 'B',
      },
    ],
  },
];
