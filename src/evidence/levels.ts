import * as z from 'zod/mini';
import { list } from '../internal/list.js';
import { parseWith } from '../internal/parse.js';
import type { EvidenceLevel, SourceCaveat, StudyType } from './types.js';
import { EvidenceLevelSchema, SourceCaveatSchema, StudyTypeSchema } from './types.js';

const LevelsArgs = z.strictObject({
  levels: list(EvidenceLevelSchema),
});

/**
 * The fixed rule that grades a study design on the library's A–E evidence scale. A bibliography
 * entry's `level` starts from `EVIDENCE_LEVEL_BY_STUDY_TYPE[studyType]` and is then adjusted by
 * {@link sourceLevel} for how the source was read.
 *
 * @example
 * ```ts
 * import { EVIDENCE_LEVEL_BY_STUDY_TYPE } from 'ketamine-relief/evidence';
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
 * import { strongestLevel } from 'ketamine-relief/evidence';
 * strongestLevel(['C', 'A', 'E']); // 'A'
 * ```
 */
export function strongestLevel(levels: readonly EvidenceLevel[]): EvidenceLevel | undefined {
  parseWith(LevelsArgs, { levels });
  let best: EvidenceLevel | undefined;
  for (const level of levels) if (best === undefined || level < best) best = level;
  return best;
}

const SCALE: readonly EvidenceLevel[] = ['A', 'B', 'C', 'D', 'E'];

/**
 * The level of a bibliography entry: the study-type level of {@link EVIDENCE_LEVEL_BY_STUDY_TYPE},
 * lowered one step (never below E) when the values were read only through a secondary copy
 * (caveat `read-via-secondary`), and E whatever the design when the source is practice opinion
 * (caveat `practice-opinion`: a clinic page, forum or answer site).
 *
 * @example
 * ```ts
 * import { sourceLevel } from 'ketamine-relief/evidence';
 * sourceLevel({ studyType: 'rct' }); // 'B'
 * sourceLevel({ studyType: 'rct', caveats: ['read-via-secondary'] }); // 'C'
 * sourceLevel({ studyType: 'guideline', caveats: ['practice-opinion'] }); // 'E'
 * ```
 */
export function sourceLevel(source: {
  readonly studyType: StudyType;
  readonly caveats?: readonly SourceCaveat[] | undefined;
}): EvidenceLevel {
  const { studyType, caveats = [] } = parseWith(SourceArgs, { source }).source;
  if (caveats.includes('practice-opinion')) return 'E';
  const base = SCALE.indexOf(EVIDENCE_LEVEL_BY_STUDY_TYPE[studyType]);
  const lowered = caveats.includes('read-via-secondary') ? base + 1 : base;
  return SCALE[Math.min(lowered, SCALE.length - 1)] as EvidenceLevel;
}

const SourceArgs = z.strictObject({
  source: z.object({
    studyType: StudyTypeSchema,
    caveats: z.optional(list(SourceCaveatSchema)),
  }),
});
