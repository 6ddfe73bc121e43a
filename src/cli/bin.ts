/**
 * The `ketamine-relief` executable: wires the pure command line (`run`) to the process.
 * The only module of the package that touches `process`, `console` or the file system.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { ARGUMENT_LIMITS } from '../data/input-limits.js';
import { run } from './run.js';

/** Largest input file read (diary, history): far above any real diary, and never endless. */
const MAX_FILE_BYTES = ARGUMENT_LIMITS.maxFileBytes;
const CHUNK_BYTES = 64 * 1024;

/** Reads at most `MAX_FILE_BYTES` of a file (or a device such as `/dev/zero`), else throws. */
function readBounded(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(CHUNK_BYTES);
      const n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_FILE_BYTES) throw new Error(`larger than ${MAX_FILE_BYTES} bytes`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

// A closed pipe (`ketamine-relief sources --json | head -1`) ends the output quietly, as
// Unix tools do, instead of a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** The version of the installed package (dist/cli/bin.js and src/cli/bin.ts sit two levels down). */
function packageVersion(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return typeof pkg.version === 'string' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: readBounded,
  version: packageVersion(),
});
