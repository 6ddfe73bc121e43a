import type { SourceRecord } from '../../src/evidence/types';

/** Study types whose identifier may be the issuing body's own page instead of a PMID/DOI/ISBN. */
const ISSUED_TYPES = new Set(['regulatory-label', 'guideline', 'standard']);

/** Issuing bodies whose page identifies a label, guideline or standard. */
const ISSUING_HOSTS: readonly string[] = [
  'dailymed.nlm.nih.gov',
  'fda.gov',
  'ema.europa.eu',
  'nice.org.uk',
  'hl7.org',
  'asra.com',
];

/**
 * Hosts whose pages may be cited: PubMed, PMC, doi.org, the issuing bodies of labels, guidelines
 * and standards, and the publishers of the cited journals and books. A host matches itself and
 * its subdomains (`biomedcentral.com` covers `bmcemergmed.biomedcentral.com`).
 */
export const AUTHORITATIVE_HOSTS: readonly string[] = [
  // Literature databases and resolvers
  'pubmed.ncbi.nlm.nih.gov',
  'www.ncbi.nlm.nih.gov',
  'pmc.ncbi.nlm.nih.gov',
  'doi.org',
  // Issuing bodies
  ...ISSUING_HOSTS,
  // Publishers and journals' own sites
  'journals.lww.com',
  'pubs.asahq.org',
  'link.springer.com',
  'onlinelibrary.wiley.com',
  'frontiersin.org',
  'nature.com',
  'dovepress.com',
  'hindawi.com',
  'journals.plos.org',
  'cochranelibrary.com',
  'medrxiv.org',
  'biomedcentral.com',
  'painphysicianjournal.com',
  'jpain.org',
  'aspetjournals.org',
  'mdpi.com',
  'psychiatrist.com',
  'ajemjournal.com',
  'revistachilenadeanestesia.cl',
  'longdom.org',
  'scirp.org',
  'academic.oup.com',
  'sciencedirect.com',
  'elsevier.com',
  'tandfonline.com',
  'exeley.com',
  'currentsurgery.org',
  'bmj.com',
  'cambridge.org',
  'openmedicalpublishing.org',
  // The opentiva software's own repository, pinned to a commit (a program, not a copy of a paper)
  'github.com',
];

/** Host labels that mark a non-production copy of a site. */
const NON_PRODUCTION = /^(staging|dev\d*|test|preview)\b|[.-](staging|dev|test)\./;

function hostMatches(host: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => host === a || host.endsWith(`.${a}`));
}

/** The parsed URL, or a reason it cannot be a citation link. */
function parseUrl(url: string): URL | string {
  if (!/^https:\/\/[^/\s]/.test(url)) return `url must start with https:// and a host: ${url}`;
  try {
    return new URL(url);
  } catch {
    return `malformed url ${url}`;
  }
}

/**
 * Problems with how one bibliography entry can be followed: it needs a stable identifier (PMID,
 * PMCID, DOI or ISBN; for a label, guideline or standard the issuing body's own page will do),
 * and its URL, where given, must be an https page on an authoritative host: no IP addresses,
 * no staging or development hosts, no copies.
 */
export function citationProblems(source: SourceRecord): string[] {
  const problems: string[] = [];
  const parsed = source.url === undefined ? undefined : parseUrl(source.url);
  if (typeof parsed === 'string') problems.push(parsed);
  if (parsed instanceof URL) {
    const host = parsed.hostname;
    if (/^[\d.]+$/.test(host) || host.includes(':')) problems.push(`IP-address host ${host}`);
    else if (NON_PRODUCTION.test(host)) problems.push(`non-production host ${host}`);
    else if (!hostMatches(host, AUTHORITATIVE_HOSTS)) problems.push(`host not allowed: ${host}`);
  }
  const identified = Boolean(source.pmid || source.pmcid || source.doi || source.isbn);
  const issued =
    ISSUED_TYPES.has(source.studyType) &&
    parsed instanceof URL &&
    hostMatches(parsed.hostname, ISSUING_HOSTS);
  if (!identified && !issued) problems.push('no PMID, PMCID, DOI, ISBN or issuing-body page');
  return problems;
}
