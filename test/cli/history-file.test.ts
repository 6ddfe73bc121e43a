import { describe, expect, it } from 'vitest';
import { historyFrom, readHistory } from '../../src/cli/history-file';

describe('CLI history file', () => {
  it('passes a list of courses through', () => {
    const list = [{ sessionEnd: '2026-03-02T15:00:00+01:00', reliefDays: 38 }];
    expect(historyFrom(list)).toBe(list);
  });

  it('takes the measured historyEntry of each session of diary --json output', () => {
    const entry = { sessionEnd: '2026-09-02T13:00:00Z', reliefDays: 33 };
    const diary = { sessions: [{ historyEntry: entry }, { historyEntry: null }, {}, 7] };
    expect(historyFrom(diary)).toEqual([entry]);
  });

  it('leaves anything else for the library to refuse', () => {
    expect(historyFrom('x')).toBe('x');
    expect(historyFrom({ sessions: 1 })).toEqual({ sessions: 1 });
  });

  it('names --history when the file cannot be read or parsed', () => {
    const io = {
      readFile: (path: string) => {
        if (path === 'bad.json') return 'nope';
        throw new Error('ENOENT');
      },
    };
    expect(() => readHistory(io, 'bad.json')).toThrow('--history: is not valid JSON');
    expect(() => readHistory(io, 'gone.json')).toThrow('--history: cannot read "gone.json"');
  });
});
