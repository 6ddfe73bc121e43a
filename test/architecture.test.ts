import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC, sourceFiles } from './helpers/source-files';

/** The layers of docs/architecture.md: a module may import at run time only at or below its own. */
const LAYER: Record<string, number> = {
  data: 0,
  internal: 1,
  errors: 1,
  evidence: 2,
  dates: 2,
  random: 2,
  stats: 2,
  humanize: 2,
  personalize: 2,
  patient: 2,
  routes: 2,
  pk: 2,
  'pain-types': 3,
  medicines: 3,
  regimen: 3,
  'pk-models': 3,
  diary: 3,
  input: 4,
  warnings: 4,
  fhir: 4,
  population: 4,
  exposure: 5,
  relief: 5,
  maintenance: 6,
  chart: 6,
  cli: 7,
  entries: 7,
  'index.ts': 7,
};

const folderOf = (file: string) => relative(SRC, file).split(sep)[0] as string;

/** Runtime (not type-only) relative imports of a file, as [from folder, to folder]. */
function runtimeImports(file: string, text = readFileSync(file, 'utf8')): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(/^import (type )?[^;]*? from '(\.\.?\/[^']*)';/gm)) {
    if (m[1]) continue;
    const target = normalize(join(dirname(file), m[2] as string));
    out.push([folderOf(file), folderOf(target.endsWith('.js') ? target : `${target}.js`)]);
  }
  return out;
}

describe('architecture: layers', () => {
  const all = sourceFiles();

  it('every folder of src/ has a layer in docs/architecture.md', () => {
    const folders = [...new Set(all.map(folderOf))].sort();
    expect(folders.filter((f) => !(f in LAYER))).toEqual([]);
    const doc = readFileSync(join(__dirname, '..', 'docs', 'architecture.md'), 'utf8');
    for (const f of folders) expect(doc, f).toContain(`\`${f}\``);
  });

  it('no import runs up a layer', () => {
    const upward = all.flatMap((file) =>
      runtimeImports(file)
        .filter(([from, to]) => from !== to && (LAYER[to] ?? 99) > (LAYER[from] ?? -1))
        .map(
          ([from, to]) => `${relative(SRC, file)}: ${from} (${LAYER[from]}) → ${to} (${LAYER[to]})`,
        ),
    );
    expect(upward).toEqual([]);
  });

  it('the check can fail: an upward runtime import is caught, a type-only one is not', () => {
    const file = join(SRC, 'pk', 'example.ts');
    const upward = ([from, to]: [string, string]) =>
      from !== to && (LAYER[to] ?? 99) > (LAYER[from] ?? -1);
    const runtime = runtimeImports(
      file,
      "import { estimateRelief } from '../relief/estimate.js';\n",
    );
    expect(runtime).toEqual([['pk', 'relief']]);
    expect(runtime.filter(upward)).toHaveLength(1);
    expect(
      runtimeImports(file, "import type { ReliefResult } from '../relief/schema.js';\n"),
    ).toEqual([]);
  });
});
