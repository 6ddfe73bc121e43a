import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The library's source folder. */
export const SRC = join(__dirname, '..', '..', 'src');

/** Every `.ts` file under `dir` (default `src/`), as absolute paths. */
export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The source files that hold logic: everything outside `src/data/`. */
export function logicFiles(): string[] {
  return sourceFiles().filter((f) => !relative(SRC, f).startsWith('data'));
}
