import { describe, expect, it } from 'vitest';
import { sourceLevel, strongestLevel } from '../../src/entries/evidence';
import {
  formatCitation,
  getSource,
  InvalidInputError,
  isSourceId,
  listSources,
  SourceRecordSchema,
} from '../../src/index';

describe('bibliography', () => {
  it('every entry matches SourceRecordSchema', () => {
    for (const s of listSources()) expect(SourceRecordSchema.safeParse(s).success, s.id).toBe(true);
  });

  it('covers both evidence briefs', () => {
    const refs = new Set(listSources().flatMap((s) => s.briefRefs));
    expect(refs.has('pk:S34')).toBe(true);
    expect(refs.has('relief:17')).toBe(true);
    expect([...refs].filter((r) => r.startsWith('pk:')).length).toBeGreaterThan(55);
    expect([...refs].filter((r) => r.startsWith('relief:')).length).toBeGreaterThan(90);
  });

  it('merges a source cited by both briefs into one entry', () => {
    expect(getSource('dahan-2011').briefRefs).toEqual(
      expect.arrayContaining(['pk:S34', 'relief:2']),
    );
  });

  it('looks up, formats and validates ids', () => {
    expect(getSource('schwenk-2018').level).toBe('A');
    // A guideline read only through a secondary copy is one step down.
    expect(getSource('cohen-2018').level).toBe('B');
    expect(formatCitation('cohen-2018')).toMatch(
      /^Cohen SP, et al\. \(2018\)\. .*Reg Anesth Pain Med 43:521–546\./,
    );
    expect(formatCitation('wikipedia-ketamine-mirror')).toMatch(/\(n\.d\.\)/);
    expect(isSourceId('dahan-2011')).toBe(true);
    expect(isSourceId('nobody-1900')).toBe(false);
    expect(() => getSource('nobody-1900' as never)).toThrow(InvalidInputError);
  });

  it('is deeply frozen', () => {
    const s = getSource('dahan-2011');
    expect(Object.isFrozen(listSources())).toBe(true);
    expect(Object.isFrozen(s.briefRefs)).toBe(true);
  });

  it('lowers the study-type level for a secondary reading and for practice opinion', () => {
    expect(sourceLevel({ studyType: 'regulatory-label' })).toBe('A');
    expect(sourceLevel({ studyType: 'regulatory-label', caveats: ['read-via-secondary'] })).toBe(
      'B',
    );
    expect(sourceLevel({ studyType: 'case-report', caveats: ['read-via-secondary'] })).toBe('E');
    expect(sourceLevel({ studyType: 'rct', caveats: ['abstract-only'] })).toBe('B');
    expect(sourceLevel({ studyType: 'guideline', caveats: ['practice-opinion'] })).toBe('E');
  });

  it('validates identifiers', () => {
    const s = getSource('dahan-2011');
    expect(SourceRecordSchema.safeParse({ ...s, isbn: '123456789X' }).success).toBe(true);
    expect(SourceRecordSchema.safeParse({ ...s, isbn: '978-0-443' }).success).toBe(false);
    expect(SourceRecordSchema.safeParse({ ...s, doi: 'https://doi.org/10.1/x' }).success).toBe(
      false,
    );
  });

  it('picks the strongest level', () => {
    expect(strongestLevel(['C', 'A', 'E'])).toBe('A');
    expect(strongestLevel([])).toBeUndefined();
  });
});
