/**
 * What a maintenance suggestion rests on: the `evidence` statement, and the reason when no
 * schedule is suggested. The wording and its sources are in `data/maintenance.ts`.
 * @internal
 */
import { EVIDENCE_STATEMENT, NO_SCHEDULE_REASON, PRACTICE_CADENCE } from '../data/maintenance.js';
import type { SourceId } from '../evidence/registry.js';
import type { Trail } from '../internal/trail.js';
import type { PainTypeId } from '../pain-types/schema.js';
import type { MaintenanceResult } from './schema.js';

/** How the booster interval was reached. @internal */
export interface IntervalBasis {
  /** The patient's own history was used. */
  personalized: boolean;
  /** A booster interval was suggested. */
  scheduled: boolean;
  /** A population prior from the relief model entered the interval. */
  withPopulation: boolean;
  /** Label of the pain type when its lasting relief is not shown in trials, else ''. */
  unprovenFor: string;
}

/** The reason no schedule is suggested, most basic first. @internal */
export function noScheduleReason(
  painTypeLabel: string,
  lastingShown: boolean,
  phase: string | null,
  noPk: boolean,
): string {
  if (noPk) return NO_SCHEDULE_REASON.noRelief.text;
  if (!lastingShown) return NO_SCHEDULE_REASON.lastingUnproven.text(painTypeLabel);
  if (phase !== 'sustained') return NO_SCHEDULE_REASON.notSustained.text;
  return NO_SCHEDULE_REASON.noLastingRelief.text;
}

/** The `evidence` block: statement, basis and sources (practice cadences are cited in `trail`). @internal */
export function evidenceFor(
  painType: PainTypeId,
  basis: IntervalBasis,
  trail: Trail,
): MaintenanceResult['evidence'] {
  if (!basis.scheduled) {
    return {
      statement: EVIDENCE_STATEMENT.none.text,
      basis: 'none',
      sources: [...EVIDENCE_STATEMENT.none.sources] as SourceId[],
    };
  }
  const practice = painType === 'crps' ? PRACTICE_CADENCE.crps : null;
  if (practice) trail.cite(practice.sources);
  const cadence = practice ? ` ${practice.text(practice.weeksLow, practice.weeksHigh)}` : '';
  if (basis.personalized && !basis.withPopulation) {
    return {
      statement: EVIDENCE_STATEMENT.historyOnly.text(basis.unprovenFor),
      basis: 'personal-history',
      sources: [...EVIDENCE_STATEMENT.historyOnly.sources] as SourceId[],
    };
  }
  const statement = basis.personalized
    ? EVIDENCE_STATEMENT.modelAndHistory
    : EVIDENCE_STATEMENT.model;
  return {
    statement: `${statement.text}${cadence}`,
    basis: basis.personalized ? 'personal-history' : 'practice-and-model',
    sources: [...(practice?.sources ?? []), ...statement.sources] as SourceId[],
  };
}
