/** `spotter serve` / `spotter worker` argument handling (the server itself is tested in src/server). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, type CliIo } from '../command.js';
import { runCli } from '../run-cli.js';

async function spotter(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
    cwd: process.cwd(),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('spotter serve and worker', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
  });
  afterEach(() => {
    if (saved !== undefined) process.env.DATABASE_URL = saved;
  });

  it('documents both commands in the top help and their own', async () => {
    expect((await spotter('--help')).stdout).toMatch(/spotter serve[\s\S]*spotter worker/);
    const serve = await spotter('serve', '--help');
    expect(serve.code).toBe(EXIT.ok);
    expect(serve.stdout).toContain('--port 8787');
    expect(serve.stdout).toContain('DATABASE_URL');
    expect((await spotter('help', 'worker')).stdout).toContain('DATABASE_URL=postgres://');
  });

  it('a worker without DATABASE_URL is a usage error saying why', async () => {
    const r = await spotter('worker');
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain('needs DATABASE_URL');
    expect(r.stderr).toContain('spotter serve analyses uploaded videos itself');
  });

  it('refuses --no-worker on the embedded database and a bad port', async () => {
    expect((await spotter('serve', '--no-worker')).code).toBe(EXIT.usage);
    const port = await spotter('serve', '--port', 'http');
    expect(port.code).toBe(EXIT.usage);
    expect(port.stderr).toContain('--port');
  });
});
