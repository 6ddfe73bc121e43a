/**
 * Every code an {@link InputIssue} can carry: zod's issue codes, then the library's own.
 *
 * @example
 * ```ts
 * import { INPUT_ISSUE_CODES } from 'ketamine-relief';
 * INPUT_ISSUE_CODES.includes('missing_weight'); // true
 * ```
 */
export const INPUT_ISSUE_CODES = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
  'bolus_with_over',
  'contradiction',
  'date_out_of_range',
  'depot_without_ka',
  'diary_too_long',
  'dose_too_large',
  'duplicate_condition',
  'duplicate_medicine',
  'duration_too_long',
  'empty_duration',
  'empty_history',
  'end_before_start',
  'forbidden_key',
  'history_longer_than_life',
  'in_future',
  'incomplete_compartment',
  'infusion_into_depot',
  'infusion_length_out_of_range',
  'infusion_without_over',
  'input_too_large',
  'interval_out_of_range',
  'invalid_length',
  'invalid_number',
  'invalid_size',
  'invalid_time_zone',
  'invalid_unit',
  'missing_curve',
  'missing_interval',
  'missing_relief',
  'missing_weight',
  'model_drug_mismatch',
  'not_sorted',
  'overlapping_sessions',
  'rate_without_over',
  'regimen_too_long',
  'session_total_too_large',
  'too_many_issues',
  'unreadable_input',
  'unsorted_history',
  'unsupported_method',
  'unused_interval',
] as const;

/**
 * A closed union of input-issue codes. See {@link INPUT_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * import type { InputIssueCode } from 'ketamine-relief';
 * const code: InputIssueCode = 'missing_weight';
 * ```
 */
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

/**
 * One problem found in an input: where it is and what is wrong.
 *
 * @example
 * ```ts
 * import { InvalidInputError, parseRegimen } from 'ketamine-relief';
 * try {
 *   parseRegimen({ route: 'intravenous', dose: { amount: -1, unit: 'mg' } });
 * } catch (e) {
 *   if (e instanceof InvalidInputError) console.log(e.issues[0]?.path); // ['dose', 'amount']
 * }
 * ```
 */
export interface InputIssue {
  /** Path from the input's root to the offending field, e.g. `['dose', 'amount']`. */
  readonly path: readonly (string | number)[];
  /** A stable code: zod's issue code, or one of the library's own (`missing_weight`, …). */
  readonly code: InputIssueCode;
  /** A readable message that names the problem. */
  readonly message: string;
}

/**
 * The one error the library throws: for malformed input. It carries every issue found, each
 * with its path and a readable message. Clinical concerns never throw; they come back as
 * warnings in results.
 *
 * @example
 * ```ts
 * import { InvalidInputError, parseRegimen } from 'ketamine-relief';
 * try {
 *   parseRegimen({ route: 'intravenus', dose: { amount: 20, unit: 'mg' } });
 * } catch (e) {
 *   if (e instanceof InvalidInputError) console.log(e.message);
 *   // Invalid input: route: must be one of "intravenous", "intramuscular", …
 * }
 * ```
 */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  /** Every problem found, in input order. */
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(`Invalid input: ${issues.map(describe).join('; ')}`);
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i, path: [...i.path] })));
  }
}

/** `path: message`, with a dotted path, or the bare message at the root. */
function describe(issue: InputIssue): string {
  return issue.path.length === 0 ? issue.message : `${formatPath(issue.path)}: ${issue.message}`;
}

/**
 * Formats a path as `regimen.dose.amount` or `medications[1]`.
 * @internal
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out;
}
