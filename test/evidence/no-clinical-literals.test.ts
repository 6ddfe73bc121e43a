import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Logic holds no clinical literals: every numeric literal in src/ outside src/data/ must be
 * one of these, each with the reason it is not a clinical number.
 */
const ALLOWED: Record<string, string> = {
  '0': 'identity / empty',
  '1': 'identity / unit',
  '60': 'minutes per hour',
  '1440': 'minutes per day',
  '10080': 'minutes per week',
  '40': 'length at which echoed strings are cut in error messages',
};

const SRC = join(__dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function numericLiterals(text: string): string[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('logic modules contain no clinical literals', () => {
  const logic = files(SRC).filter((f) => !relative(SRC, f).startsWith('data'));

  it('finds the logic files', () => {
    expect(logic.length).toBeGreaterThan(10);
  });

  it.each(logic.map((f) => [relative(SRC, f), f]))('%s', (_, file) => {
    const stray = numericLiterals(readFileSync(file, 'utf8')).filter((n) => !(n in ALLOWED));
    expect(stray).toEqual([]);
  });

  it('the scanner sees numbers but not those in comments or strings', () => {
    expect(
      numericLiterals('/** 7 */ const a = 0.35; // 99\nconst b = "12", r = /[0-9]+/;'),
    ).toEqual(['0.35']);
  });
});
