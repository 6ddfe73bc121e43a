/**
 * The diary file of `diary <file>`: CSV rows or the JSON of a `DiaryInput`.
 * @internal
 */
import { UsageError } from './args.js';
import { type FileReader, parseJson, readText } from './files.js';

/** The name errors about the diary file carry. */
const FILE = '<file>';

/** CSV rows `session,<start>,<end>` and `score,<at>,<score>`; a header row and blanks are skipped. */
export function diaryFromCsv(text: string) {
  const sessions: { start: string; end: string }[] = [];
  const entries: { at: string; score: number }[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const cells = line.split(',').map((c) => c.trim());
    const [kind, a, b] = cells;
    if (!kind || kind === 'type' || kind === 'kind') return;
    if (kind === 'session' && a && b) sessions.push({ start: a, end: b });
    else if (kind === 'score' && a && b !== undefined && b !== '' && Number.isFinite(Number(b))) {
      entries.push({ at: a, score: Number(b) });
    } else
      throw new UsageError(FILE, `line ${i + 1}: expected "session,start,end" or "score,at,score"`);
  });
  return { sessions, entries };
}

/**
 * The diary in `file` (a path; `undefined` when none was given), unvalidated: a name ending in
 * `.csv` is read as CSV rows, anything else as JSON. The library validates it.
 */
export function readDiary(io: FileReader, file: string | undefined): unknown {
  if (!file) throw new UsageError(FILE, 'give a diary file (.json or .csv)');
  const text = readText(io, FILE, file);
  return file.toLowerCase().endsWith('.csv') ? diaryFromCsv(text) : parseJson(FILE, text);
}
