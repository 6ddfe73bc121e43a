/**
 * The file of `maintenance --history`: past courses, or what `diary --json` prints.
 * @internal
 */
import { type FileReader, parseJson, readText } from './files.js';

/**
 * A history file is either a list of `{ sessionEnd, reliefDays }` or what `diary --json` prints
 * (its sessions' `historyEntry`, where the diary could measure one).
 */
export function historyFrom(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const sessions = (raw as { sessions?: unknown }).sessions;
  if (!Array.isArray(sessions)) return raw;
  return sessions
    .map((s) =>
      s !== null && typeof s === 'object'
        ? (s as { historyEntry?: unknown }).historyEntry
        : undefined,
    )
    .filter((entry) => entry !== undefined && entry !== null);
}

/** The history in the JSON file `path`, unvalidated (the library validates it). */
export function readHistory(io: FileReader, path: string): unknown {
  return historyFrom(parseJson('--history', readText(io, '--history', path)));
}
