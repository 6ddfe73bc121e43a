import { describe, expect, it } from 'vitest';
import { percent, round, shortTime, warningLines } from '../../src/cli/format';

describe('CLI number formats', () => {
  it.each([
    [0.12345, '0.123'],
    [12.345, '12.3'],
    [99.94, '99.9'],
    [1234.5, '1235'],
    [-250.4, '-250'],
  ])('round(%d) → %s', (x, text) => {
    expect(round(x)).toBe(text);
  });

  it('percent rounds a fraction to a whole percent', () => {
    expect(percent(0.304)).toBe('30%');
    expect(percent(1)).toBe('100%');
  });

  it.each([
    [60, '1 h'],
    [1440, '1 d'],
    [20160, '2 wk'],
    [90, '90 min'],
    [43200, '30 d'],
  ])('shortTime(%d) → %s', (minutes, text) => {
    expect(shortTime(minutes)).toBe(text);
  });

  it('one line per warning', () => {
    expect(warningLines([{ code: 'x', message: 'y' }])).toEqual(['warning [x] y']);
  });
});
