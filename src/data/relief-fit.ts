/**
 * Sustained-relief parameters fitted by maximum likelihood to the published durations of
 * `fit/relief-durations.ts` (14 records, 10 studies) with the likelihood of
 * `fit/likelihood.ts` (binomial shares, interval-censored windows; placebo response
 * 1 − (1 − drug)(1 − placebo)). Written by `npx tsx scripts/fit-relief.ts --write`; do not
 * edit by hand. Estimates are on the fitting scale (ln or logit, as each name says) with their standard errors
 * and covariance, so that draws for evidence uncertainty can be taken there.
 */
export const RELIEF_FIT = {
  structure: 'turnover-durable',
  data: 'fit/relief-durations.ts',
  likelihood: 'fit/likelihood.ts',
  script: 'scripts/fit-relief.ts',
  sources: [
    'mangnus-2021',
    'goldberg-2010',
    'crps-ketamine-review-table-2023',
    'kiefer-2008-anesthetic',
    'puchalski-2016',
    'schwenk-2018-headache',
    'noppers-2011-fibromyalgia',
    'kvarnstrom-2003',
    'kvarnstrom-2004',
    'hardy-2012',
  ],
  logLik: -261.662,
  observations: 14,
  /** Transformed parameters, in the order of `covariance`. */
  names: ['ln halfLifeDays', 'ln omega', 'logit placebo', 'logit durable'],
  estimate: [2.79854, -0.308596, -1.3542, -0.31186],
  se: [0.270514, 0.382081, 0.196025, 0.36501],
  covariance: [
    [0.0731781, -0.0525194, -0.00847156, -0.000343999],
    [-0.0525194, 0.145986, 0.0050798, -0.0190765],
    [-0.00847156, 0.0050798, 0.0384257, -0.0379709],
    [-0.000343999, -0.0190765, -0.0379709, 0.133232],
  ],
} as const;
