import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src/data/input-limits';
import { SUSTAINED } from '../../src/data/relief-model';
import { InvalidInputError, NOT_A_DOSING_DEVICE, type ReliefResult } from '../../src/index';
import { issuesOf } from '../helpers/issues';
import { estimateRelief } from '../helpers/loose';

const OPTIONS = { population: 200, seed: 3 };
const ivBolus = (amount: number) => ({
  route: 'intravenous',
  dose: { amount, unit: 'mg/kg' },
});
const run = (input: object, options: object = OPTIONS) => estimateRelief(input, options);
const codes = (r: ReliefResult) => r.warnings.map((w) => w.code);

describe('estimateRelief: result shape', () => {
  const r = run({ painType: 'acute-trauma', regimen: ivBolus(0.3), patient: { weightKg: 70 } });

  it('returns minute ranges, the response share, survival at the standard checkpoints', () => {
    expect(r.onset?.unit).toBe('minute');
    expect(r.peak?.unit).toBe('minute');
    expect(r.duration?.unit).toBe('minute');
    // Not every acute patient responds (ED responder shares): about 0.715 respond, and nearly
    // all of those reach ≥ 30 % relief after 0.3 mg/kg IV.
    expect(r.responseProbability).toBeGreaterThan(0.6);
    expect(r.responseProbability).toBeLessThanOrEqual(0.8);
    expect(r.survival.map((s) => s.afterMinutes)).toEqual([
      60, 360, 1440, 2880, 10080, 20160, 40320, 80640, 120960, 262080, 524160,
    ]);
    expect(r.phase).toBe('acute');
    expect(r.reliefThreshold).toBe(0.3);
    expect(r.population).toBe(200);
    expect(r.seed).toBe(3);
    expect(r.notice).toBe(NOT_A_DOSING_DEVICE);
    expect(r.model?.id).toBe('herd-2007-adult');
  });

  it('echoes the normalised input and cites its sources and assumptions', () => {
    expect(r.input).toMatchObject({
      painType: 'acute-trauma',
      regimen: { method: 'bolus', sessions: 1, drug: 'racemic' },
      medications: [],
    });
    expect(r.sources).toEqual(
      expect.arrayContaining(['miller-2015', 'olofsen-2022', 'dworkin-2008']),
    );
    expect(
      r.assumptions.some((a) => a.startsWith('Calibrated (scripts/calibrate-relief.ts)')),
    ).toBe(true);
  });

  it('uses the default seed and population when none are given', () => {
    const d = estimateRelief({
      painType: 'acute-trauma',
      regimen: ivBolus(0.3),
      patient: { weightKg: 70 },
    });
    expect(d.population).toBe(1000);
    expect(d.seed).toBe(1);
  });
});

describe('estimateRelief: options', () => {
  const input = { painType: 'acute-trauma', regimen: ivBolus(0.3), patient: { weightKg: 70 } };

  it('adds requested checkpoints, sorted and without repeats', () => {
    const r = run(input, { ...OPTIONS, checkpoints: [90, 60, 0] });
    expect(r.survival.map((s) => s.afterMinutes).slice(0, 4)).toEqual([0, 60, 90, 360]);
  });

  it('a stricter threshold (50 %, substantial) gives shorter, rarer relief', () => {
    const moderate = run(input);
    const substantial = run(input, { ...OPTIONS, reliefThreshold: 0.5 });
    expect(substantial.reliefThreshold).toBe(0.5);
    expect(substantial.duration?.median).toBeLessThan(moderate.duration?.median ?? 0);
    expect(substantial.responseProbability).toBeLessThanOrEqual(moderate.responseProbability ?? 0);
  });

  it('rejects malformed options, naming the field', () => {
    expect(issuesOf(() => run(input, { reliefThreshold: 1 }))[0]?.path).toEqual([
      'reliefThreshold',
    ]);
    expect(issuesOf(() => run(input, { reliefThreshold: 0 }))[0]?.path).toEqual([
      'reliefThreshold',
    ]);
    expect(issuesOf(() => run(input, { checkpoints: [-1] }))[0]?.path).toEqual(['checkpoints', 0]);
    expect(issuesOf(() => run(input, { population: 5 }))[0]?.path).toEqual(['population']);
    expect(issuesOf(() => run(input, { seed: 1.5 }))[0]?.path).toEqual(['seed']);
    expect(issuesOf(() => run(input, { colour: 'blue' }))[0]?.code).toBe('unrecognized_keys');
  });
});

describe('estimateRelief: malformed input throws one typed error naming the field', () => {
  it.each([
    ['no pain type', { regimen: ivBolus(0.3), patient: { weightKg: 70 } }, ['painType']],
    [
      'unknown pain type',
      { painType: 'gout', regimen: ivBolus(0.3), patient: { weightKg: 70 } },
      ['painType'],
    ],
    [
      'per-kg dose without weight',
      { painType: 'crps', regimen: ivBolus(0.3), patient: {} },
      ['patient', 'weightKg'],
    ],
    [
      'negative dose',
      { painType: 'crps', regimen: ivBolus(-1), patient: { weightKg: 70 } },
      ['regimen', 'dose', 'amount'],
    ],
    [
      'unknown medicine',
      { painType: 'crps', regimen: ivBolus(0.3), patient: { weightKg: 70 }, medications: ['x'] },
      ['medications', 0],
    ],
  ])('%s', (_, input, path) => {
    expect(issuesOf(() => run(input))[0]?.path).toEqual(path);
  });

  it('rejects a non-object input', () => {
    expect(issuesOf(() => run(null as unknown as object))[0]?.path).toEqual([]);
  });
});

describe('estimateRelief: warnings', () => {
  it('flags a bolus above the acute guideline ceiling', () => {
    const r = run({ painType: 'acute-trauma', regimen: ivBolus(0.5), patient: { weightKg: 70 } });
    expect(codes(r)).toContain('dose-above-guideline');
  });

  it('flags a guideline contraindication', () => {
    const r = run({
      painType: 'acute-trauma',
      regimen: ivBolus(0.3),
      patient: { weightKg: 70, conditions: ['pregnancy'] },
    });
    expect(codes(r)).toContain('contraindication');
  });

  it('flags an interaction, and adjusts oral bioavailability by the published ratio', () => {
    const r = run({
      painType: 'acute-postoperative',
      regimen: { route: 'oral', dose: { amount: 50, unit: 'mg' } },
      patient: { weightKg: 70 },
      medications: ['clarithromycin'],
    });
    expect(codes(r)).toContain('interaction');
    expect(r.adjustments).toContainEqual(
      expect.objectContaining({
        factor: 'clarithromycin',
        target: 'bioavailability',
        effect: 'lengthens',
      }),
    );
  });

  it('says that benzodiazepines and lamotrigine change effects but not by a known amount', () => {
    const r = run({
      painType: 'crps',
      regimen: ivBolus(0.3),
      patient: { weightKg: 70 },
      medications: ['benzodiazepine', 'lamotrigine'],
    });
    expect(codes(r).filter((c) => c === 'effect-interaction')).toHaveLength(2);
    const benzo = r.adjustments.find((a) => a.factor === 'benzodiazepine');
    expect(benzo).toMatchObject({ multiplier: null, effect: 'unknown' });
    expect(benzo?.note).toMatch(/no data/);
  });

  it('flags a patient outside the validated range of the model', () => {
    const r = run({
      painType: 'crps',
      regimen: { ...ivBolus(0.3), drug: 'esketamine' },
      patient: { weightKg: 70, ageYears: 12 },
    });
    expect(codes(r)).toContain('outside-validated-range');
  });

  it('flags a pain type with little evidence, and not CRPS', () => {
    const weak = run({ painType: 'neuropathic', regimen: ivBolus(0.3), patient: { weightKg: 70 } });
    expect(codes(weak)).toContain('low-evidence-pain-type');
    const crps = run({ painType: 'crps', regimen: ivBolus(0.3), patient: { weightKg: 70 } });
    expect(codes(crps)).not.toContain('low-evidence-pain-type');
  });

  it('reports pain history and depression without applying them', () => {
    const r = run({
      painType: 'crps',
      regimen: ivBolus(0.3),
      patient: { weightKg: 70, ageYears: 50, painHistoryYears: 7, depression: true },
    });
    expect(codes(r).filter((c) => c === 'factor-not-quantified')).toHaveLength(2);
    expect(r.adjustments.find((a) => a.factor.startsWith('pain history'))?.effect).toBe('unknown');
  });

  it('a route without PK data gives no estimate and says why', () => {
    const r = run({
      painType: 'neuropathic',
      regimen: { route: 'topical', dose: { amount: 50, unit: 'mg' } },
      patient: { weightKg: 70 },
    });
    expect(codes(r)).toContain('route-without-pk');
    expect(r).toMatchObject({
      model: null,
      onset: null,
      peak: null,
      duration: null,
      responseProbability: null,
      survival: [],
      phase: null,
    });
  });
});

describe('estimateRelief: factors', () => {
  it('S-ketamine is twice as potent as the racemate per ng/mL (adjustment recorded)', () => {
    const r = run({
      painType: 'acute-trauma',
      regimen: { ...ivBolus(0.15), drug: 'esketamine' },
      patient: { weightKg: 70 },
    });
    expect(r.adjustments).toContainEqual(
      expect.objectContaining({
        factor: 'enantiomer: esketamine',
        target: 'potency',
        multiplier: 2,
      }),
    );
    expect(r.model?.id).toBe('fanta-2015');
  });

  it('a chronic series in CRPS is sustained for weeks; fibromyalgia stays acute', () => {
    const series = {
      route: 'intravenous',
      dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
      sessions: 10,
      every: { days: 1 },
    };
    const crps = run({ painType: 'crps', regimen: series, patient: { weightKg: 70 } });
    expect(crps.phase).toBe('sustained');
    expect(crps.duration?.median).toBeGreaterThan(7 * 1440);
    const fibro = run({ painType: 'fibromyalgia', regimen: series, patient: { weightKg: 70 } });
    expect(fibro.phase).toBe('acute');
    expect(fibro.duration?.p95).toBeLessThan(1440);
  });

  it('duration is taken over relieved patients only; survival and expected days over all treated', () => {
    const r = run({ painType: 'acute-trauma', regimen: ivBolus(0.02), patient: { weightKg: 70 } });
    expect(r.responseProbability).toBeLessThan(0.1);
    // The few relieved patients have relief that lasts some minutes: no zeros from the others.
    expect(r.duration?.p5).toBeGreaterThan(0);
    expect(r.onset?.median).toBeGreaterThan(0);
    const share = r.responseProbability ?? 0;
    expect(r.survival[0]?.probability).toBeLessThanOrEqual(share);
    // Expected relieved days average over everyone treated, the unrelieved counting 0.
    expect(r.expectedRelievedDays).toBeLessThan(((r.duration?.p95 ?? 0) / 1440) * share + 1e-12);
  });
});

describe('estimateRelief: evidence uncertainty', () => {
  const crps = {
    painType: 'crps',
    regimen: {
      route: 'intravenous',
      dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
      sessions: 10,
      every: { days: 1 },
    },
    patient: { weightKg: 70 },
  } as const;

  it('reports 90 % intervals from redrawn fitted parameters, deterministically', () => {
    const r = estimateRelief(crps, { population: 300, seed: 4, uncertainty: true });
    const u = r.uncertainty;
    expect(u?.draws).toBe(40);
    expect(u?.level).toBe(0.9);
    expect(u?.parameters).toEqual(['ln halfLifeDays', 'ln omega', 'logit durable']);
    expect(u?.survival.map((p) => p.afterMinutes)).toEqual(r.survival.map((p) => p.afterMinutes));
    for (const p of u?.survival ?? []) expect(p.low).toBeLessThanOrEqual(p.high);
    // Redrawing the fitted parameters moves the 12-week share: the interval has width.
    const week12 = u?.survival.find((p) => p.afterMinutes === 120960);
    expect((week12?.high ?? 0) - (week12?.low ?? 0)).toBeGreaterThan(0.05);
    const median = u?.duration.median;
    expect(median?.low).toBeLessThanOrEqual(median?.high ?? Number.NaN);
    expect(estimateRelief(crps, { population: 300, seed: 4, uncertainty: true })).toEqual(r);
    // Without the option there is no block, and the estimate itself is unchanged.
    const plain = estimateRelief(crps, { population: 300, seed: 4 });
    expect(plain.uncertainty).toBeUndefined();
    expect(plain.survival).toEqual(r.survival);
  });

  it('an acute estimate has no fitted parameter to redraw: no draws, and it says so', () => {
    const r = estimateRelief(
      { painType: 'acute-trauma', regimen: ivBolus(0.3), patient: { weightKg: 70 } },
      { population: 200, seed: 2, uncertainty: true },
    );
    expect(r.uncertainty?.draws).toBe(0);
    expect(r.uncertainty?.parameters).toEqual([]);
    expect(r.assumptions.some((a) => a.includes('no fitted parameter enters'))).toBe(true);
    r.uncertainty?.survival.forEach((p, i) => {
      expect(p.low).toBe(r.survival[i]?.probability);
      expect(p.high).toBe(p.low);
    });
    expect(r.placeboShare).toBeNull();
    for (const p of r.survival) expect(p.withPlacebo).toBe(p.probability);
  });
});

describe('estimateRelief: the horizon', () => {
  it('survival checkpoints stop at the horizon, where relief that has not faded is censored', () => {
    expect(INPUT_LIMITS.checkpoints.maxMinutes).toBe(SUSTAINED.horizon.value * 1440);
    expect(() =>
      estimateRelief(
        { painType: 'crps', regimen: ivBolus(0.3), patient: { weightKg: 70 } },
        { population: 50, checkpoints: [SUSTAINED.horizon.value * 1440 + 1] },
      ),
    ).toThrow(InvalidInputError);
  });
});

describe('estimateRelief: the shared options', () => {
  it('takes a published disposition model, as predictExposure does', () => {
    const r = estimateRelief(
      { painType: 'acute-trauma', regimen: ivBolus(0.3), patient: { weightKg: 70 } },
      { population: 100, model: 'fanta-2015-racemic' },
    );
    expect(r.model?.id).toBe('fanta-2015-racemic');
  });
});
