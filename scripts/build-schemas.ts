/**
 * Writes `schemas/*.json` (JSON Schema 2020-12) from the library's zod schemas, for
 * integrators outside TypeScript. `--check` compares instead of writing and exits 1 when a
 * shipped schema is stale (CI runs it).
 *
 * `z.toJSONSchema` cannot emit the zod refinements that hold the cross-field rules; the ones
 * JSON Schema can express are added afterwards by `scripts/schema-rules.ts`, and the ones it
 * cannot are named in each schema's description (`LIBRARY_ONLY_RULES`).
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
import {
  applyRules,
  describeSchema,
  type JsonSchema,
  SCHEMA_RULES,
  type SchemaName,
} from './schema-rules';

const OUT = join(import.meta.dirname, '..', 'schemas');
const BASE = 'https://unpkg.com/ketamine-relief/schemas';

const schemas: [SchemaName, z.ZodMiniType, 'input' | 'output', string][] = [
  ['relief-input', ReliefInputSchema, 'input', 'Input of estimateRelief'],
  ['relief-result', ReliefResultSchema, 'output', 'Result of estimateRelief'],
  ['maintenance-input', MaintenanceInputSchema, 'input', 'Input of suggestMaintenance'],
  ['maintenance-result', MaintenanceResultSchema, 'output', 'Result of suggestMaintenance'],
  ['exposure-input', ExposureInputSchema, 'input', 'Input of predictExposure'],
  ['diary', DiarySchema, 'input', 'Input of reliefFromDiary'],
];

const check = process.argv.includes('--check');
let stale = 0;
const applied = new Map<string, number>();
for (const [name, schema, io, title] of schemas) {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  for (const [rule, n] of applyRules(generated)) applied.set(rule, (applied.get(rule) ?? 0) + n);
  const json = {
    ...generated,
    $id: `${BASE}/${name}.json`,
    title,
    description: describeSchema(name, title),
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
// A rule that found no node means the generated shape changed under it: fail loudly.
const unused = SCHEMA_RULES.filter((r) => !applied.has(r.id)).map((r) => r.id);
if (unused.length > 0) {
  console.error(`schema rules that matched no node: ${unused.join(', ')}`);
  process.exit(1);
}
if (check && stale > 0) process.exit(1);
console.log(check ? `schemas fresh (${schemas.length})` : `wrote ${schemas.length} schemas`);
