import { describe, expect, it } from 'vitest';
import { identifierLinks, sourceLine } from '../../scripts/source-links';
import { getSource, type SourceRecord } from '../../src/index';

describe('the sources page shows identifiers as links', () => {
  it('links PMID to PubMed, PMCID to PMC and DOI to doi.org', () => {
    const s = {
      ...getSource('rolan-2014'),
      pmid: '24977293',
      pmcid: 'PMC4093926',
      doi: '10.1111/bcp.12264',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4093926/',
    } as SourceRecord;
    expect(identifierLinks(s)).toBe(
      'PMID [24977293](https://pubmed.ncbi.nlm.nih.gov/24977293/) · PMCID [PMC4093926](https://pmc.ncbi.nlm.nih.gov/articles/PMC4093926/) · DOI [10.1111/bcp.12264](https://doi.org/10.1111/bcp.12264)',
    );
  });

  it('escapes parentheses in a DOI, shows an ISBN as text and keeps another page', () => {
    const s = getSource('eide-1994');
    expect(identifierLinks(s)).toContain('(https://doi.org/10.1016/0304-3959%2894%2990129-5)');
    expect(identifierLinks(getSource('millers-anesthesia-6e'))).toBe('ISBN 0443066566');
    expect(identifierLinks(getSource('spravato-label'))).toMatch(
      /^\[page\]\(https:\/\/dailymed\.nlm\.nih\.gov\//,
    );
  });

  it('writes one line per source with its caveats', () => {
    expect(sourceLine(getSource('cohen-2018'))).toMatch(
      /^- `cohen-2018`: Cohen SP, et al\. \(2018\)\. .* DOI \[10\.1097\/AAP\.0000000000000808\]\(https:\/\/doi\.org\/10\.1097\/AAP\.0000000000000808\) · \[page\]\(https:\/\/journals\.lww\.com\/.*\) _\(read-via-secondary\)_$/,
    );
  });
});
