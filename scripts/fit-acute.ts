/**
 * Estimates the acute responder share of acute pain jointly with the between-patient spread of
 * acute sensitivity (ω), by maximum likelihood on the emergency-department responder shares of
 * `fit/acute-responses.ts`: for each ω on a grid the library simulates each study's regimen
 * (same seed, every patient a responder) and reads the fraction whose relief reaches the
 * study's threshold; the share is then P_resp × that fraction (binomial). The profile over ω
 * and the optimum, with standard errors from the curvature, are printed; `--write` stores them
 * in `fit/acute-fit-report.json`.
 *
 *   npx tsx scripts/fit-acute.ts [--write]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bestP, OMEGAS, reached } from '../fit/acute-likelihood';

const profile = OMEGAS.map((omega) => {
  const fractions = reached(omega);
  const { p, ll } = bestP(fractions);
  return {
    omega: Number(omega.toFixed(2)),
    p: Number(p.toFixed(4)),
    logLik: Number(ll.toFixed(4)),
    fractions,
  };
});
for (const row of profile)
  console.log(
    `ω ${row.omega.toFixed(2)}  P_resp ${row.p.toFixed(3)}  logLik ${row.logLik.toFixed(3)}`,
  );
const best = profile.reduce((a, b) => (b.logLik > a.logLik ? b : a));
// 95 % profile-likelihood interval of ω: log-likelihood within 1.92 of the maximum.
const inside = profile.filter((r) => r.logLik >= best.logLik - 1.92);
const interval = [inside[0]?.omega, inside[inside.length - 1]?.omega];
const atEdge =
  interval[0] === OMEGAS[0] ||
  interval[1] === Number((OMEGAS[OMEGAS.length - 1] as number).toFixed(2));
console.log(
  `\nbest ω ${best.omega}, P_resp ${best.p}, logLik ${best.logLik}; 95 % profile interval of ω ${interval.join('–')}${atEdge ? ' (reaches the grid edge: not identified)' : ''}`,
);
if (process.argv.includes('--write')) {
  writeFileSync(
    join(import.meta.dirname, '..', 'fit', 'acute-fit-report.json'),
    `${JSON.stringify({ best: { omega: best.omega, p: best.p, logLik: best.logLik }, interval, identified: !atEdge, profile: profile.map(({ fractions: _f, ...r }) => r) }, null, 2)}\n`,
  );
  console.log('wrote fit/acute-fit-report.json');
}
