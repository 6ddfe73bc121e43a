import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

/** Module specifiers and free identifiers a file uses. */
function scan(text: string): { imports: string[]; globals: string[] } {
  const sf = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true);
  const imports: string[] = [];
  const globals = new Set<string>();
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      imports.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
    if (
      ts.isIdentifier(node) &&
      ['process', 'console', 'require', 'globalThis'].includes(node.text)
    ) {
      globals.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { imports, globals: [...globals] };
}

describe('src/ is pure and portable (Node ≥ 20.19 and browsers)', () => {
  // The executable is the one module allowed to touch the process and the file system.
  const EXECUTABLE = join('cli', 'bin.ts');
  it.each(
    files(SRC)
      .filter((f) => relative(SRC, f) !== EXECUTABLE)
      .map((f) => [relative(SRC, f), f]),
  )('%s', (_, file) => {
    const { imports, globals } = scan(readFileSync(file, 'utf8'));
    for (const spec of imports) {
      expect(spec === 'zod/mini' || /^\.\.?\/.+\.js$/.test(spec), spec).toBe(true);
    }
    expect(globals).toEqual([]);
  });

  it('the scan catches Node built-ins and I/O', () => {
    const found = scan("import fs from 'node:fs';\nconsole.log(process.env);");
    expect(found.imports).toEqual(['node:fs']);
    expect(found.globals.sort()).toEqual(['console', 'process']);
  });
});
