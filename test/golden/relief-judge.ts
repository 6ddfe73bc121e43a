import type { ReliefResult } from '../../src/index';
import type { ReliefObservation } from './relief-observations';

/** How a relief estimate is compared with a published outcome (see relief-golden.test.ts). */
const Z95 = 1.959963984540054;

/** Wilson score 95 % interval of `events` out of `of`. */
export function wilson({ events, of }: { events: number; of: number }): [number, number] {
  const p = events / of;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * of)) / (1 + z2 / of);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / of + z2 / (4 * of * of))) / (1 + z2 / of);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export function survivalAt(r: ReliefResult, minutes: number): number {
  const point = r.survival.find((s) => s.afterMinutes === minutes);
  if (!point) throw new Error(`no survival point at ${minutes}`);
  return point.probability;
}

/** Whether the estimate agrees with the observation, and what was compared. */
export function judge(o: ReliefObservation, r: ReliefResult): { pass: boolean; detail: string } {
  const band = o.interval ?? (o.count ? wilson(o.count) : undefined);
  switch (o.metric) {
    case 'onset':
    case 'peak':
    case 'duration': {
      const range = r[o.metric];
      if (!range) return { pass: false, detail: 'no responders' };
      if (o.window) {
        const [a, b] = o.window;
        return {
          pass: range.median >= a && range.median <= b,
          detail: `median ${range.median} in [${a}, ${b}]`,
        };
      }
      if (o.bound === 'upper') {
        return { pass: range.median <= o.value, detail: `median ${range.median} ≤ ${o.value}` };
      }
      return {
        pass: o.value >= range.p5 && o.value <= range.p95,
        detail: `${o.value} in [${range.p5}, ${range.p95}]`,
      };
    }
    case 'relieved-at': {
      if (o.window && band) {
        // Monotone survival passes through the band somewhere in the window.
        const start = survivalAt(r, o.window[0]);
        const end = survivalAt(r, o.window[1]);
        return {
          pass: start >= band[0] && end <= band[1],
          detail: `survival ${start} → ${end} over the window vs [${band[0]}, ${band[1]}]`,
        };
      }
      const share = survivalAt(r, o.afterMinutes as number);
      if (band) {
        return {
          pass: share >= band[0] && share <= band[1],
          detail: `${share} in [${band[0]}, ${band[1]}]`,
        };
      }
      return { pass: share > o.value, detail: `${share} > placebo ${o.value}` };
    }
    case 'not-relieved-at': {
      const share = survivalAt(r, o.afterMinutes as number);
      const ceiling = o.count ? wilson(o.count)[1] : o.value;
      return { pass: share <= ceiling, detail: `${share} ≤ ${ceiling}` };
    }
    case 'response': {
      const p = r.responseProbability ?? Number.NaN;
      if (!band) throw new Error(`${o.id}: a response needs a count or an interval`);
      return { pass: p >= band[0] && p <= band[1], detail: `${p} in [${band[0]}, ${band[1]}]` };
    }
    case 'no-better-than-placebo': {
      const p = r.responseProbability ?? Number.NaN;
      if (!o.count || !o.placeboCount) throw new Error(`${o.id}: needs both counts`);
      const treated = wilson(o.count);
      const placebo = wilson(o.placeboCount);
      return {
        pass: p >= treated[0] && p <= treated[1] && p <= placebo[1] && r.phase !== 'sustained',
        detail: `${p} in [${treated[0]}, ${treated[1]}], ≤ placebo upper ${placebo[1]}, no sustained phase`,
      };
    }
  }
}
