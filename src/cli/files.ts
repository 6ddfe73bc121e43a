/**
 * Reading the files a command names (through the injected `io`), as usage errors that name
 * the flag when a file cannot be read or parsed.
 * @internal
 */
import { UsageError } from './args.js';

/** What reading a file needs: the CLI's injected `readFile`. */
export interface FileReader {
  readFile(path: string): string;
}

/** The text of `path`, or a usage error for `flag` saying why it cannot be read. */
export function readText(io: FileReader, flag: string, path: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const why = error instanceof Error ? `: ${error.message.slice(0, 120)}` : '';
    throw new UsageError(flag, `cannot read "${path}"${why}`);
  }
}

/** `text` as JSON, or a usage error for `flag`. */
export function parseJson(flag: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(flag, 'is not valid JSON');
  }
}
