/**
 * Settings of the Bayesian personalisation of relief duration from a patient's own history.
 * No study reports how much one patient's relief varies from course to course, so both values
 * are modelling choices, marked as assumptions.
 */
export const PERSONALISATION = {
  /** Log-scale SD of one patient's relief durations around their own typical value. */
  withinPatientLogSd: {
    value: 0.35,
    sources: [],
    assumption:
      'Modelling choice: one patient’s relief durations vary about ±35% (log-SD 0.35) from course to course. No located study reports within-patient variability of relief duration; clinic series report boosters "every 4–6 weeks" for the same patient, a spread of this order.',
  },
  /** Huber tuning constant (in within-patient SDs) beyond which an observation is down-weighted. */
  huberK: {
    value: 1.5,
    sources: [],
    assumption:
      'Robustness choice: observations further than 1.5 within-patient SDs from the posterior mean get weight 1.5·SD/|residual| (Huber), so one outlier cannot swing the estimate.',
  },
} as const;
