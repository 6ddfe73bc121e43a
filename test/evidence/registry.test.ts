import { describe, expect, it } from 'vitest';
import {
  formatCitation,
  getSource,
  InvalidInputError,
  isSourceId,
  listSources,
  SourceRecordSchema,
  strongestLevel,
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
    expect(getSource('cohen-2018').level).toBe('A');
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

  it('picks the strongest level', () => {
    expect(strongestLevel(['C', 'A', 'E'])).toBe('A');
    expect(strongestLevel([])).toBeUndefined();
  });
});
