// Turns an arbitrary of valid argument lists into the four kinds of case the suite runs:
// valid, mutated-valid (one field replaced or altered), hostile (one argument replaced) and
// huge (one field or argument replaced by a value of 1e5–1e6 items or 10 000 levels). Each
// case carries a label, which fast-check prints as the counterexample.
import { fc } from '@fast-check/vitest';
import { EXTREMES, HOSTILE, HostileError, hostileValue, hugeValues } from './arbitraries';

export interface Case {
  args: unknown[];
  label: () => string;
}

/** A case; its label is built only when fast-check prints it. */
const caseOf = (args: unknown[], label: () => string): Case =>
  Object.assign({ args, label }, { [fc.toStringMethod]: label });

/** Valid JSON-like text of a value, cut to a readable length. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(value);
  } catch {
    text = '(unprintable)';
  }
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

type Key = string | number;
type Op = readonly [
  name: string,
  apply: (holder: Record<Key, unknown>, key: Key, root: unknown) => void,
];

const hostileGetter = (): never => {
  throw new HostileError('hostile getter');
};
const setTo = ([name, make]: readonly [string, () => unknown]): Op => [
  `:= ${name}`,
  (h, k) => {
    h[k] = make();
  },
];
const onTarget = (f: (o: Record<Key, unknown>) => void) => (h: Record<Key, unknown>, k: Key) => {
  const t = h[k];
  f(t !== null && typeof t === 'object' ? (t as Record<Key, unknown>) : h);
};
function deepFreeze(v: unknown): void {
  if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const x of Object.values(v)) deepFreeze(x);
}

/** Everything a mutated-valid case may do to one place in a valid argument. */
const OPS: readonly Op[] = [
  ...EXTREMES.map(setTo),
  ...HOSTILE.map(setTo),
  [
    'deleted',
    (h, k) => {
      delete h[k];
    },
  ],
  [
    'is a throwing getter',
    (h, k) => {
      Object.defineProperty(h, k, {
        get: hostileGetter,
        enumerable: true,
        configurable: true,
      });
    },
  ],
  [
    ':= the whole argument (a cycle)',
    (h, k, root) => {
      h[k] = root;
    },
  ],
  [
    'gains a __proto__ key',
    onTarget((o) => {
      const value = { polluted: 'yes' };
      Object.defineProperty(o, '__proto__', {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }),
  ],
  [
    'gains a constructor key',
    onTarget((o) => {
      Object.assign(o, { constructor: { prototype: { polluted: 'yes' } } });
    }),
  ],
  [
    'gains an unknown key',
    onTarget((o) => {
      o.fuzzExtra = 1;
    }),
  ],
  ['is deep-frozen', (h, k) => deepFreeze(h[k])],
  [
    'is wrapped in a transparent Proxy',
    (h, k) => {
      const t = h[k];
      if (t !== null && typeof t === 'object') h[k] = new Proxy(t, {});
    },
  ],
  [
    'is copied to a null-prototype object',
    (h, k) => {
      const t = h[k];
      if (t !== null && typeof t === 'object' && !Array.isArray(t)) {
        h[k] = Object.assign(Object.create(null), t);
      }
    },
  ],
];

/** Paths to every place in a plain value (objects and arrays), the root first. */
function pathsOf(value: unknown): Key[][] {
  const out: Key[][] = [];
  const walk = (v: unknown, path: Key[]) => {
    out.push(path);
    if (v === null || typeof v !== 'object' || v instanceof Date) return;
    for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
  };
  walk(value, []);
  return out;
}

const where = (i: number, path: readonly Key[]) =>
  `arg${i}${path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')}`;

const shallow = (v: unknown) => (Array.isArray(v) ? [...v] : { ...(v as object) });

/**
 * Applies `op` at the `pick`-th place of argument `i`. The original is left alone: the
 * containers along the path are copied, and the value at the place is deep-copied.
 */
function applyAt(args: readonly unknown[], i: number, pick: number, name: string, op: Op[1]): Case {
  const copy = [...args];
  // An argument itself cannot be a getter: a getter goes on a property inside it.
  const paths = pathsOf(args[i]).filter((p) => p.length > 0 || !name.includes('getter'));
  if (paths.length === 0) {
    copy[i] = Object.defineProperty({}, 'x', { get: hostileGetter, enumerable: true });
    return caseOf(copy, () => `arg${i} := an object with a throwing getter in ${show(args)}`);
  }
  const path = paths[pick % paths.length] ?? [];
  let holder = copy as unknown as Record<Key, unknown>;
  let key: Key = i;
  for (const k of path) {
    holder[key] = shallow(holder[key]);
    holder = holder[key] as Record<Key, unknown>;
    key = k;
  }
  const target = holder[key];
  if (target !== null && typeof target === 'object') holder[key] = structuredClone(target);
  op(holder, key, copy[i]);
  return caseOf(copy, () => `${where(i, path)} ${name} in ${show(args)}`);
}

export const validCases = (args: fc.Arbitrary<unknown[]>): fc.Arbitrary<Case> =>
  args.map((a) => caseOf(a, () => `valid ${show(a)}`));

export const mutatedCases = (args: fc.Arbitrary<unknown[]>): fc.Arbitrary<Case> =>
  fc.tuple(args, fc.nat(), fc.nat(), fc.nat({ max: OPS.length - 1 })).map(([a, i, pick, o]) => {
    const [name, op] = OPS[o] as Op;
    return applyAt(a, i % Math.max(1, a.length), pick, name, op);
  });

export const hostileCases = (args: fc.Arbitrary<unknown[]>): fc.Arbitrary<Case> =>
  fc.tuple(args, fc.nat(), hostileValue).map(([a, i, [name, make]]) => {
    const copy = [...a];
    const at = i % Math.max(1, a.length);
    copy[at] = make();
    return caseOf(copy, () => `arg${at} := ${name} in ${show(a)}`);
  });

export const hugeCases = (args: fc.Arbitrary<unknown[]>): fc.Arbitrary<Case> =>
  fc
    .tuple(args, fc.nat(), fc.nat(), fc.nat({ max: hugeValues().length - 1 }))
    .map(([a, i, pick, h]) => {
      const [name, value] = hugeValues()[h] as readonly [string, unknown];
      return applyAt(a, i % Math.max(1, a.length), pick, `:= ${name}`, (holder, key) => {
        holder[key] = value;
      });
    });
