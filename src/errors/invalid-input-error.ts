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
  readonly code: string;
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
