import { describe, expect, it } from 'vitest';
import { diaryFromCsv, readDiary } from '../../src/cli/diary-file';

const files = (map: Record<string, string>) => ({
  readFile: (path: string) => {
    const text = map[path];
    if (text === undefined) throw new Error('ENOENT');
    return text;
  },
});

describe('CLI diary file', () => {
  it('reads CSV rows, skipping a header and blank lines', () => {
    const csv =
      'kind,a,b\n\nsession,2026-11-02T09:00:00Z,2026-11-02T13:00:00Z\r\nscore, 2026-11-02T08:00:00Z , 8\n';
    expect(diaryFromCsv(csv)).toEqual({
      sessions: [{ start: '2026-11-02T09:00:00Z', end: '2026-11-02T13:00:00Z' }],
      entries: [{ at: '2026-11-02T08:00:00Z', score: 8 }],
    });
  });

  it.each([
    ['score,2026-11-02T08:00:00Z,eight', /line 1/],
    ['session,2026-11-02T09:00:00Z', /line 1/],
    ['type,x,y\nnote,a,b', /line 2/],
  ])('refuses %j', (csv, line) => {
    expect(() => diaryFromCsv(csv)).toThrow(line);
  });

  it('reads .csv as CSV and anything else as JSON, naming <file> when it cannot', () => {
    const io = files({
      'd.CSV': 'score,2026-11-02T08:00:00Z,3',
      'd.json': '{"sessions":[]}',
      bad: '{',
    });
    expect(readDiary(io, 'd.CSV')).toEqual({
      sessions: [],
      entries: [{ at: '2026-11-02T08:00:00Z', score: 3 }],
    });
    expect(readDiary(io, 'd.json')).toEqual({ sessions: [] });
    expect(() => readDiary(io, 'bad')).toThrow('<file>: is not valid JSON');
    expect(() => readDiary(io, 'missing.csv')).toThrow('<file>: cannot read "missing.csv": ENOENT');
    expect(() => readDiary(io, undefined)).toThrow('<file>: give a diary file');
  });
});
