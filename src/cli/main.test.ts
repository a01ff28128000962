import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The real process wiring: argv in, text on the right stream, exit code out. */
function spotter(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('src/cli/main.ts as a process', () => {
  it('prints help and exits 0; prints the package version', () => {
    const help = spotter('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('spotter analyze');
    expect(spotter('--version').out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('a usage error exits 2 with one clean message on stderr', () => {
    const r = spotter('analyze', '--keypoints', 'x.json', '--nope');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe("spotter: Unknown option '--nope'.\nRun `spotter analyze --help` for the options.\n");
  });
});
