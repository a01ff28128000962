/** `spotter serve` / `spotter worker` argument handling (the server itself is tested in src/server). */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

describe('spotter serve as a process', () => {
  it('prints its URL and answers /api/health there, then stops on SIGTERM', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'spotter-serve-cli-'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SPOTTER_CACHE_DIR: path.join(tmpdir(), 'spotter-test-cache'),
    };
    delete env.DATABASE_URL;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--data', dataDir],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const listening = /listening on (http:\/\/\S+)/.exec(out);
          if (listening?.[1] !== undefined) resolve(listening[1]);
        });
        child.once('exit', (code) => reject(new Error(`spotter serve exited with ${code}: ${out}`)));
      });
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
