import type { SourceRecord } from '../src/index';

/** A link target safe inside markdown `(…)`: DOIs may contain parentheses. */
function href(url: string): string {
  return encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/**
 * The identifiers of a bibliography entry as markdown: PMID → PubMed, DOI → doi.org, PMCID → PMC,
 * ISBN as text, and the entry's own page when it is not one of those.
 */
export function identifierLinks(s: SourceRecord): string {
  const links: string[] = [];
  const derived = new Set<string>();
  if (s.pmid) {
    const url = `https://pubmed.ncbi.nlm.nih.gov/${s.pmid}/`;
    derived.add(url);
    links.push(`PMID [${s.pmid}](${href(url)})`);
  }
  if (s.pmcid) {
    const url = `https://pmc.ncbi.nlm.nih.gov/articles/${s.pmcid}/`;
    derived.add(url);
    links.push(`PMCID [${s.pmcid}](${href(url)})`);
  }
  if (s.doi) {
    const url = `https://doi.org/${s.doi}`;
    derived.add(url);
    links.push(`DOI [${s.doi}](${href(url)})`);
  }
  if (s.isbn) links.push(`ISBN ${s.isbn}`);
  const legacyPubMed = s.pmid && s.url?.includes(s.pmid) && /ncbi\.nlm\.nih\.gov/.test(s.url);
  if (s.url && !derived.has(s.url) && !legacyPubMed) links.push(`[page](${href(s.url)})`);
  return links.join(' · ');
}

/** One line of the sources page: citation, identifiers as links, caveats. */
export function sourceLine(s: SourceRecord): string {
  const where = [s.journal, s.locator].filter(Boolean).join(' ');
  const ids = identifierLinks(s);
  const caveats = s.caveats?.length ? ` _(${s.caveats.join(', ')})_` : '';
  return `- \`${s.id}\`: ${s.authors} (${s.year ?? 'n.d.'}). ${s.title}. ${where}.${ids ? ` ${ids}` : ''}${caveats}`;
}
