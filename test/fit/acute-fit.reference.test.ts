import { describe, expect, it } from 'vitest';
import { bestP, reached } from '../../fit/acute-likelihood';
import { ACUTE_RECORDS } from '../../fit/acute-responses';
import { PAIN_TYPE_RELIEF, SENSITIVITY_VARIABILITY } from '../../src/data/relief-model';
import { getSource } from '../../src/index';

describe('the acute responder share', () => {
  it('is the maximum-likelihood share on the ED cohorts at the assumed sensitivity spread', () => {
    const { p } = bestP(reached(SENSITIVITY_VARIABILITY.value));
    expect(PAIN_TYPE_RELIEF['acute-trauma'].response.value).toBeCloseTo(p, 2);
  });

  it('cites sources that resolve', () => {
    for (const r of ACUTE_RECORDS)
      for (const id of r.sources) expect(getSource(id as never).id).toBe(id);
  });
});
