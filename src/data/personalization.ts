/**
 * Settings of the Bayesian personalization of relief duration from a patient's own history.
 * No study reports how much one patient's relief varies from course to course, so both values
 * are modelling choices, marked as assumptions.
 */
export const PERSONALIZATION = {
  /** Log-scale SD of one patient's relief durations around their own typical value. */
  withinPatientLogSd: {
    value: 0.35,
    sources: [],
    assumption:
      'Modelling choice: one patient’s relief durations vary about ±35% (log-SD 0.35) from course to course. No located study reports within-patient variability of relief duration; clinic series report boosters "every 4–6 weeks" for the same patient, a spread of this order.',
  },
  /** Weight (pseudo-observations) of the assumed within-patient spread against the history's own spread. */
  spreadPriorWeight: {
    value: 4,
    sources: [],
    assumption:
      'Modelling choice: the within-patient spread is estimated from the history itself, shrunk toward log-SD 0.35 as if that value had been seen in 4 earlier courses (a scaled inverse-χ² prior), so that a consistent history narrows the prediction and an erratic one widens it.',
  },
  /** Fewest sustained simulated patients for a population prior; below it a weak prior is used. */
  minPriorPatients: {
    value: 20,
    sources: [],
    assumption:
      'Modelling choice: a population prior needs at least 20 simulated patients with sustained relief; with fewer (or none, for pain types without a sustained mechanism) the prior is centred on the history’s median with a wide log-SD.',
  },
  /** Log-SD of the weak prior used without a population prior, and the floor of any prior. */
  weakPriorLogSd: {
    value: 1,
    sources: [],
    assumption:
      'Modelling choice: without a usable population prior, the prior is the history’s median with log-SD 1 (a factor of e either way), so the history dominates.',
  },
  minPriorLogSd: {
    value: 0.1,
    sources: [],
    assumption:
      'Numerical floor: a population prior is never narrower than log-SD 0.1, so that a degenerate fit cannot make it infinitely certain.',
  },
  /** Huber tuning constant (in within-patient SDs) beyond which an observation is down-weighted. */
  huberK: {
    value: 1.5,
    sources: [],
    assumption:
      'Robustness choice: observations further than 1.5 within-patient SDs from the posterior mean get weight 1.5·SD/|residual| (Huber), so one outlier cannot swing the estimate.',
  },
} as const;
