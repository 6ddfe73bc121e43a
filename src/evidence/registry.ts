import { BIBLIOGRAPHY } from '../data/bibliography.js';
import { BIBLIOGRAPHY_ADDED } from '../data/bibliography-added.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { makeLookup } from '../internal/lookup.js';
import type { SourceRecord } from './types.js';

/**
 * Id of a bibliography entry, e.g. `'dahan-2011'`.
 *
 * @example
 * ```ts
 * import type { SourceId } from 'ketamine-relief';
 * const id: SourceId = 'cohen-2018';
 * ```
 */
export type SourceId =
  | (typeof BIBLIOGRAPHY)[number]['id']
  | (typeof BIBLIOGRAPHY_ADDED)[number]['id'];

const sources: readonly SourceRecord[] = /* @__PURE__ */ deepFreeze([
  ...BIBLIOGRAPHY,
  ...BIBLIOGRAPHY_ADDED,
]);
const lookup = /* @__PURE__ */ makeLookup(sources, 'source');

/**
 * The whole bibliography: every source the library's data cite. Deeply frozen.
 *
 * @example
 * ```ts
 * import { listSources } from 'ketamine-relief';
 * listSources().filter((s) => s.level === 'A').length > 0; // true
 * ```
 */
export function listSources(): readonly SourceRecord[] {
  return sources;
}

/**
 * One bibliography entry. Throws {@link InvalidInputError} for an unknown id.
 *
 * @example
 * ```ts
 * import { getSource } from 'ketamine-relief';
 * getSource('cohen-2018').journal; // 'Reg Anesth Pain Med'
 * ```
 */
export function getSource(id: SourceId): SourceRecord {
  return lookup(id);
}

/**
 * Whether `id` names a bibliography entry.
 *
 * @example
 * ```ts
 * import { isSourceId } from 'ketamine-relief';
 * isSourceId('dahan-2011'); // true
 * isSourceId('nobody-1900'); // false
 * ```
 */
export function isSourceId(id: string): id is SourceId {
  return sources.some((s) => s.id === id);
}

/**
 * A one-line citation: `Authors (year). Title. Journal locator. doi/PMID/ISBN/url`.
 *
 * @example
 * ```ts
 * import { formatCitation } from 'ketamine-relief';
 * formatCitation('dahan-2011');
 * // 'Dahan A, Olofsen E, Sigtermans M, et al. (2011). Population PK–PD modeling … Eur J Pain 15:258–267. doi:10.1016/j.ejpain.2010.06.016'
 * ```
 */
export function formatCitation(id: SourceId): string {
  const s = lookup(id);
  const where = [s.journal, s.locator].filter(Boolean).join(' ');
  const link = s.doi
    ? ` doi:${s.doi}`
    : s.pmid
      ? ` PMID:${s.pmid}`
      : s.isbn
        ? ` ISBN ${s.isbn}`
        : s.url
          ? ` ${s.url}`
          : '';
  return `${s.authors} (${s.year ?? 'n.d.'}). ${s.title}. ${where}.${link}`;
}
