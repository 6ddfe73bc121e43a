import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import ts from 'typescript';
import { SRC, sourceFiles } from '../helpers/source-files';

export { SRC };

/** One `@example` code block found in a TSDoc comment. */
export interface Example {
  file: string;
  line: number;
  code: string;
}

/** Every fenced block that follows an `@example` tag in src/. */
export function collectExamples(): Example[] {
  const out: Example[] = [];
  for (const file of sourceFiles()) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*\*\s*@example\b/.test(lines[i] ?? '')) continue;
      let j = i + 1;
      while (j < lines.length && !/```ts/.test(lines[j] ?? '')) j++;
      const body: string[] = [];
      for (j++; j < lines.length && !/```/.test(lines[j] ?? ''); j++) {
        body.push((lines[j] ?? '').replace(/^\s*\* ?/, ''));
      }
      out.push({ file: relative(SRC, file), line: i + 1, code: body.join('\n') });
    }
  }
  return out;
}

/** The module an example imports; an unknown specifier fails the example. */
export function entry(lib: Record<string, object>, specifier: string): object {
  const found = lib[specifier];
  if (!found) throw new Error(`unknown entry point ${specifier}`);
  return found;
}

const LITERAL = /^(\s*)(?!const |let |import )(.+?);\s*\/\/\s*(.+)$/;

/**
 * Turns an example into a function body: imports from 'ketamine-relief' (or one of its
 * subpaths, e.g. 'ketamine-relief/pk') read from `lib[specifier]`, and
 * each `expression; // literal` line becomes a check that the expression equals the literal
 * (comments that are not literals, such as ones containing `…`, are left as comments).
 */
export function toRunnable(code: string): string {
  const body = code
    .replace(/^import type [^;]+;$/gm, '')
    .replace(
      /^import \{([^}]+)\} from '(ketamine-relief(?:\/[a-z]+)?)';$/gm,
      (_, names: string, from: string) => {
        const values = names
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n && !n.startsWith('type '))
          .map((n) => n.replace(/\s+as\s+/, ': '));
        return `const { ${values.join(', ')} } = __entry(lib, ${JSON.stringify(from)});`;
      },
    )
    .split('\n')
    .map((line) => {
      const m = LITERAL.exec(line);
      if (!m || m[3]?.includes('…')) return line;
      try {
        // Only self-contained literals become checks; prose such as `{ p5, p25, … }` stays a comment.
        new Function(`return (${m[3]});`)();
      } catch {
        return line;
      }
      return `${m[1]}__check(${m[2]}, (${m[3]}), ${JSON.stringify(line.trim())});`;
    })
    .join('\n');
  return ts.transpileModule(body, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}

/**
 * Runs an example against the library and returns the `// value` checks that failed
 * (an example that throws fails the calling test).
 */
export function runExample(code: string, lib: Record<string, object>): string[] {
  const failures: string[] = [];
  const check = (actual: unknown, expected: unknown, line: string) => {
    if (!isDeepStrictEqual(actual, expected))
      failures.push(`${line} → got ${JSON.stringify(actual)}`);
  };
  const quiet = { log: () => {}, warn: () => {}, error: () => {} };
  new Function('lib', '__check', 'console', '__entry', toRunnable(code))(lib, check, quiet, entry);
  return failures;
}
