/**
 * Guideline dose ceilings and contraindications (2018 ASRA/AAPM/ASA consensus guidelines for
 * acute and chronic pain), used to warn in results. Ceilings are those the acute-pain guideline
 * gives for use without intensive monitoring; the chronic-pain guideline gives no single maximum.
 */

/** A dose ceiling for one administration method. */
export interface DoseCeiling {
  readonly method: 'bolus' | 'infusion';
  /** mg/kg for a bolus, mg/kg/h for an infusion. */
  readonly maxPerKg: number;
  readonly unit: 'mg/kg' | 'mg/kg/h';
  readonly text: string;
  readonly sources: readonly string[];
  readonly grade?: 'A' | 'B' | 'C' | 'D' | 'E';
  readonly note?: string;
}

export const DOSE_CEILINGS: readonly DoseCeiling[] = [
  {
    method: 'bolus',
    maxPerKg: 0.35,
    unit: 'mg/kg',
    text: 'Subanaesthetic boluses up to 0.35 mg/kg (acute- and chronic-pain guidelines).',
    sources: ['schwenk-2018', 'cohen-2018'],
    grade: 'A',
  },
  {
    method: 'infusion',
    maxPerKg: 1,
    unit: 'mg/kg/h',
    text: 'Infusions up to 1 mg/kg/h without intensive monitoring (acute-pain guideline); chronic-pain trials used up to 2 mg/kg/h, and 3–7 mg/kg/h only in intensive care.',
    sources: ['schwenk-2018', 'cohen-2018'],
    grade: 'A',
    note: 'The acute-pain ceiling was located only via an aggregator page; it matches the brief.',
  },
];

/** Patient conditions the guidelines name as contraindications or cautions. */
export type GuidelineCondition =
  | 'pregnancy'
  | 'active-psychosis'
  | 'uncontrolled-cardiovascular-disease'
  | 'raised-intracranial-pressure'
  | 'raised-intraocular-pressure'
  | 'active-substance-use';

/** A contraindication or caution. */
export interface Contraindication {
  readonly condition:
    | GuidelineCondition
    | 'severe-hepatic-impairment'
    | 'moderate-hepatic-impairment';
  readonly level: 'avoid' | 'caution';
  readonly text: string;
  readonly sources: readonly string[];
  readonly grade?: 'A' | 'B' | 'C' | 'D' | 'E';
}

export const CONTRAINDICATIONS: readonly Contraindication[] = [
  {
    condition: 'pregnancy',
    level: 'avoid',
    text: 'The acute-pain guideline lists pregnancy as a contraindication.',
    sources: ['schwenk-2018'],
    grade: 'A',
  },
  {
    condition: 'active-psychosis',
    level: 'avoid',
    text: 'Avoid in active or poorly controlled psychosis (acute- and chronic-pain guidelines).',
    sources: ['schwenk-2018', 'cohen-2018'],
    grade: 'A',
  },
  {
    condition: 'uncontrolled-cardiovascular-disease',
    level: 'avoid',
    text: 'Avoid in poorly controlled cardiovascular disease (acute- and chronic-pain guidelines).',
    sources: ['schwenk-2018', 'cohen-2018'],
    grade: 'A',
  },
  {
    condition: 'raised-intracranial-pressure',
    level: 'avoid',
    text: 'Raised intracranial pressure: do not use, or use lower doses with extreme caution (Grade C).',
    sources: ['cohen-2018', 'schwenk-2018'],
    grade: 'A',
  },
  {
    condition: 'raised-intraocular-pressure',
    level: 'avoid',
    text: 'Raised intraocular pressure: do not use, or use lower doses with extreme caution (Grade C).',
    sources: ['cohen-2018', 'schwenk-2018'],
    grade: 'A',
  },
  {
    condition: 'active-substance-use',
    level: 'caution',
    text: 'No serial infusions with active substance abuse; use universal precautions for abuse.',
    sources: ['cohen-2018'],
    grade: 'B',
  },
  {
    condition: 'severe-hepatic-impairment',
    level: 'avoid',
    text: 'Severe hepatic dysfunction: avoid (acute- and chronic-pain guidelines).',
    sources: ['cohen-2018', 'schwenk-2018'],
    grade: 'A',
  },
  {
    condition: 'moderate-hepatic-impairment',
    level: 'caution',
    text: 'Moderate hepatic dysfunction: give judiciously, with monitoring of liver tests.',
    sources: ['cohen-2018'],
    grade: 'B',
  },
];

/** The word a warning opens with, by the guideline's level. */
const GUIDELINE_LEVEL_WORD = { avoid: 'Contraindicated', caution: 'Caution' } as const;

/** How a guideline concern is worded in a warning; each cites the ceiling's or condition's sources. */
export const GUIDELINE_WARNING_TEXT = {
  /** A dose (already rounded) above a ceiling, followed by the ceiling's text. */
  aboveCeiling: (dose: number, unit: string, maxPerKg: number, ceilingText: string) =>
    `${dose} ${unit} is above the guideline ceiling of ${maxPerKg} ${unit}. ${ceilingText}`,
  /** A condition the guidelines name, followed by the guideline's text. */
  condition: (level: Contraindication['level'], condition: string, text: string) =>
    `${GUIDELINE_LEVEL_WORD[level]} (${condition}): ${text}`,
  sources: [],
} as const;
