import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index';
import { toRunnable } from './examples';

const ROOT = join(__dirname, '..', '..');
const GUIDES = ['README.md', 'docs/getting-started.md'];

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
const quiet = { log: () => {}, warn: () => {}, error: () => {} };

describe('TypeScript blocks in the README and guides run', () => {
  it('finds them', () => {
    expect(all.length).toBeGreaterThanOrEqual(4);
  });

  it.each(all.map((b) => [`${b.file}:${b.line}`, b]))('%s', (_, b) => {
    const failures: string[] = [];
    const check = (actual: unknown, expected: unknown, line: string) => {
      if (!isDeepStrictEqual(actual, expected))
        failures.push(`${line} → got ${JSON.stringify(actual)}`);
    };
    new Function('lib', '__check', 'console', toRunnable(b.code))(lib, check, quiet);
    expect(failures).toEqual([]);
  });
});
