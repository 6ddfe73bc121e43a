import * as z from 'zod/mini';
import { list } from '../internal/list.js';

/**
 * Study designs used to grade the evidence behind each bibliography entry.
 *
 * @example
 * ```ts
 * import { StudyTypeSchema } from 'ketamine-relief';
 * StudyTypeSchema.parse('rct'); // 'rct'
 * ```
 */
export const StudyTypeSchema = z.enum([
  'guideline',
  'systematic-review',
  'meta-analysis',
  'regulatory-label',
  'standard',
  'rct',
  'crossover',
  'population-pk',
  'pooled-analysis',
  'pk-study',
  'prospective',
  'retrospective',
  'case-series',
  'case-report',
  'survey',
  'narrative-review',
  'textbook',
  'secondary-summary',
  'tertiary',
  'animal',
  'in-vitro',
]);

/**
 * A study design. See {@link StudyTypeSchema}.
 *
 * @example
 * ```ts
 * import type { StudyType } from 'ketamine-relief';
 * const design: StudyType = 'crossover';
 * ```
 */
export type StudyType = z.output<typeof StudyTypeSchema>;

/**
 * Evidence level on one scale for the whole bibliography, derived from the study design
 * (see {@link evidence!EVIDENCE_LEVEL_BY_STUDY_TYPE}) and lowered for how the source was read
 * (see {@link evidence!sourceLevel}): A systematic review, meta-analysis, guideline, regulatory
 * label or terminology standard; B randomised or controlled crossover study, a pooled analysis
 * of such trials, or a population model of controlled study data; C prospective, open-label or
 * PK study (including population models of observational data); D retrospective review or case
 * series; E case report, survey, narrative review, textbook, secondary or tertiary summary,
 * animal or in-vitro work.
 *
 * @example
 * ```ts
 * import { EvidenceLevelSchema } from 'ketamine-relief';
 * EvidenceLevelSchema.parse('B'); // 'B'
 * ```
 */
export const EvidenceLevelSchema = z.enum(['A', 'B', 'C', 'D', 'E']);

/**
 * An evidence level, `'A'` (strongest) to `'E'`. See {@link EvidenceLevelSchema}.
 *
 * @example
 * ```ts
 * import type { EvidenceLevel } from 'ketamine-relief';
 * const level: EvidenceLevel = 'A';
 * ```
 */
export type EvidenceLevel = z.output<typeof EvidenceLevelSchema>;

/**
 * Caveats about how a source was read when the evidence briefs were compiled.
 * `read-via-secondary` (the values were read only through a secondary copy) lowers the level one
 * step; `practice-opinion` (a clinic page, forum or answer site, with no primary record behind the
 * value) sets it to E (see {@link evidence!sourceLevel}).
 *
 * @example
 * ```ts
 * import { SourceCaveatSchema } from 'ketamine-relief';
 * SourceCaveatSchema.parse('abstract-only');
 * ```
 */
export const SourceCaveatSchema = z.enum([
  'abstract-only',
  'read-via-secondary',
  'authors-unverified',
  'journal-or-year-unverified',
  'truncated-excerpt',
  'low-tier-journal',
  'marketing',
  'practice-opinion',
]);

/**
 * A caveat on a source. See {@link SourceCaveatSchema}.
 *
 * @example
 * ```ts
 * import type { SourceCaveat } from 'ketamine-relief';
 * const caveat: SourceCaveat = 'read-via-secondary';
 * ```
 */
export type SourceCaveat = z.output<typeof SourceCaveatSchema>;

/**
 * Schema of one bibliography entry.
 *
 * @example
 * ```ts
 * import { SourceRecordSchema, getSource } from 'ketamine-relief';
 * SourceRecordSchema.parse(getSource('dahan-2011')).year; // 2011
 * ```
 */
export const SourceRecordSchema = z.strictObject({
  /** Stable id, `firstauthor-year` in kebab case, with a suffix where needed. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  /** Author list as printed (`et al.` allowed), or the issuing body. */
  authors: z.string(),
  /** Year of publication; absent for undated web pages and where the briefs give none. */
  year: z.optional(z.int()),
  title: z.string(),
  /** Journal, book or issuing body. */
  journal: z.string(),
  /** Volume, issue and pages where known, e.g. `43:456–466`. */
  locator: z.optional(z.string()),
  /** Digital Object Identifier, without the `https://doi.org/` prefix. */
  doi: z.optional(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/))),
  /** PubMed id. */
  pmid: z.optional(z.string().check(z.regex(/^\d+$/))),
  /** PubMed Central id, where the full text is open. */
  pmcid: z.optional(z.string().check(z.regex(/^PMC\d+$/))),
  /** ISBN-10 or ISBN-13 of a book, digits only (final X allowed for ISBN-10). */
  isbn: z.optional(z.string().check(z.regex(/^(\d{9}[\dX]|\d{13})$/))),
  /**
   * The authoritative page: the publisher's, PubMed's, PMC's or doi.org for literature; the
   * issuing body's own page for a label, guideline or standard.
   */
  url: z.optional(z.string()),
  studyType: StudyTypeSchema,
  level: EvidenceLevelSchema,
  /** Where the source appears in the project's evidence briefs, e.g. `pk:S34`, `relief:2`. */
  briefRefs: list(z.string()),
  caveats: z.optional(list(SourceCaveatSchema)),
  /** What the source contributes, or a known disagreement. */
  note: z.optional(z.string()),
});

/**
 * One entry of the bibliography (deeply read-only).
 *
 * @example
 * ```ts
 * import { getSource } from 'ketamine-relief';
 * const s = getSource('dahan-2011');
 * console.log(`${s.authors} (${s.year}) ${s.title}`);
 * ```
 */
export type SourceRecord = DeepReadonly<z.output<typeof SourceRecordSchema>>;

/**
 * Makes every property and array of `T` read-only, recursively.
 *
 * @example
 * ```ts
 * import type { DeepReadonly } from 'ketamine-relief';
 * const frozen: DeepReadonly<{ a: number[] }> = { a: [1] };
 * ```
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
