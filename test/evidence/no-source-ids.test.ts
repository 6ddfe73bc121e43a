import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { listSources } from '../../src/index';
import { logicFiles, SRC } from '../helpers/source-files';

/**
 * Logic cites through data: no module in src/ outside src/data/ holds a source id as a string
 * (e.g. 'cohen-2018'). Ids belong with the statement they support, in a cited data entry that
 * the logic reads. Ids in comments (TSDoc examples) are not code and are not counted.
 */
const IDS = new Set(listSources().map((s) => s.id));

/** String and template-literal texts of `text` that are a source id, with their line. */
function sourceIdLiterals(text: string): string[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const check = (node: ts.Node, value: string): void => {
    if (!IDS.has(value.trim())) return;
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push(`${line}: ${value.trim()}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      check(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      check(node, node.head.text);
      for (const span of node.templateSpans) check(span, span.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('logic modules hold no source ids', () => {
  const logic = logicFiles();

  it('knows the bibliography and finds the logic files', () => {
    expect(IDS.size).toBeGreaterThan(100);
    expect(logic.length).toBeGreaterThan(10);
  });

  it.each(logic.map((f) => [relative(SRC, f), f]))('%s', (_, file) => {
    expect(sourceIdLiterals(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the scanner sees ids in strings but not in comments', () => {
    const text = [
      "/** getSource('dahan-2011') */",
      "// 'noppers-2011-liver'",
      "const a = ['cohen-2018'];",
      'const b = `lee-2025`;',
      "const c = 'no-such-2099';",
    ].join('\n');
    expect(sourceIdLiterals(text)).toEqual(['3: cohen-2018', '4: lee-2025']);
  });
});
