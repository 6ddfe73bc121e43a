/**
 * The `ketamine-relief` command line: subcommands over the public API, a readable table by
 * default and `--json` for machines. I/O goes through `io`, so this module stays pure; exit
 * code 2 means bad input, named by its flag.
 * @internal
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { parseArgs, UsageError } from './args.js';
import { COMMANDS } from './commands.js';
import { commandHelp, mainHelp } from './help.js';
import { flagOf, hintFor } from './issues.js';
import { didYouMean } from './suggest.js';

/** What the CLI may do to the outside world. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  /** The package version, printed by `--version`. */
  version?: string | undefined;
}

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export function run(argv: readonly string[], io: CliIo): number {
  const [first, ...tail] = argv;
  // `help <command>` is `<command> --help`.
  const [name, ...rest] =
    first === 'help' && tail[0] !== undefined ? [tail[0], '--help'] : [first, ...tail];
  if (name === '--version' || name === '-V') {
    io.out(`${io.version ?? 'unknown'}\n`);
    return EXIT_OK;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp());
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(
      `error: unknown command "${name}"${didYouMean(name, Object.keys(COMMANDS))}\n\n${mainHelp()}`,
    );
    return EXIT_BAD_INPUT;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command));
    return EXIT_OK;
  }
  try {
    const args = parseArgs(rest, command.flags, ['json', 'help']);
    const extra = args.positionals[command.positionals];
    if (extra !== undefined) throw new UsageError(extra, 'unexpected argument (see --help)');
    const result = command.run(args, io);
    io.out(
      args.booleans.has('json') ? `${JSON.stringify(result.data, null, 2)}\n` : `${result.text}\n`,
    );
    return EXIT_OK;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`error: ${e.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (e instanceof InvalidInputError) {
      for (const issue of e.issues) {
        io.err(`error: ${flagOf(issue.path)}: ${issue.message}${hintFor(issue.path, rest)}\n`);
      }
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
}
