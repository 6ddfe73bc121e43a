/**
 * The `ketamine-relief` executable: wires the pure command line (`run`) to the process.
 * The only module of the package that touches `process`, `console` or the file system.
 */
import { readFileSync } from 'node:fs';
import { run } from './run.js';

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
});
