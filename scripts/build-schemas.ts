/**
 * Writes `schemas/*.json` (JSON Schema 2020-12) from the library's zod schemas, for
 * integrators outside TypeScript. `--check` compares instead of writing and exits 1 when a
 * shipped schema is stale (CI runs it).
 *
 *   npx tsx scripts/build-schemas.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import {
  DiarySchema,
  ExposureInputSchema,
  MaintenanceInputSchema,
  MaintenanceResultSchema,
  ReliefInputSchema,
  ReliefResultSchema,
} from '../src/index';

const OUT = join(import.meta.dirname, '..', 'schemas');
const BASE = 'https://unpkg.com/ketamine-relief/schemas';

const schemas: [string, z.ZodMiniType, 'input' | 'output', string][] = [
  ['relief-input', ReliefInputSchema, 'input', 'Input of estimateRelief'],
  ['relief-result', ReliefResultSchema, 'output', 'Result of estimateRelief'],
  ['maintenance-input', MaintenanceInputSchema, 'input', 'Input of suggestMaintenance'],
  ['maintenance-result', MaintenanceResultSchema, 'output', 'Result of suggestMaintenance'],
  ['exposure-input', ExposureInputSchema, 'input', 'Input of predictExposure'],
  ['diary', DiarySchema, 'input', 'Input of reliefFromDiary'],
];

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, schema, io, title] of schemas) {
  const json = {
    ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }),
    $id: `${BASE}/${name}.json`,
    title,
    description: `${title} (ketamine-relief). Generated from the zod schema by scripts/build-schemas.ts; do not edit. Cross-field rules (e.g. weight required for per-kg doses) are checked by the library, not by this schema.`,
  };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const file = join(OUT, `${name}.json`);
  if (check) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`stale: schemas/${name}.json (run npm run schemas)`);
      stale++;
    }
  } else writeFileSync(file, text);
}
if (check && stale > 0) process.exit(1);
console.log(check ? `schemas fresh (${schemas.length})` : `wrote ${schemas.length} schemas`);
