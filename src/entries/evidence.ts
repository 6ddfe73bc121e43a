/**
 * `ketamine-relief/evidence`: how the library grades its sources and checks doses against
 * guidelines — evidence levels by study type and the guideline warnings the estimators attach.
 *
 * @module evidence
 */

export {
  EVIDENCE_LEVEL_BY_STUDY_TYPE,
  sourceLevel,
  strongestLevel,
} from '../evidence/levels.js';
export { guidelineWarnings } from '../warnings/guidelines.js';
