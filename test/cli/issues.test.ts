import { describe, expect, it } from 'vitest';
import { flagOf, hintFor } from '../../src/cli/issues';

describe('CLI issues', () => {
  it.each([
    [['regimen', 'dose', 'over'], '--over'],
    [['regimen', 'dose', 'amount'], '--dose/--rate'],
    [['regimen', 'every'], '--every'],
    [['regimen'], '--dose/--rate'],
    [['patient', 'weightKg'], '--weight'],
    [['medications', 1], '--medication'],
    [['timeZone'], '--tz'],
    [['entries', 0, 'score'], '<file> entries[0].score'],
    [['sessions', 2, 'start'], '<file> sessions[2].start'],
    [['unknown', 'field'], 'unknown.field'],
    [[], 'input'],
  ])('%j → %s', (path, flag) => {
    expect(flagOf(path)).toBe(flag);
  });

  it('suggests the closest known name for the value given', () => {
    expect(hintFor(['painType'], ['--pain', 'crsp'])).toContain('"crps"');
    expect(hintFor(['regimen', 'route'], ['--route=intravenus'])).toContain('"intravenous"');
    expect(
      hintFor(['medications', 1], ['--medication', 'lamotrigine', '--medication', 'benzodiazepin']),
    ).toContain('"benzodiazepine"');
    expect(hintFor(['patient', 'weightKg'], ['--weight', '7o'])).toBe('');
  });
});
