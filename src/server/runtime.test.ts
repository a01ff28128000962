/**
 * `spotter serve`'s embedded default as a user starts it: PGlite under a fresh data folder, a real listening
 * socket. It answers /api/health once started, keeps its accounts over a restart, and a fresh data folder is a
 * copy of the cached empty cluster (pglite-data-dir.ts) rather than a new initdb. Timings are measured by
 * `npm run bench:server -- --startup`, not asserted here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './runtime.js';

// Shared by test runs on this machine, like the test servers' PGlite template: the first run pays initdb.
const env = { SPOTTER_CACHE_DIR: path.join(tmpdir(), 'spotter-test-cache') };
const dataDir = mkdtempSync(path.join(tmpdir(), 'spotter-serve-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const start = () =>
  startServer({
    dataDir,
    databaseUrl: undefined,
    env,
    port: 0,
    host: '127.0.0.1',
    version: 'test',
    inProcessWorker: true,
    poseThreads: 1,
  });

async function post(server: RunningServer, url: string, body: unknown) {
  return fetch(`${server.url}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('spotter serve on the embedded database', () => {
  const account = { email: 'first@example.com', password: 'correct horse battery' };

  it('answers /api/health on a fresh data folder, copied from the cached empty cluster', async () => {
    const server = await start();
    try {
      expect(server.database.dataDirOrigin).toBe('copied');
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });
      expect((await post(server, '/api/signup', { ...account, role: 'trainer' })).status).toBe(201);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('starts again on the same folder with its accounts', async () => {
    const server = await start();
    try {
      expect(server.database.dataDirOrigin).toBe('existing');
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      const login = await post(server, '/api/login', account);
      expect(login.status).toBe(200);
      expect(await login.json()).toHaveProperty('token');
    } finally {
      await server.close();
    }
  }, 120_000);
});
