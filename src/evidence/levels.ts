import * as z from 'zod/mini';
import { list } from '../internal/list.js';
import { parseWith } from '../internal/parse.js';
import type { EvidenceLevel, StudyType } from './types.js';
import { EvidenceLevelSchema } from './types.js';

const LevelsArgs = z.strictObject({
  levels: list(EvidenceLevelSchema),
});

/**
 * The fixed rule that grades a study design on the library's A–E evidence scale.
 * Every bibliography entry's `level` equals `EVIDENCE_LEVEL_BY_STUDY_TYPE[studyType]`.
 *
 * @example
 * ```ts
 * import { EVIDENCE_LEVEL_BY_STUDY_TYPE } from 'ketamine-relief';
 * EVIDENCE_LEVEL_BY_STUDY_TYPE.rct; // 'B'
 * ```
 */
export const EVIDENCE_LEVEL_BY_STUDY_TYPE: Readonly<Record<StudyType, EvidenceLevel>> =
  Object.freeze({
    guideline: 'A',
    'systematic-review': 'A',
    'meta-analysis': 'A',
    'regulatory-label': 'A',
    standard: 'A',
    rct: 'B',
    crossover: 'B',
    'population-pk': 'B',
    'pooled-analysis': 'B',
    'pk-study': 'C',
    prospective: 'C',
    retrospective: 'D',
    'case-series': 'D',
    'case-report': 'E',
    survey: 'E',
    'narrative-review': 'E',
    textbook: 'E',
    'secondary-summary': 'E',
    tertiary: 'E',
    animal: 'E',
    'in-vitro': 'E',
  });

/**
 * The strongest (alphabetically lowest) of several evidence levels, or `undefined` for none.
 *
 * @example
 * ```ts
 * import { strongestLevel } from 'ketamine-relief';
 * strongestLevel(['C', 'A', 'E']); // 'A'
 * ```
 */
export function strongestLevel(levels: readonly EvidenceLevel[]): EvidenceLevel | undefined {
  parseWith(LevelsArgs, { levels });
  let best: EvidenceLevel | undefined;
  for (const level of levels) if (best === undefined || level < best) best = level;
  return best;
}
