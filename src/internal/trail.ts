/**
 * Provenance gathered while a result is computed: warnings, assumptions and cited sources.
 * @internal
 */
import type { SourceId } from '../evidence/registry.js';
import type { ResultWarning } from '../warnings/types.js';

/** Provenance gathered while a calculation is set up. @internal */
export class Trail {
  readonly warnings: ResultWarning[] = [];
  readonly assumptions = new Set<string>();
  readonly sources = new Set<string>();

  cite(ids: readonly string[] | undefined): void {
    for (const id of ids ?? []) this.sources.add(id);
  }

  use(value: { sources?: readonly string[]; assumption?: string | undefined } | undefined): void {
    if (!value) return;
    this.cite(value.sources);
    if (value.assumption) this.assumptions.add(value.assumption);
  }

  warn(code: ResultWarning['code'], message: string, sources?: readonly string[]): void {
    this.warnings.push(
      sources && sources.length > 0
        ? { code, message, sources: [...sources] as SourceId[] }
        : { code, message },
    );
    this.cite(sources);
  }
}
