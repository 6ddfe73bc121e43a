import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { COMMANDS } from '../../src/cli/commands';
import { checkpoints, minutes, reliefInput, simulation } from '../../src/cli/input';

/** The flags `estimate` takes, from the command table the parser reads. */
const FLAGS = COMMANDS.estimate?.flags ?? [];
const args = (argv: string[]) => parseArgs(argv, FLAGS, []);

describe('CLI flags into library input', () => {
  it('builds the regimen, patient and medications of an infusion series', () => {
    const input = reliefInput(
      args([
        '--pain',
        'crps',
        '--route',
        'intravenous',
        '--rate',
        '0.35mg/kg/h',
        '--over',
        '4h',
        '--sessions',
        '10',
        '--every',
        '1d',
        '--weight',
        '70',
        '--sex',
        'female',
        '--medication',
        'a',
        '--medication',
        'b',
      ]),
      true,
    );
    expect(input).toEqual({
      painType: 'crps',
      regimen: {
        route: 'intravenous',
        dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
        sessions: 10,
        every: { days: 1 },
      },
      patient: { weightKg: 70, sex: 'female' },
      medications: ['a', 'b'],
    });
  });

  it('leaves out what was not given', () => {
    expect(reliefInput(args(['--route', 'intranasal', '--dose', '50mg']), false)).toEqual({
      painType: undefined,
      regimen: { route: 'intranasal', dose: { amount: 50, unit: 'mg' } },
      patient: {},
      medications: [],
    });
  });

  it.each([
    [['--route', 'intravenous', '--dose', '1mg'], /--pain: required/],
    [['--pain', 'crps', '--dose', '1mg'], /--route: required/],
    [['--pain', 'crps', '--route', 'intravenous'], /--dose: required/],
  ])('%j', (argv, message) => {
    expect(() => reliefInput(args(argv), true)).toThrow(message);
  });

  it('a seed of digits is a number, anything else a string', () => {
    expect(simulation(args(['--seed', '-7', '--population', '200']))).toEqual({
      seed: -7,
      population: 200,
    });
    expect(simulation(args(['--seed', 'clinic-42']))).toEqual({ seed: 'clinic-42' });
    expect(simulation(args([]))).toEqual({});
  });

  it('checkpoints and durations in minutes', () => {
    expect(checkpoints(args(['--checkpoint', '3w', '--checkpoint', '90min']))).toEqual([30240, 90]);
    expect(checkpoints(args([]))).toBeUndefined();
    expect(minutes({ days: 1, hours: 2 })).toBe(1560);
  });
});
