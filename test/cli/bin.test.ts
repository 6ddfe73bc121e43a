import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The executable itself, run by Node through tsx, as a shell would run it. */
const BIN = join(__dirname, '..', '..', 'src', 'cli', 'bin.ts');
const shell = (command: string) =>
  spawnSync('bash', ['-c', command], { encoding: 'utf8', timeout: 60_000 });

describe('ketamine-relief executable', () => {
  it('ends quietly when the reader closes the pipe (EPIPE), with no stack trace', () => {
    const r = shell(
      `node --import tsx "${BIN}" sources --json | head -c 20 > /dev/null; echo "status=\${PIPESTATUS[0]}"`,
    );
    expect(r.stdout).toContain('status=0');
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('refuses an endless file such as /dev/zero with exit code 2, naming it', () => {
    const r = shell(`node --import tsx "${BIN}" diary /dev/zero`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read "\/dev\/zero": larger than \d+ bytes/);
  });
});
