/**
 * Runs one input through the shipped JSON Schema (Ajv2020 + ajv-formats, strict) and through
 * the library, and says whether they agree. Shared by the differential test and the
 * before/after count of the hand-written cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ZodMiniType } from 'zod/mini';
import {
  InvalidInputError,
  parseExposureInput,
  parseReliefInput,
  reliefFromDiary,
  suggestMaintenance,
} from '../../src/index';
import { MaintenanceResultSchema } from '../../src/maintenance/result-schema';
import { ReliefResultSchema } from '../../src/relief/result-schema';
import { ALLOW_LIST, type Kind, NOW } from './allow-list';

export const SCHEMA_DIR = join(__dirname, '..', '..', 'schemas');

/** A compiled validator for each kind, from the schema files in `dir`. */
export function loadValidators(dir = SCHEMA_DIR): Record<Kind, (data: unknown) => boolean> {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats(ajv);
  const load = (name: Kind) =>
    ajv.compile(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
  return {
    'relief-input': load('relief-input'),
    'exposure-input': load('exposure-input'),
    'maintenance-input': load('maintenance-input'),
    diary: load('diary'),
    'relief-result': load('relief-result'),
    'maintenance-result': load('maintenance-result'),
  };
}

/** The library's verdict: accepted, or rejected with these issue codes. */
export type Verdict = { ok: true } | { ok: false; codes: string[] };

function viaError(run: () => unknown): Verdict {
  try {
    run();
    return { ok: true };
  } catch (e) {
    // Anything but InvalidInputError is a library bug, and fails the test.
    if (!(e instanceof InvalidInputError)) throw e;
    return { ok: false, codes: e.issues.map((i) => i.code) };
  }
}

function viaZod(schema: ZodMiniType, data: unknown): Verdict {
  const r = schema.safeParse(data);
  if (r.success) return { ok: true };
  return {
    ok: false,
    codes: r.error.issues.map((i) => {
      const own = (i as { params?: { code?: unknown } }).params?.code;
      return typeof own === 'string' ? own : i.code;
    }),
  };
}

/** Runs `data` through the library function (or, for results, the zod schema) of `kind`. */
export function library(kind: Kind, data: unknown): Verdict {
  switch (kind) {
    case 'relief-input':
      return viaError(() => parseReliefInput(data));
    case 'exposure-input':
      return viaError(() => parseExposureInput(data));
    case 'maintenance-input':
      return viaError(() =>
        suggestMaintenance(data as never, { now: NOW, population: 10, seed: 1 }),
      );
    case 'diary':
      return viaError(() => reliefFromDiary(data as never));
    case 'relief-result':
      return viaZod(ReliefResultSchema, data);
    case 'maintenance-result':
      return viaZod(MaintenanceResultSchema, data);
  }
}

/** The outcome of one comparison. */
export interface Comparison {
  kind: Kind;
  schema: boolean;
  library: Verdict;
  /** Allow-listed rules that explain a disagreement (empty when they agree). */
  allowed: string[];
  /** Whether the outcome is acceptable: agreement, or a disagreement the allow-list explains. */
  ok: boolean;
  reason: string;
}

/** Data as it would arrive in JSON (no `undefined`, no -0, no non-finite numbers). */
export function asJson(data: unknown): unknown {
  return JSON.parse(JSON.stringify(data));
}

export function compare(
  validators: Record<Kind, (data: unknown) => boolean>,
  kind: Kind,
  input: unknown,
): Comparison {
  const data = asJson(input);
  const schema = validators[kind](data);
  const lib = library(kind, data);
  const base = { kind, schema, library: lib };
  if (schema === lib.ok) return { ...base, allowed: [], ok: true, reason: 'agree' };
  if (lib.ok) {
    // Never allowed: the schema must not reject what the library accepts.
    return { ...base, allowed: [], ok: false, reason: 'schema rejects what the library accepts' };
  }
  const matched = ALLOW_LIST.filter((r) => r.schemas.includes(kind) && r.recognises(data, kind));
  const codes = new Set(matched.flatMap((r) => r.codes));
  const unexplained = lib.codes.filter((c) => !codes.has(c));
  if (matched.length === 0 || unexplained.length > 0) {
    return {
      ...base,
      allowed: [],
      ok: false,
      reason: `schema accepts, library rejects with ${lib.codes.join(', ')}; allow-listed rules recognised: ${matched.map((r) => r.id).join(', ') || 'none'}`,
    };
  }
  const allowed = matched.filter((r) => r.codes.some((c) => lib.codes.includes(c)));
  return { ...base, allowed: allowed.map((r) => r.id), ok: true, reason: 'allow-listed' };
}
