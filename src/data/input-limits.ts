/**
 * Sanity bounds that separate malformed input (rejected with `InvalidInputError`) from
 * implausible-but-possible values (which later models report as warnings). These are not
 * clinical limits: every value is a modelling choice, marked as an assumption.
 */
export const INPUT_LIMITS = {
  weightKg: {
    max: 1000,
    sources: [],
    assumption: 'Sanity bound for malformed input, far above any recorded human weight.',
  },
  ageYears: {
    max: 150,
    sources: [],
    assumption: 'Sanity bound for malformed input, above any recorded human age.',
  },
  sessions: {
    max: 1000,
    sources: [],
    assumption:
      'Bound on simulation cost for one call; longer schedules are outside any published regimen.',
  },
  population: {
    min: 10,
    max: 100000,
    sources: [],
    assumption:
      'Fewer than 10 simulated patients cannot give 5th–95th percentiles; more than 100 000 is bounded for the cost of one call.',
  },
  checkpoints: {
    maxMinutes: 5256000,
    maxCount: 100,
    sources: [],
    assumption:
      'Survival checkpoints up to ten years (5 256 000 min) and at most 100 per call: bounds for malformed input and for the size of one result.',
  },
  reliefThreshold: {
    min: 0.01,
    max: 0.99,
    sources: [],
    assumption:
      'A relief threshold must lie between 1% and 99% of baseline pain: outside it the threshold concentration under- or overflows, and no published definition of meaningful relief comes near either end (IMMPACT: 10–20% minimal, 30% moderate, 50% substantial).',
  },
  history: {
    maxReliefDays: 3650,
    sources: [],
    assumption:
      'Relief of more than ten years after one course is treated as malformed input (the longest reported is a case of years-long remission).',
  },
} as const;
