import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cliArgs,
  cliLine,
  DEFAULT_STATE,
  type FormState,
  formatMinutes,
  POPULATION,
  percentileRows,
  SEED,
  shellQuote,
  toInput,
} from '../../docs/playground/state';
import { estimateRelief, InvalidInputError } from '../../src/index';

/** The executable, run by Node through tsx, as the docs' command line would run it. */
const BIN = join(__dirname, '..', '..', 'src', 'cli', 'bin.ts');
const PREFIX = 'npx ketamine-relief ';

/** Runs the playground's command line (with `--json`) through bash and the real executable. */
function runLine(state: FormState) {
  const line = cliLine(state);
  expect(line.startsWith(PREFIX)).toBe(true);
  const command = `node --import tsx "${BIN}" ${line.slice(PREFIX.length)} --json`;
  return spawnSync('bash', ['-c', command], { encoding: 'utf8', timeout: 60_000 });
}

const STATES: [string, FormState][] = [
  ['the default CRPS infusion series', DEFAULT_STATE],
  [
    'an intranasal bolus with medicines and sex',
    {
      ...DEFAULT_STATE,
      painType: 'acute-trauma',
      route: 'intranasal',
      mode: 'bolus',
      amount: '1',
      unit: 'mg/kg',
      sessions: '1',
      sex: 'female',
      medications: ['clarithromycin', 'benzodiazepine'],
    },
  ],
  [
    'an esketamine total over 40 min in 5 daily sessions',
    {
      ...DEFAULT_STATE,
      painType: 'neuropathic',
      drug: 'esketamine',
      mode: 'total',
      amount: '0.5',
      unit: 'mg/kg',
      over: '40',
      overUnit: 'minutes',
      sessions: '5',
    },
  ],
  [
    'oral mg every 2 weeks without weight or age',
    {
      ...DEFAULT_STATE,
      painType: 'chronic-low-back',
      route: 'oral',
      mode: 'bolus',
      amount: '50',
      unit: 'mg',
      sessions: '3',
      every: '2',
      everyUnit: 'weeks',
      weightKg: '',
      ageYears: '',
    },
  ],
  [
    'an IV bolus above the guideline ceiling',
    {
      ...DEFAULT_STATE,
      painType: 'acute-trauma',
      mode: 'bolus',
      amount: '2',
      unit: 'mg/kg',
      sessions: '1',
    },
  ],
];

describe('playground command line', () => {
  it.each(STATES)('%s: the CLI line gives the estimate the page shows', (_, state) => {
    const r = runLine(state);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const page = estimateRelief(toInput(state) as never, { seed: SEED, population: POPULATION });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(page)));
  });

  it('bad input fails in both, naming the field', () => {
    const state = { ...DEFAULT_STATE, weightKg: '0' };
    expect(() => estimateRelief(toInput(state) as never, { seed: SEED })).toThrow(
      InvalidInputError,
    );
    const r = runLine(state);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--weight/);
  });

  it('writes the flags and unit syntax of the CLI', () => {
    expect(cliLine(DEFAULT_STATE)).toBe(
      'npx ketamine-relief estimate --pain crps --route intravenous --rate 0.35mg/kg/h --over 4h --sessions 10 --every 1d --weight 70 --age 45 --seed 1 --population 500',
    );
    const bolus = cliArgs({ ...DEFAULT_STATE, mode: 'bolus', unit: 'mg', amount: '25' });
    expect(bolus).toContain('--dose');
    expect(bolus).not.toContain('--over');
    const single = cliArgs({ ...DEFAULT_STATE, sessions: '1' });
    expect(single).not.toContain('--every');
  });

  it('quotes shell words only where needed', () => {
    expect(shellQuote('mg/kg/h')).toBe('mg/kg/h');
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('a b')).toBe(`'a b'`);
  });
});

describe('playground form state', () => {
  it('omits empty fields and the interval of a single session', () => {
    const input = toInput({ ...DEFAULT_STATE, sessions: '1', ageYears: '', weightKg: '' });
    expect(input).toEqual({
      painType: 'crps',
      regimen: {
        route: 'intravenous',
        dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
        sessions: 1,
      },
      patient: {},
      medications: [],
    });
  });

  it('formats percentile rows in readable units', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(360)).toBe('6 h');
    expect(formatMinutes(4320)).toBe('3 d');
    expect(formatMinutes(120960)).toBe('12 wk');
    const r = estimateRelief(toInput(DEFAULT_STATE) as never, { seed: SEED, population: 200 });
    const rows = percentileRows(r);
    expect(rows.map((row) => row.measure)).toEqual(['onset', 'peak', 'duration']);
    for (const row of rows) expect(row.cells).toHaveLength(5);
  });
});
