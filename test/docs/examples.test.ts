import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENTRY_FILES, ENTRIES as lib } from '../helpers/entries';
import { collectExamples, entry, runExample, SRC, toRunnable } from './examples';

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
      "import { durationToMinutes } from 'ketamine-relief/dates';\ndurationToMinutes({ hours: 1 }); // 61",
    );
    new Function('lib', '__check', 'console', '__entry', code)(
      lib,
      (a: unknown, b: unknown) => a !== b && failures.push('x'),
      quiet,
      entry,
    );
    expect(failures).toHaveLength(1);
  });

  it('an example importing a name from the wrong entry point fails', () => {
    expect(() =>
      runExample(
        "import { durationToMinutes } from 'ketamine-relief';\ndurationToMinutes({ hours: 1 });",
        lib,
      ),
    ).toThrow();
    expect(() => runExample("import { x } from 'ketamine-relief/nope';", lib)).toThrow(
      /unknown entry/,
    );
  });
});

describe('every public export of every entry point is documented with an @example', () => {
  const paths = Object.values(ENTRY_FILES).map((f) => `${SRC}/${f}`);
  const program = ts.createProgram(paths, { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const exported = paths.flatMap((path) => {
    const file = program.getSourceFile(path);
    if (!file) throw new Error(`${path} not found`);
    const moduleSymbol = checker.getSymbolAtLocation(file);
    return moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
  });

  it('finds the exports', () => {
    expect(exported.length).toBeGreaterThan(40);
  });

  it.each(exported.map((s) => [s.getName(), s]))('%s', (_, symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const tags = target.getJsDocTags(checker).map((t) => t.name);
    expect(tags).toContain('example');
  });
});
