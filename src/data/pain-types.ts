/**
 * Pain type profiles: guideline strength of evidence for short-term and lasting relief,
 * what is known about how long relief lasts, and responder shares, each with sources.
 * Frozen at module load by the registry.
 */
import type { PainTypeProfile } from '../pain-types/schema.js';

/** Wording shared by every chronic type the 2018 chronic-pain guideline rates "weak or no evidence". */
const NO_LASTING_EVIDENCE =
  'The 2018 chronic-pain guideline found no evidence of intermediate- or long-term improvement for any condition except CRPS.';

/** The guideline's verdict on lasting relief for every chronic type except CRPS. */
const GUIDELINE_NO_LASTING: PainTypeProfile['lastingRelief'] = {
  strength: 'none',
  gradedBy: 'guideline',
  summary: { text: NO_LASTING_EVIDENCE, sources: ['cohen-2018'], grade: 'B' },
};

export const PAIN_TYPES: readonly PainTypeProfile[] = [
  {
    id: 'acute-postoperative',
    label: 'Acute postoperative pain',
    category: 'acute',
    shortTermRelief: {
      strength: 'moderate',
      gradedBy: 'project',
      summary: {
        text: 'The 2018 acute-pain guideline supports IV ketamine as an adjunct to opioids after surgery. RCTs in opioid-dependent spine surgery found less opioid use in the first 24–48 h.',
        sources: ['schwenk-2018', 'loftus-2010', 'nielsen-2017'],
        grade: 'A',
        assumption:
          "The guideline's letter grades were not verified, so the project grades this itself: guideline support plus RCTs with lower opioid use at 24–48 h is rated 'moderate'.",
      },
    },
    lastingRelief: {
      strength: 'weak',
      gradedBy: 'project',
      summary: {
        text: 'In opioid-dependent spine surgery, intraoperative ketamine was followed by lower opioid use at 6 weeks (Loftus 2010) and better improvement in back pain at 6 months (Nielsen 2017).',
        sources: ['loftus-2010', 'nielsen-2017'],
        grade: 'B',
        assumption:
          "No guideline grades lasting relief after surgery. The project rates it 'weak' because only two RCTs, both in opioid-dependent spine surgery, report effects beyond 48 h.",
      },
    },
    reliefDuration: {
      kind: 'range',
      low: 24,
      high: 48,
      unit: 'hour',
      context:
        'Intraoperative IV ketamine 0.5 mg/kg at induction + 10 µg/kg/min until wound closure, opioid-dependent back surgery: less morphine used at 24 h and 48 h after surgery.',
      sources: ['loftus-2010'],
      grade: 'B',
      assumption:
        'The bounds are the reported assessment times (24 h and 48 h) at which opioid use was lower, not a measured end of relief. Opioid use stands in for pain relief.',
      note: 'The same trial found lower opioid use still at 6 weeks.',
    },
    responders: [],
    notes: [
      {
        text: 'Opioid-dependent spinal fusion: intraoperative S-ketamine 0.5 mg/kg + 0.25 mg/kg/h cut PCA morphine in the first 24 h from 121 ± 53 mg to 79 ± 47 mg.',
        sources: ['nielsen-2017'],
        grade: 'B',
      },
      {
        text: 'Added to oxycodone PCA after lumbar fusion, S-ketamine lowered 24-h oxycodone use only at the highest concentration tested (0.75 mg/mL: 61.2 vs 81.9 mg), so the effect is dose-dependent.',
        sources: ['brinck-2021'],
        grade: 'B',
      },
      {
        text: 'A Cochrane review of perioperative IV ketamine (130 trials, 8341 patients) took its primary outcomes at 24 and 48 h after surgery.',
        sources: ['brinck-2018'],
        grade: 'A',
      },
    ],
  },
  {
    id: 'acute-trauma',
    label: 'Acute trauma and emergency department pain',
    category: 'acute',
    shortTermRelief: {
      strength: 'moderate',
      gradedBy: 'project',
      summary: {
        text: 'The 2018 acute-pain guideline supports ketamine as a stand-alone analgesic in the emergency department, and less strongly by the intranasal route. In ED RCTs, IV 0.3 mg/kg matched morphine 0.1 mg/kg (pain 8.6 → 4.1 vs 8.5 → 3.9 at 30 min).',
        sources: ['schwenk-2018', 'motov-2015', 'miller-2015'],
        grade: 'A',
        assumption:
          "The guideline's letter grades were not verified, so the project grades this itself: guideline support plus RCTs showing relief equal to morphine is rated 'moderate'.",
      },
    },
    lastingRelief: {
      strength: 'none',
      gradedBy: 'project',
      summary: {
        text: 'ED studies of a single dose followed patients for 60–120 min. No study located measured relief after that.',
        sources: ['motov-2015', 'miller-2015', 'shimonovich-2016'],
        grade: 'B',
        assumption:
          "The project rates lasting relief 'none' because no located study followed ED patients beyond 2 h; lasting relief is not an outcome these trials set out to test.",
      },
    },
    reliefDuration: {
      kind: 'range',
      low: 30,
      high: 120,
      unit: 'minute',
      context:
        'Single IV dose of 0.3 mg/kg in the emergency department, adults with acute pain: peak at 5 min, then "moderate reduction in pain for 2 hours"; in an add-on RCT the benefit had diminished at 60 min.',
      sources: ['miller-2015', 'rowland-ketamine-morphine-rct'],
      grade: 'B',
      assumption:
        'ED durations are confounded by co-analgesics and rescue dosing; the 30-min lower bound is the PK brief’s synthesis (useful relief 30–60 min, tail to 2 h), as for the intravenous route.',
    },
    responders: [],
    notes: [
      {
        text: 'Intranasal ketamine 1 mg/kg for trauma pain: onset 14.3 min, maximum effect at 40 min; follow-up lasted only 60 min.',
        sources: ['shimonovich-2016'],
        grade: 'B',
      },
      {
        text: 'A meta-analysis of 7 RCTs found intranasal ketamine no different from IV analgesics at 5–60 min; nothing was reported beyond 60 min.',
        sources: ['intranasal-ketamine-meta-2021'],
        grade: 'A',
      },
      {
        text: 'In the ED, 0.15 mg/kg IV over 15 min was non-inferior to 0.30 mg/kg at 30 min (NRS 4.7 vs 5.0); the higher dose gave a larger drop at 15 min and more adverse effects.',
        sources: ['ed-ketamine-two-dose-rct-2021'],
        grade: 'B',
      },
      {
        text: 'Feeling of unreality: 92% after a 0.3 mg/kg IV push vs 54% after the same dose as a 15-min infusion, with similar pain relief at 15 min.',
        sources: ['motov-2017'],
        grade: 'B',
      },
    ],
  },
  {
    id: 'crps',
    label: 'Complex regional pain syndrome (CRPS)',
    category: 'chronic',
    shortTermRelief: {
      strength: 'moderate',
      gradedBy: 'guideline',
      summary: {
        text: 'Moderate evidence that ketamine infusions (22 mg/h for 4 days, or 0.35 mg/kg/h for 4 h a day over 10 days) improve CRPS pain for up to 12 weeks.',
        sources: ['cohen-2018'],
        grade: 'B',
      },
    },
    lastingRelief: {
      strength: 'moderate',
      gradedBy: 'guideline',
      summary: {
        text: 'CRPS is the only condition with guideline-rated evidence of benefit beyond the short term: moderate evidence of pain relief for up to 12 weeks. In the 100-h RCT, relief stayed significant through week 11 and was lost at week 12 (P = 0.07).',
        sources: ['cohen-2018', 'sigtermans-2009-crps', 'crps-ketamine-review-table-2023'],
        grade: 'A',
        note: 'The week-11 figure was read from a review table.',
      },
    },
    reliefDuration: {
      kind: 'range',
      low: 4,
      high: 12,
      unit: 'week',
      context:
        'Multi-day IV courses in adults with CRPS (S-ketamine 100 h continuous; 4 h a day for 10 days; pooled mean infusion length 8.41 days). Time after the end of the course.',
      sources: ['cohen-2018', 'sigtermans-2009-crps', 'dahan-2011', 'zhao-2018', 'lee-2025'],
      grade: 'A',
      assumption:
        'The bounds are a project synthesis of the cited anchors: the lower bound is the start of the 1–3 month window in which 58% still had ≥ 30% relief (Zhao), read as 4 weeks, in line with relief lasting "> 4–6 weeks" in a retrospective series (Lee); the upper bound is the guideline ceiling of 12 weeks. Sigtermans found significance through week 11 and Dahan modelled relief outlasting the infusion by about 50 days.',
    },
    responders: [
      {
        kind: 'range',
        low: 0.57,
        high: 0.77,
        unit: 'probability',
        context:
          'Model-estimated chance of an analgesic effect with 100-h S-ketamine infusion, CRPS-1 (67 ± 10%; placebo 23 ± 9%).',
        sources: ['dahan-2011'],
        grade: 'B',
        assumption: 'The band is the reported 67 ± 10% written as 0.67 − 0.10 to 0.67 + 0.10.',
      },
      {
        kind: 'range',
        low: 0.53,
        high: 0.84,
        unit: 'probability',
        context:
          '≥ 30% pain relief immediately after the infusion series, pooled (15 studies, n = 258): 69% (95% CI 53–84%).',
        sources: ['zhao-2018'],
        grade: 'A',
        note: 'High heterogeneity and publication bias.',
      },
      {
        kind: 'range',
        low: 0.41,
        high: 0.75,
        unit: 'probability',
        context:
          '≥ 30% pain relief 1–3 months after the infusion series, pooled (15 studies, n = 258): 58% (95% CI 41–75%).',
        sources: ['zhao-2018'],
        grade: 'A',
        note: 'High heterogeneity and publication bias.',
      },
    ],
    notes: [
      {
        text: 'Guideline: moderate evidence that higher doses, longer infusions and more frequent administration work better; higher doses and more frequent infusions also carry more risk.',
        sources: ['cohen-2018'],
        grade: 'B',
      },
      {
        text: 'Plasma ketamine falls quickly after the infusion stops, but the modelled onset/offset half-life of relief is 10.9 ± 4.0 days, so the lasting effect is pharmacodynamic.',
        sources: ['dahan-2011'],
        grade: 'B',
      },
      {
        text: 'In the 100-h RCT, pain fell but function did not improve, and psychomimetic effects occurred in 76% vs 18% on placebo.',
        sources: ['sigtermans-2009-crps'],
        grade: 'B',
      },
      {
        text: 'Limb matters: in lower-limb CRPS, pain thresholds plateaued by days 3–4 of infusion; in upper-limb CRPS there was no plateau, so more than 4 days may be needed.',
        sources: ['kirkpatrick-2020'],
        grade: 'C',
      },
      {
        text: 'Practitioners surveyed reported that relief lasts longer the more total infusion hours are given per round.',
        sources: ['xu-2019'],
        grade: 'E',
      },
      {
        text: 'In repeated outpatient infusions, VAS fell by 7.2 in CRPS vs 5.1 in other conditions (p = 0.002).',
        sources: ['patil-2012'],
        grade: 'D',
      },
      {
        text: 'A systematic review judged the CRPS evidence weak and of moderate-to-low quality.',
        sources: ['connolly-2015'],
        grade: 'A',
      },
      {
        text: 'Anaesthetic-dose ketamine (3–7 mg/kg/h for 5 days, intubated in ICU) gave full remission at 3 months in 65% of 20 patients (open-label, read via a review table); a subanaesthetic S-ketamine pilot by the same group had no responders.',
        sources: ['kiefer-2008-anesthetic', 'kiefer-2008-pilot'],
        grade: 'C',
        note: 'The 65% figure was read from a review table (crps-ketamine-review-table-2023); the grade is that of the open-label studies.',
      },
    ],
  },
  {
    id: 'neuropathic',
    label: 'Neuropathic pain (non-CRPS)',
    category: 'chronic',
    shortTermRelief: {
      strength: 'weak',
      gradedBy: 'guideline',
      summary: {
        text: 'Guideline: weak or no evidence for mixed neuropathic pain, for immediate improvement only. In a crossover RCT of peripheral traumatic neuropathic pain, a single 0.4 mg/kg dose cut VAS by 55% vs 22% with saline.',
        sources: ['cohen-2018', 'kvarnstrom-2003'],
        grade: 'B',
        assumption:
          "The guideline says 'weak or no evidence'; the project picks 'weak' because RCTs showed immediate benefit (Kvarnström 2003; Gottrup 2006).",
      },
    },
    lastingRelief: {
      strength: 'none',
      gradedBy: 'guideline',
      summary: {
        text: `${NO_LASTING_EVIDENCE} A meta-analysis of RCTs in chronic non-cancer pain found a small effect up to 2 weeks after infusion.`,
        sources: ['cohen-2018', 'orhurhu-2019'],
        grade: 'A',
      },
    },
    reliefDuration: {
      kind: 'range',
      low: 2,
      high: 2,
      unit: 'week',
      context:
        'IV ketamine infusions, meta-analysis of 7 RCTs in chronic non-cancer pain (n = 211): small effect (MD −1.83 NRS) up to 2 weeks after infusion.',
      sources: ['orhurhu-2019'],
      grade: 'A',
      assumption:
        'A pooled chronic non-cancer figure applied to neuropathic pain: single-dose neuropathic RCTs measured relief only during and just after the infusion.',
    },
    responders: [
      {
        kind: 'range',
        low: 7 / 12,
        high: 7 / 12,
        unit: 'probability',
        context:
          '≥ 50% VAS reduction after a single IV dose of 0.4 mg/kg, peripheral traumatic neuropathic pain, crossover RCT (lidocaine 4/12, saline 2/12).',
        sources: ['kvarnstrom-2003'],
        grade: 'B',
        assumption: 'Computed from 7/12.',
      },
    ],
    notes: [
      {
        text: 'In a crossover RCT of infusions (0.5 mg/kg) given 35 days apart in refractory neuropathic pain, daily pain over 35 days did not differ between ketamine and placebo: evidence against benefit lasting weeks after one infusion.',
        sources: ['pickering-2020-magnesium'],
        grade: 'B',
      },
      {
        text: 'Nerve-injury pain: 0.24 mg/kg over 30 min reduced ongoing pain and brush- and pinprick-evoked pain; only the acute effect was studied.',
        sources: ['gottrup-2006'],
        grade: 'B',
      },
      {
        text: 'After an infusion, oral dextromethorphan 90 mg/day kept relief at 1 month; memantine 20 mg/day did not.',
        sources: ['pickering-2020'],
        grade: 'B',
      },
      {
        text: 'In a 1-year cohort of refractory chronic pain, patients on the "mild" trajectory (16%) were mostly neuropathic.',
        sources: ['corriger-2022'],
        grade: 'C',
      },
    ],
  },
  {
    id: 'spinal-cord-injury',
    label: 'Spinal cord injury pain',
    category: 'chronic',
    shortTermRelief: {
      strength: 'weak',
      gradedBy: 'guideline',
      summary: {
        text: 'Guideline: weak evidence (0.42 mg/kg/h, or 0.4 mg/kg over 17 min to 5 h for 7 consecutive days) for short-term improvement.',
        sources: ['cohen-2018'],
        grade: 'B',
      },
    },
    lastingRelief: {
      strength: 'none',
      gradedBy: 'guideline',
      summary: {
        text: `${NO_LASTING_EVIDENCE} One small epidural RCT found benefit at days 7, 15 and 30 but not at 45 and 60.`,
        sources: ['cohen-2018', 'amr-2011'],
        grade: 'B',
      },
    },
    reliefDuration: {
      kind: 'range',
      low: 30,
      high: 45,
      unit: 'day',
      context:
        'Single epidural ketamine 0.2 mg/kg with gabapentin, chronic pain after spinal cord injury, RCT (n = 40): better at days 7, 15 and 30; not significant at days 45 and 60.',
      sources: ['amr-2011'],
      grade: 'B',
      assumption:
        'The bounds are the last assessment with a significant difference (day 30) and the first without one (day 45).',
    },
    responders: [],
    notes: [
      {
        text: 'Acute-phase SCI (13 patients): IV then oral ketamine for a mean of 17.2 days cut pain by 74.7% at the end of treatment and 96.8% at final follow-up, with no recurrence.',
        sources: ['kim-2013'],
        grade: 'C',
      },
    ],
  },
  {
    id: 'phantom-limb',
    label: 'Phantom limb pain',
    category: 'chronic',
    shortTermRelief: {
      strength: 'weak',
      gradedBy: 'guideline',
      summary: {
        text: 'Guideline: weak or no evidence, for immediate improvement only. In a crossover RCT, ketamine 0.4 mg/kg IV reduced phantom pain; calcitonin did not.',
        sources: ['cohen-2018', 'eichenberger-2008'],
        grade: 'B',
        assumption:
          "The guideline says 'weak or no evidence'; the project picks 'weak' because an RCT showed immediate benefit (Eichenberger 2008).",
      },
    },
    lastingRelief: {
      strength: 'none',
      gradedBy: 'guideline',
      summary: {
        text: `${NO_LASTING_EVIDENCE} The RCT recorded pain only up to 48 h.`,
        sources: ['cohen-2018', 'eichenberger-2008'],
        grade: 'B',
      },
    },
    reliefDuration: {
      kind: 'gap',
      reason:
        'The only RCT located recorded pain up to 48 h after ketamine 0.4 mg/kg IV and reports no duration of relief; no long-term data were found.',
      sources: ['eichenberger-2008'],
    },
    responders: [],
    notes: [
      {
        text: 'Ketamine combined with calcitonin was no better than ketamine alone.',
        sources: ['eichenberger-2008'],
        grade: 'B',
      },
    ],
  },
  {
    id: 'postherpetic-neuralgia',
    label: 'Post-herpetic neuralgia',
    category: 'chronic',
    shortTermRelief: {
      strength: 'weak',
      gradedBy: 'guideline',
      summary: {
        text: 'Guideline: weak or no evidence, for immediate improvement only. In a crossover RCT, a 0.15 mg/kg IV bolus (but not morphine) gave significant relief and reduced wind-up pain.',
        sources: ['cohen-2018', 'eide-1994'],
        grade: 'B',
        assumption:
          "The guideline says 'weak or no evidence'; the project picks 'weak' because an RCT showed immediate benefit (Eide 1994).",
      },
    },
    lastingRelief: {
      strength: 'none',
      gradedBy: 'guideline',
      summary: {
        text: `${NO_LASTING_EVIDENCE} With continuous subcutaneous ketamine, relief lasted only while it was infused.`,
        sources: ['cohen-2018', 'eide-1995'],
        grade: 'B',
      },
    },
    reliefDuration: {
      kind: 'gap',
      reason:
        'Relief was reported only during treatment: acute effect after an IV bolus, and relief only while subcutaneous ketamine was infused. No duration after the end of treatment was reported.',
      sources: ['eide-1994', 'eide-1995'],
    },
    responders: [],
    notes: [
      {
        text: 'Continuous subcutaneous ketamine: relief began at 0.05 mg/kg/h and was greatest at 0.15 mg/kg/h; allodynia fell by 59% to 100%. Injection-site induration was intolerable.',
        sources: ['eide-1995'],
        grade: 'C',
      },
      {
        text: 'Adverse effects occurred in all 8 patients given the IV bolus.',
        sources: ['eide-1994'],
        grade: 'B',
      },
    ],
  },
  {
    id: 'orofacial-neuropathic',
    label: 'Orofacial neuropathic pain',
    category: 'chronic',
    shortTermRelief: {
      strength: 'none',
      gradedBy: 'project',
      summary: {
        text: 'No controlled trial located. In an open-label study of IM ketamine 0.4 mg/kg with midazolam, 13 of 17 patients had some relief.',
        sources: ['rabben-2001', 'cohen-2018'],
        grade: 'B',
        assumption:
          "The guideline does not grade orofacial pain separately; it rates mixed neuropathic pain 'weak or no evidence'. The project picks 'none' because only open-label data were located (13/17 = 17 − 4 with no effect).",
      },
    },
    lastingRelief: {
      strength: 'none',
      gradedBy: 'guideline',
      summary: {
        text: `${NO_LASTING_EVIDENCE} In the open-label study, relief lasted less than 1 h in 7 of 17 patients and "several hours" in 6.`,
        sources: ['cohen-2018', 'rabben-2001'],
        grade: 'B',
      },
    },
    reliefDuration: {
      kind: 'gap',
      reason:
        'Open-label IM 0.4 mg/kg with midazolam (n = 17): 4 had no effect, 7 had relief for less than 1 h and 6 for "several hours". "Several hours" is not a number, so no range is given.',
      sources: ['rabben-2001'],
    },
    responders: [
      {
        kind: 'range',
        low: 13 / 17,
        high: 13 / 17,
        unit: 'probability',
        context:
          'Any relief after IM 0.4 mg/kg with midazolam, open-label, chronic orofacial pain.',
        sources: ['rabben-2001'],
        grade: 'C',
        assumption: 'Computed from 13/17: 17 patients, of whom 4 had no effect.',
      },
    ],
    notes: [
      {
        text: 'A long pain history correlated with non-response, and a shorter history with longer-lasting relief (pooled analysis, n = 43); age was not related to response.',
        sources: ['rabben-2001'],
        grade: 'C',
      },
    ],
  },
  {
    id: 'fibromyalgia',
    label: 'Fibromyalgia',
    category: 'chronic',
    shortTermRelief: {
      strength: 'weak',
      gradedBy: 'guideline',
      summary: {
        text: 'Guideline: weak or no evidence, for immediate improvement only. In an RCT against active placebo, more patients had > 50% relief 15 min after S-ketamine 0.5 mg/kg (8 vs 3, P < 0.05).',
        sources: ['cohen-2018', 'noppers-2011-fibromyalgia', 'graven-nielsen-2000'],
        grade: 'B',
        assumption:
          "The guideline says 'weak or no evidence'; the project picks 'weak' because RCTs showed immediate benefit (Noppers 2011; Graven-Nielsen 2000).",
      },
    },
    lastingRelief: {
      strength: 'negative',
      gradedBy: 'project',
      summary: {
        text: `${NO_LASTING_EVIDENCE} After a single 30-min S-ketamine infusion, responders were 2 vs 0 at week 1 and 2 vs 2 at week 8 against active placebo: no lasting benefit.`,
        sources: ['cohen-2018', 'noppers-2011-fibromyalgia'],
        grade: 'B',
        assumption:
          "The project records 'negative' rather than the guideline's 'no evidence' because an RCT that measured lasting relief found none over active placebo. Only a single short infusion was tested.",
      },
    },
    reliefDuration: {
      kind: 'range',
      low: 20,
      high: 80,
      unit: 'minute',
      context:
        'Single IV dose of 0.3 mg/kg over 10 min, crossover RCT (Sörensen 1995, n = 11, read via a review table): VAS reduced at the end of infusion and 20–80 min after.',
      sources: ['fibromyalgia-review-table', 'noppers-2011-fibromyalgia'],
      grade: 'A',
      note: 'In the same study, 6 of 8 responders had pain reduction for 2–7 days. With S-ketamine over 30 min, relief followed plasma concentration and did not last (Noppers 2011).',
    },
    responders: [
      {
        kind: 'range',
        low: 17 / 29,
        high: 17 / 29,
        unit: 'probability',
        context: '≥ 50% VAS reduction after IV 0.3 mg/kg over 30 min, crossover RCT.',
        sources: ['graven-nielsen-2000'],
        grade: 'B',
        assumption: 'Computed from 17/29.',
      },
      {
        kind: 'range',
        low: 18 / 34,
        high: 18 / 34,
        unit: 'probability',
        context: '> 50% relief after an IV ketamine test dose of 0.1 mg/kg, prospective study.',
        sources: ['cohen-2006'],
        grade: 'C',
        assumption: 'Computed from 18/34.',
      },
    ],
    notes: [
      {
        text: 'After S-ketamine 0.5 mg/kg over 30 min, the effect followed plasma concentration: > 50% responders were 8 vs 3 at 15 min but 6 vs 2 (not significant) at 180 min.',
        sources: ['noppers-2011-fibromyalgia'],
        grade: 'B',
      },
      {
        text: 'In a small crossover RCT (Sörensen 1995, read via a review table), 6 of 8 responders had pain reduction lasting 2–7 days.',
        sources: ['fibromyalgia-review-table'],
        grade: 'A',
      },
      {
        text: 'Response to an IV ketamine test predicted response to oral dextromethorphan (r = 0.66; positive predictive value 77%, negative 91%).',
        sources: ['cohen-2006'],
        grade: 'C',
      },
      {
        text: 'In a 1-year cohort of refractory chronic pain, patients on the "severe" trajectory (45.7%) were mostly fibromyalgia.',
        sources: ['corriger-2022'],
        grade: 'C',
      },
    ],
  },
  {
    id: 'cancer',
    label: 'Cancer pain',
    category: 'chronic',
    shortTermRelief: {
      strength: 'negative',
      gradedBy: 'project',
      summary: {
        text: 'A phase III RCT of subcutaneous ketamine (100 → 300 → 500 mg per 24 h for 3–5 days, n = 185) found response in 31% vs 27% on placebo (P = 0.55). Open-label "burst" audits reported 67% and 50% responders.',
        sources: ['hardy-2012', 'cohen-2018', 'jackson-2001', 'jackson-2010'],
        grade: 'B',
        assumption:
          "The guideline rates cancer pain 'weak or no evidence'. The project records 'negative' because the only phase III RCT found no benefit over placebo; the positive audits were uncontrolled.",
      },
    },
    lastingRelief: {
      strength: 'none',
      gradedBy: 'guideline',
      summary: {
        text: `${NO_LASTING_EVIDENCE} In open-label burst audits, 50% of responders had relief for at least 2 weeks, and the longest documented relief was 8 weeks.`,
        sources: ['cohen-2018', 'jackson-2001', 'jackson-2010'],
        grade: 'B',
      },
    },
    reliefDuration: {
      kind: 'range',
      low: 2,
      high: 8,
      unit: 'week',
      context:
        'Open-label "burst" subcutaneous ketamine 100 → 300 → 500 mg per 24 h for 3–5 days, responders only: relief ≥ 2 weeks in 50% of responders (Jackson 2010); longest documented 8 weeks (Jackson 2001). In the 2001 audit, 5 of 29 responders relapsed within 24 h.',
      sources: ['jackson-2001', 'jackson-2010'],
      grade: 'C',
      assumption:
        'The bounds combine two uncontrolled audits and apply to responders only; the phase III RCT found no benefit over placebo (Hardy 2012).',
    },
    responders: [
      {
        kind: 'range',
        low: 29 / 93,
        high: 29 / 93,
        unit: 'probability',
        context:
          'Response to subcutaneous ketamine 100 → 300 → 500 mg per 24 h for 3–5 days, phase III RCT (placebo 25/92; P = 0.55).',
        sources: ['hardy-2012'],
        grade: 'B',
        assumption: 'Computed from 29/93 (reported as 31%).',
      },
      {
        kind: 'range',
        low: 29 / 43,
        high: 29 / 43,
        unit: 'probability',
        context:
          'Response per pain (43 pains in 39 patients) to open-label burst subcutaneous ketamine, audit.',
        sources: ['jackson-2001'],
        grade: 'C',
        assumption: 'Computed from 29/43 (reported as 67%).',
      },
      {
        kind: 'range',
        low: 0.5,
        high: 0.5,
        unit: 'probability',
        context:
          'Response to burst subcutaneous ketamine, 3 days at the effective dose, multicentre prospective open-label study (n = 44).',
        sources: ['jackson-2010'],
        grade: 'C',
      },
    ],
    notes: [
      {
        text: 'In the phase III RCT, the number needed to treat was 25 and the number needed to harm 6; the adverse-event incidence rate ratio was 1.95.',
        sources: ['hardy-2012'],
        grade: 'B',
      },
      {
        text: 'A Cochrane review judged the evidence for ketamine as an adjuvant to opioids in cancer pain insufficient.',
        sources: ['cochrane-cancer-ketamine-2017'],
        grade: 'A',
      },
      {
        text: 'In the 2001 audit, somatic pains responded more often (15/17) than neuropathic pains (14/23).',
        sources: ['jackson-2001'],
        grade: 'C',
      },
    ],
  },
  {
    id: 'migraine',
    label: 'Migraine and refractory headache',
    category: 'chronic',
    shortTermRelief: {
      strength: 'none',
      gradedBy: 'guideline',
      summary: {
        text: 'Guideline: weak or no evidence, for immediate improvement only. Only a case series was located.',
        sources: ['cohen-2018', 'lauritsen-2016'],
        grade: 'B',
        assumption:
          "The guideline says 'weak or no evidence'; the project picks 'none' because no RCT in migraine was located.",
      },
    },
    lastingRelief: GUIDELINE_NO_LASTING,
    reliefDuration: {
      kind: 'gap',
      reason:
        'Case series only: 6 of 6 refractory chronic migraine patients improved in the short term, and the 3–6 month telephone follow-up gives no figures in the abstract.',
      sources: ['lauritsen-2016'],
    },
    responders: [],
    notes: [
      {
        text: 'Case series protocol: 0.1 mg/kg/h, raised by 0.1 mg/kg/h every 3–4 h until NRS ≤ 3 (average 0.34 mg/kg/h); 6 of 6 improved in the short term.',
        sources: ['lauritsen-2016'],
        grade: 'D',
      },
    ],
  },
  {
    id: 'chronic-low-back',
    label: 'Chronic low back pain',
    category: 'chronic',
    shortTermRelief: {
      strength: 'none',
      gradedBy: 'guideline',
      summary: {
        text: 'Guideline: weak or no evidence, for immediate improvement only. Chronic low back pain was located only inside mixed cohorts.',
        sources: ['cohen-2018', 'patil-2012'],
        grade: 'B',
        assumption:
          "The guideline says 'weak or no evidence'; the project picks 'none' because no RCT in chronic low back pain was located.",
      },
    },
    lastingRelief: GUIDELINE_NO_LASTING,
    reliefDuration: {
      kind: 'gap',
      reason:
        'Chronic low back pain appears only inside mixed cohorts (7 of 49 patients in one retrospective series); no back-pain-specific duration of relief was reported. See the mixed refractory profile.',
      sources: ['patil-2012', 'corriger-2022', 'voute-2023', 'tankha-2025'],
    },
    responders: [],
    notes: [
      {
        text: 'In repeated outpatient infusions, VAS fell by 5.1 in non-CRPS conditions, including back pain, vs 7.2 in CRPS.',
        sources: ['patil-2012'],
        grade: 'D',
      },
      {
        text: 'In opioid-dependent patients having spinal fusion, intraoperative S-ketamine (0.5 mg/kg + 0.25 mg/kg/h) was followed by better improvement in back pain at 6 months.',
        sources: ['nielsen-2017'],
        grade: 'B',
      },
    ],
  },
  {
    id: 'mixed-refractory',
    label: 'Mixed refractory chronic pain',
    category: 'chronic',
    shortTermRelief: {
      strength: 'weak',
      gradedBy: 'project',
      summary: {
        text: 'A meta-analysis of 7 RCTs in chronic non-cancer pain found a small effect (MD −1.83 NRS, 95% CI −2.35 to −1.31) after infusion.',
        sources: ['orhurhu-2019', 'cohen-2018'],
        grade: 'A',
        assumption:
          "The guideline does not grade mixed cohorts; it rates most component conditions 'weak or no evidence' and CRPS 'moderate'. The project picks 'weak' for a small pooled RCT effect.",
      },
    },
    lastingRelief: {
      strength: 'none',
      gradedBy: 'project',
      summary: {
        text: 'In 1-year prospective cohorts, mean NRS fell from 6.8 to 5.7 after a single procedure (Corriger 2022) and the effect size was −0.52 with repeated dosing (Voute 2023). Neither cohort had a control group.',
        sources: ['corriger-2022', 'voute-2023', 'orhurhu-2019', 'cohen-2018'],
        grade: 'A',
        assumption:
          "The project picks 'none' because the guideline finds no evidence of intermediate- or long-term improvement outside CRPS and pooled RCTs show a small effect only up to 2 weeks; the 1-year data are uncontrolled.",
      },
    },
    reliefDuration: {
      kind: 'range',
      low: 2,
      high: 3,
      unit: 'week',
      context:
        'IV infusions in mixed chronic pain. Pooled RCTs (n = 211): small effect up to 2 weeks after infusion (Orhurhu 2019). Retrospective outpatient series (49 patients, 369 infusions): relief over 3 weeks in 23–51% (Patil 2012).',
      sources: ['orhurhu-2019', 'patil-2012', 'corriger-2022'],
      grade: 'A',
      assumption:
        'The bounds are a project synthesis: 2 weeks from pooled RCTs and 3 weeks from a retrospective series whose Bernoulli-model phrasing is ambiguous. An uncontrolled 1-year cohort reports mean NRS still below baseline at 12 months (Corriger 2022); it is not used for the bounds.',
    },
    responders: [
      {
        kind: 'range',
        low: 0.23,
        high: 0.51,
        unit: 'probability',
        context:
          'Relief lasting over 3 weeks after repeated outpatient infusions, retrospective (Bernoulli model; 29 patients with duration recorded).',
        sources: ['patil-2012'],
        grade: 'D',
        note: 'The abstract\'s phrasing ("59–85% (23–51% relief over 3 weeks)") is ambiguous.',
      },
      {
        kind: 'range',
        low: 0.203,
        high: 0.464,
        unit: 'probability',
        context:
          'Clinically meaningful improvement at 3 and 6 months after 0.5 mg/kg over 40 min for 5 consecutive days, retrospective (n = 1034); the range spans the patient-reported measures used.',
        sources: ['tankha-2025'],
        grade: 'D',
      },
    ],
    notes: [
      {
        text: 'In a 1-year cohort (n = 256), NRS went from 6.8 ± 1.8 to 5.7 ± 1.8 at 12 months (93 analysed; effect size 0.61). Trajectories: 16% "mild", 35.3% "moderate", 45.7% "severe"; adverse events in 50% at week 1.',
        sources: ['corriger-2022'],
        grade: 'C',
      },
      {
        text: 'Depression and anxiety were linked with the severe 1-year trajectory, and baseline depressive symptoms changed the pain decrease over 1 year with repeated dosing. The direction and size of the latter effect are unverified.',
        sources: ['corriger-2022', 'voute-2023'],
        grade: 'C',
      },
      {
        text: 'A small inpatient cohort (n = 35, 5-day infusion) found no baseline psychological predictor of response.',
        sources: ['scirp-refractory-2021'],
        grade: 'C',
      },
    ],
  },
  {
    id: 'sickle-cell-crisis',
    label: 'Sickle cell vaso-occlusive crisis',
    category: 'acute',
    shortTermRelief: {
      strength: 'weak',
      gradedBy: 'project',
      summary: {
        text: 'A systematic review (14 studies, n = 604) found one RCT: ketamine was non-inferior to morphine, with more adverse effects, which were reversible.',
        sources: ['alshahrani-2020'],
        grade: 'A',
        assumption:
          "No guideline grade was verified. The project picks 'weak': one RCT showed non-inferiority to morphine; the other studies were not randomised.",
      },
    },
    lastingRelief: {
      strength: 'none',
      gradedBy: 'project',
      summary: {
        text: 'The studies covered the acute crisis only.',
        sources: ['alshahrani-2020'],
        grade: 'A',
        assumption: "The project picks 'none' because no study measured relief after the crisis.",
      },
    },
    reliefDuration: {
      kind: 'gap',
      reason:
        'Studies covered the acute crisis only; none reported how long relief lasted after treatment ended.',
      sources: ['alshahrani-2020'],
    },
    responders: [],
    notes: [],
  },
  {
    id: 'ischemic-limb',
    label: 'Chronic ischaemic limb pain',
    category: 'chronic',
    shortTermRelief: {
      strength: 'weak',
      gradedBy: 'guideline',
      summary: {
        text: 'Guideline: weak or no evidence, for immediate improvement only. In a crossover RCT of ischaemic rest pain, relief was dose-dependent, with transient complete relief at 0.45 mg/kg.',
        sources: ['cohen-2018', 'persson-1998'],
        grade: 'B',
        assumption:
          "The guideline says 'weak or no evidence'; the project picks 'weak' because an RCT showed immediate benefit (Persson 1998).",
      },
    },
    lastingRelief: GUIDELINE_NO_LASTING,
    reliefDuration: {
      kind: 'gap',
      reason:
        'Relief after 0.15, 0.30 or 0.45 mg/kg over 5 min lasted minutes (narrow therapeutic window); the source as read gives no number of minutes.',
      sources: ['persson-1998'],
    },
    responders: [],
    notes: [],
  },
];
