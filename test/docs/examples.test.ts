import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index';
import { collectExamples, runExample, SRC, toRunnable } from './examples';

const examples = collectExamples();
const quiet = { log: () => {}, warn: () => {}, error: () => {} };

describe('every @example in src/ runs, and its `// value` comments hold', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(50);
  });

  it.each(examples.map((e) => [`${e.file}:${e.line}`, e]))('%s', (_, example) => {
    expect(runExample(example.code, lib)).toEqual([]);
  });

  it('the checker fails on a wrong value comment', () => {
    const failures: string[] = [];
    const code = toRunnable(
      "import { durationToMinutes } from 'ketamine-relief';\ndurationToMinutes({ hours: 1 }); // 61",
    );
    new Function('lib', '__check', 'console', code)(
      lib,
      (a: unknown, b: unknown) => a !== b && failures.push('x'),
      quiet,
    );
    expect(failures).toHaveLength(1);
  });
});

describe('every public export is documented with an @example', () => {
  const program = ts.createProgram([`${SRC}/index.ts`], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(`${SRC}/index.ts`);
  if (!index) throw new Error('src/index.ts not found');
  const moduleSymbol = checker.getSymbolAtLocation(index);
  const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];

  it('finds the exports', () => {
    expect(exported.length).toBeGreaterThan(40);
  });

  it.each(exported.map((s) => [s.getName(), s]))('%s', (_, symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const tags = target.getJsDocTags(checker).map((t) => t.name);
    expect(tags).toContain('example');
  });
});
