import { sourceLevel, strongestLevel } from '../../src/evidence/levels';
import type { EvidenceLevel, SourceRecord } from '../../src/evidence/types';

/** A provenance problem found in clinical data. */
export interface ProvenanceProblem {
  path: string;
  problem: string;
}

/**
 * Walks `data` and reports every object that holds a number without provenance: it must have
 * `sources` (known ids, non-empty) or an `assumption` with a reason. Where `grade` is given it
 * must equal the strongest level among the cited sources.
 */
export function auditProvenance(
  data: unknown,
  bibliography: readonly SourceRecord[],
  root = '$',
): ProvenanceProblem[] {
  const levels = new Map(bibliography.map((s) => [s.id, s.level]));
  const problems: ProvenanceProblem[] = [];
  const visit = (node: unknown, path: string, inherited: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        if (typeof item === 'number' && !inherited) {
          problems.push({ path: `${path}[${i}]`, problem: 'number without provenance' });
        }
        visit(item, `${path}[${i}]`, inherited);
      });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const rec = node as Record<string, unknown>;
    const sources = Array.isArray(rec.sources) ? (rec.sources as unknown[]) : undefined;
    const assumption = typeof rec.assumption === 'string' ? rec.assumption.trim() : '';
    const hasProvenance = (sources !== undefined && sources.length > 0) || assumption.length > 0;
    for (const id of sources ?? []) {
      if (typeof id !== 'string' || !levels.has(id)) {
        problems.push({ path: `${path}.sources`, problem: `unknown source id ${String(id)}` });
      }
    }
    if (rec.grade !== undefined) {
      const cited = (sources ?? []).flatMap((id) => {
        const level = levels.get(id as string);
        return level ? [level] : [];
      });
      const expected = strongestLevel(cited as EvidenceLevel[]);
      if (rec.grade !== expected) {
        problems.push({
          path: `${path}.grade`,
          problem: `grade ${String(rec.grade)} but strongest cited level is ${String(expected)}`,
        });
      }
    }
    const covered = inherited || hasProvenance;
    for (const [key, value] of Object.entries(rec)) {
      if (typeof value === 'number' && !covered) {
        problems.push({ path: `${path}.${key}`, problem: 'number without provenance' });
      }
      visit(value, `${path}.${key}`, covered);
    }
  };
  visit(data, root, false);
  return problems;
}

/**
 * Problems in the bibliography itself: duplicate ids and levels that break the rule (the
 * study-type level, lowered for a secondary reading or practice opinion; see `sourceLevel`).
 */
export function auditBibliography(bibliography: readonly SourceRecord[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of bibliography) {
    if (seen.has(s.id)) problems.push(`duplicate id ${s.id}`);
    seen.add(s.id);
    const expected = sourceLevel(s);
    if (expected !== s.level) {
      problems.push(
        `${s.id}: level ${s.level} does not match study type ${s.studyType} and caveats (expected ${expected})`,
      );
    }
  }
  return problems;
}
