import { describe, expect, it } from 'vitest';
import { parseWith } from '../../src/internal/parse';
import { Trail } from '../../src/internal/trail';
import { checkHistory, warnCensored } from '../../src/maintenance/history';
import { MaintenanceInputSchema } from '../../src/maintenance/schema';
import { issuesOf } from '../helpers/issues';

const NOW = '2026-11-27T12:00:00Z';
const BERLIN = () => ({ timeZone: 'Europe/Berlin' });
const input = (history: object[], lastSessionEnd?: string) =>
  parseWith(MaintenanceInputSchema, {
    painType: 'crps',
    regimen: { route: 'intravenous', dose: { amount: 20, unit: 'mg/h', over: { hours: 4 } } },
    patient: {},
    ...(history.length > 0 ? { history } : {}),
    ...(lastSessionEnd ? { lastSessionEnd } : {}),
  } as never);

describe('checkHistory', () => {
  it('reads durations from reliefDays and from reliefLostOn (calendar days in the zone)', () => {
    const { observed, censored } = checkHistory(
      input([
        { sessionEnd: '2026-03-02T15:00:00+01:00', reliefDays: 38 },
        // 23:30 UTC is already 7 July in Berlin: 38 days to 14 August, not 39.
        { sessionEnd: '2026-07-06T23:30:00Z', reliefLostOn: '2026-08-14' },
      ]),
      NOW,
      BERLIN,
    );
    expect(observed).toEqual([38, 38]);
    expect(censored).toEqual([]);
  });

  it('marks a course whose relief outlasted the next course as censored, and keeps it', () => {
    const { observed, censored } = checkHistory(
      input([
        { sessionEnd: '2026-01-05T15:00:00Z', reliefDays: 45 },
        { sessionEnd: '2026-02-02T15:00:00Z', reliefDays: 30 },
      ]),
      NOW,
      BERLIN,
    );
    expect(observed).toEqual([45, 30]);
    expect(censored).toEqual([0]);
    const trail = new Trail();
    warnCensored(censored, trail);
    expect(trail.warnings).toEqual([
      { code: 'history-censored', message: expect.stringMatching(/^history\[0\]: .*lower bound/) },
    ]);
  });

  it('rejects entries after now, contradictions and a last session before the history', () => {
    const issues = issuesOf(() =>
      checkHistory(
        input(
          [
            { sessionEnd: '2026-09-02T15:00:00Z', reliefLostOn: '2026-09-01' },
            { sessionEnd: '2026-09-20T15:00:00Z', reliefLostOn: '2026-10-20', reliefDays: 3 },
            { sessionEnd: '2026-11-20T15:00:00Z', reliefDays: 30 },
            { sessionEnd: '2026-11-28T15:00:00Z', reliefLostOn: '2026-11-29' },
          ],
          '2026-11-21T15:00:00Z',
        ),
        NOW,
        BERLIN,
      ),
    );
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['history.0.reliefLostOn', 'contradiction'],
      ['history.1.reliefDays', 'contradiction'],
      ['history.2.reliefDays', 'in_future'],
      ['history.3.sessionEnd', 'in_future'],
      ['history.3.reliefLostOn', 'in_future'],
      ['lastSessionEnd', 'contradiction'],
    ]);
  });

  it('accepts no history', () => {
    expect(checkHistory(input([]), NOW, BERLIN)).toEqual({ observed: [], censored: [] });
  });
});
