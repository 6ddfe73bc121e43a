import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRIES as lib } from '../helpers/entries';
import { runExample } from './examples';

const ROOT = join(__dirname, '..', '..');
const GUIDES = ['README.md', 'docs/getting-started.md', 'docs/concepts.md', 'docs/recipes.md'];

function blocks(file: string): { file: string; line: number; code: string }[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const out: { file: string; line: number; code: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== '```ts') continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j]?.trim() !== '```'; j++) body.push(lines[j] ?? '');
    out.push({ file, line: i + 1, code: body.join('\n') });
    i = j;
  }
  return out;
}

const all = GUIDES.flatMap(blocks);

describe('TypeScript blocks in the README and guides run', () => {
  it('finds them', () => {
    expect(all.length).toBeGreaterThanOrEqual(4);
  });

  it.each(all.map((b) => [`${b.file}:${b.line}`, b]))('%s', (_, b) => {
    expect(runExample(b.code, lib)).toEqual([]);
  });
});
