import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MaintenanceResultSchema, ReliefInputSchema, ReliefResultSchema } from '../../src/index';
import { estimateRelief, suggestMaintenance } from '../helpers/loose';

const input = {
  painType: 'crps',
  regimen: { route: 'intravenous', dose: { amount: 25, unit: 'mg/h', over: { hours: 4 } } },
  patient: {},
};

describe('result schemas and Standard Schema', () => {
  it('results of every kind parse with the exported result schemas', () => {
    for (const r of [
      estimateRelief(input, { population: 50 }),
      estimateRelief({ ...input, regimen: { route: 'topical', dose: { amount: 5, unit: 'mg' } } }),
    ]) {
      expect(ReliefResultSchema.safeParse(r).error).toBeUndefined();
    }
    const plan = suggestMaintenance(
      { ...input, lastSessionEnd: '2026-11-20T16:00:00Z' },
      { population: 50, now: '2026-11-27T00:00:00Z' },
    );
    expect(MaintenanceResultSchema.safeParse(plan).error).toBeUndefined();
    expect(ReliefResultSchema.safeParse({ ...plan.relief, extra: 1 }).success).toBe(false);
  });

  it('the zod schemas implement Standard Schema v1', async () => {
    const std = ReliefInputSchema['~standard'];
    expect(std.version).toBe(1);
    expect(std.vendor).toBe('zod');
    const ok = await std.validate(input);
    expect('value' in ok && ok.value).toMatchObject({ painType: 'crps' });
    const bad = await std.validate({ ...input, painType: 'gout' });
    expect('issues' in bad && bad.issues?.[0]?.path).toEqual(['painType']);
  });

  it('ships the generated JSON Schemas', () => {
    const schema = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'schemas', 'relief-input.json'), 'utf8'),
    );
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.painType.enum).toContain('crps');
    expect(schema.required).toEqual(['painType', 'regimen', 'patient']);
  });
});
