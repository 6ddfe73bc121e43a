/**
 * Help texts: the command list, and each command's flags with their units, formats, defaults
 * and bounds, built from the same tables the parser reads.
 * @internal
 */
import { COMMANDS, type Command } from './commands.js';
import { FLAGS, type Flag, FORMATS, SWITCHES } from './flags.js';

/** Left-aligned label column, two spaces wide of the longest label; one line per description line. */
function columns(items: readonly [string, readonly string[]][]): string[] {
  const width = Math.max(...items.map(([label]) => label.length)) + 2;
  return items.flatMap(([label, lines]) =>
    lines.map((line, i) => `  ${(i === 0 ? label : '').padEnd(width)}${line}`),
  );
}

/** The top-level help: what the tool is, and its commands. */
export function mainHelp(): string {
  return `ketamine-relief: how long ketamine pain relief lasts, and when the next session is due.
Estimates for information only. Not a dosing device.

Usage: ketamine-relief <command> [flags]

Commands:
${columns(Object.entries(COMMANDS).map(([name, c]) => [name, [c.summary]])).join('\n')}

Run ketamine-relief <command> --help (or ketamine-relief help <command>) for its flags, with
their units, formats and defaults. Every command takes --json for the full result;
ketamine-relief --version prints the version.
`;
}

/** The usage, flags, formats and files of a command, and an example. */
export function commandHelp(command: Command): string {
  const flags = columns([
    ...command.flags.map((f): [string, readonly string[]] => {
      const flag: Flag = FLAGS[f];
      return [
        `--${f} ${flag.value}`,
        flag.repeatable ? [...flag.help, 'repeatable: give it once for each value'] : flag.help,
      ];
    }),
    ...Object.entries(SWITCHES).map(([f, help]): [string, readonly string[]] => [`--${f}`, help]),
  ]);
  const used: string[] = command.flags.map((f) => FLAGS[f].value);
  const formats = Object.entries(FORMATS).filter(
    ([form]) => used.includes(form) || command.files?.some((line) => line.includes(form)),
  );
  return [
    `Usage: ketamine-relief ${command.usage}`,
    '',
    `${capitalize(command.summary)}.`,
    '',
    'Flags:',
    ...flags,
    ...(formats.length ? ['', 'Formats:', ...columns(formats)] : []),
    ...(command.files ? ['', 'Files:', ...command.files.map((line) => `  ${line}`)] : []),
    '',
    'Example:',
    `  ${command.example}`,
    '',
  ].join('\n');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
