import { describe, expect, it } from 'vitest';
import { COMMANDS, type Command } from '../../src/cli/commands';
import { commandHelp, mainHelp } from '../../src/cli/help';
import { run } from '../../src/cli/run';
import { SIMULATION_WINDOW } from '../../src/data/exposure-settings';
import { INPUT_LIMITS } from '../../src/data/input-limits';

function out(argv: string[], files: Record<string, string> = {}) {
  let text = '';
  const code = run(argv, {
    out: (t) => {
      text += t;
    },
    err: () => {},
    readFile: (path) => {
      const file = files[path];
      if (file === undefined) throw new Error('ENOENT');
      return file;
    },
  });
  return { code, out: text };
}

/** The lines of `--flag` under "Flags:": its own and the indented ones after it. */
function block(help: string, flag: string): string {
  const lines = help.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  --${flag} `) || l === `  --${flag}`);
  if (start < 0) return '';
  const after = lines.slice(start + 1);
  const end = after.findIndex((l) => !l.startsWith('   '));
  return [lines[start], ...after.slice(0, end < 0 ? after.length : end)].join('\n');
}

/** The flags the help lists under "Flags:", by name. */
function listed(help: string): string[] {
  const section = help.split('\nFlags:\n')[1]?.split('\n\n')[0] ?? '';
  return [...section.matchAll(/^ {2}--([a-z-]+)/gm)].map((m) => m[1] as string);
}

function commandOf(name: string): Command {
  const command = COMMANDS[name];
  if (!command) throw new Error(`no command ${name}`);
  return command;
}

const names = Object.keys(COMMANDS);

describe('CLI help', () => {
  it('the top-level help lists every command and points to <command> --help', () => {
    const help = mainHelp();
    for (const name of names) expect(help).toMatch(new RegExp(`^ {2}${name} `, 'm'));
    expect(help).toContain('<command> --help');
    expect(out(['--help']).out).toBe(help);
  });

  it.each(names)('%s --help, -h and help <command> print the same, with exit 0', (name) => {
    const a = out([name, '--help']);
    expect(a.code).toBe(0);
    expect(a.out).toBe(commandHelp(commandOf(name)));
    expect(out(['help', name]).out).toBe(a.out);
    expect(out([name, '-h']).out).toBe(a.out);
  });

  it.each(names)('%s: every valued flag the parser takes is in the help, and no other', (name) => {
    const command = commandOf(name);
    const help = commandHelp(command);
    for (const flag of command.flags) expect(block(help, flag), flag).not.toBe('');
    expect(listed(help).sort()).toEqual([...command.flags, 'json', 'help'].sort());
    // That each listed flag is read by its command is checked below (a malformed value fails).
  });

  it.each(names.filter((n) => commandOf(n).flags.includes('dose')))(
    '%s: --dose, --rate, --over and --every give their units',
    (name) => {
      const help = commandHelp(commandOf(name));
      expect(block(help, 'dose')).toMatch(/units mg, mg\/kg\b/);
      expect(block(help, 'rate')).toMatch(/units mg\/h, mg\/kg\/h/);
      expect(block(help, 'rate')).toContain('needs --over');
      for (const flag of ['over', 'every']) {
        expect(block(help, flag)).toContain('<duration>');
        expect(block(help, flag)).toMatch(/e\.g\. \d+(min|h|d|w)\b/);
      }
      expect(help).toMatch(
        /<duration> +a number and a unit, min \(or m\), h, d, w: e\.g\. 30min, 4h, 1d, 2w/,
      );
      expect(block(help, 'medication')).toContain('repeatable');
    },
  );

  it('bounds and defaults come from the library limits', () => {
    const help = commandHelp(commandOf('estimate'));
    expect(block(help, 'population')).toContain(
      `${INPUT_LIMITS.population.min} to ${INPUT_LIMITS.population.max} (default ${SIMULATION_WINDOW.defaultPopulation})`,
    );
    expect(block(help, 'seed')).toContain(`(default ${SIMULATION_WINDOW.defaultSeed})`);
    expect(block(help, 'sessions')).toContain(`1 to ${INPUT_LIMITS.sessions.max}`);
    expect(block(help, 'weight')).toContain(
      `${INPUT_LIMITS.weightKg.min} to ${INPUT_LIMITS.weightKg.max}`,
    );
    expect(block(help, 'dose')).toContain(`${INPUT_LIMITS.doseAmount.max.mg} mg`);
    expect(block(help, 'over')).toContain('1 min to 30 d');
    expect(block(help, 'every')).toContain('1 min to 365 d');
  });

  it('maintenance explains --tz, date-times and the history file, diary --json included', () => {
    const help = commandHelp(commandOf('maintenance'));
    expect(block(help, 'tz')).toContain('IANA time zone');
    expect(help).toMatch(/<date-time> +ISO 8601 with a UTC offset or Z/);
    expect(help).toContain('"sessionEnd"');
    expect(help).toContain('"reliefDays"');
    expect(help).toContain('diary <file> --json');
  });

  it('diary explains its CSV rows and JSON fields', () => {
    const help = commandHelp(commandOf('diary'));
    expect(help).toContain('session,<start>,<end>');
    expect(help).toContain('score,<at>,<score>');
    expect(help).toMatch(/"sessions".*"start".*"end"/);
    expect(help).toMatch(/"entries".*"at".*"score"/);
  });

  it.each(names)('the %s example runs as it is', (name) => {
    const command = commandOf(name);
    const argv = command.example
      .replace(/ > \S+$/, '')
      .split(' ')
      .slice(1);
    const faster = command.flags.includes('population') ? ['--population', '20'] : [];
    const diary = [
      'session,2026-11-02T09:00:00Z,2026-11-02T13:00:00Z',
      'score,2026-11-02T08:00:00Z,8',
      'score,2026-11-03T12:00:00Z,3',
    ].join('\n');
    expect(out([...argv, ...faster], { 'diary.csv': diary }).code).toBe(0);
  });
});

describe('every flag the help lists is read by its command', () => {
  const DIARY_CSV =
    'session,2026-11-01T09:00:00Z,2026-11-01T13:00:00Z\nscore,2026-11-01T08:00:00Z,7\nscore,2026-11-01T15:00:00Z,2\n';
  const bad = (flag: string) =>
    flag === 'seed'
      ? 'x'.repeat(INPUT_LIMITS.seed.maxLength + 1)
      : flag === 'history'
        ? 'missing.json'
        : '%bad%';
  const cases = Object.entries(COMMANDS).flatMap(([name, command]) =>
    command.flags.map((flag) => [name, flag, command] as const),
  );

  it('covers every valued flag of every command', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('%s --%s: a malformed value exits 2 naming the flag', (name, flag, command) => {
    // The help's own example, with this flag's value replaced by a malformed one.
    const words = command.example
      .replace(/ > .*$/, '')
      .split(' ')
      .slice(1);
    const at = words.indexOf(`--${flag}`);
    if (at >= 0) words.splice(at, 2);
    let err = '';
    const code = run([...words, `--${flag}`, bad(flag)], {
      out: () => {},
      err: (t) => {
        err += t;
      },
      readFile: (path) => {
        if (path === 'diary.csv') return DIARY_CSV;
        throw new Error('ENOENT');
      },
    });
    expect({ name, code }).toEqual({ name, code: 2 });
    expect(err).toContain(`--${flag}`);
  });
});
