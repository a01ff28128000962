/**
 * `spotter serve` serves the built web app at / (issue 13 item 1): the app's own CSP and cross-origin isolation on
 * its files, the API's strict CSP kept on /api, nothing outside the build folder, byte ranges for media, and a
 * clear message when the app is not built.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_APP_CSP } from './web-app-csp.js';
import { DATABASE_VARIANTS, startTestServer, type TestServer } from './test-support/test-server.js';

const pglite = DATABASE_VARIANTS[0]!;

describe('the web app served at /', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'spotter-web-'));
  const webDir = path.join(root, 'web-dist');
  let server: TestServer;
  let unbuilt: TestServer;
  beforeAll(async () => {
    mkdirSync(path.join(webDir, 'assets'), { recursive: true });
    mkdirSync(path.join(webDir, 'demo'), { recursive: true });
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Spotter</title>');
    writeFileSync(path.join(webDir, 'assets/app-1234.js'), 'console.log(1)');
    writeFileSync(path.join(webDir, 'demo/demo.mp4'), Buffer.from('0123456789'));
    writeFileSync(path.join(webDir, '.env'), 'SECRET=1');
    writeFileSync(path.join(root, 'outside.txt'), 'not served');
    server = await startTestServer(pglite, { webDir });
    unbuilt = await startTestServer(pglite, { webDir: path.join(root, 'missing') });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await unbuilt?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the page with the app CSP and cross-origin isolation', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<title>Spotter</title>');
    expect(res.headers['content-security-policy']).toBe(WEB_APP_CSP);
    expect(res.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(res.headers['cross-origin-embedder-policy']).toBe('require-corp');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const js = await server.app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.headers['cache-control']).toContain('immutable');
  });

  it('keeps the strict CSP on the API and answers unknown API paths with JSON 404', async () => {
    const health = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.headers['content-security-policy']).toContain("default-src 'none'");
    const unknown = await server.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: 'Not found.' });
    expect(unknown.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('serves nothing outside the build folder, nor hidden files', async () => {
    for (const url of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/assets/..%2f..%2foutside.txt',
      '/.env',
      '/assets/',
      '/missing.js',
      '/%E0%A4%A',
    ]) {
      const res = await server.app.inject({ method: 'GET', url });
      // Fastify itself refuses a malformed escape (400); everything else is not found.
      expect([400, 404], url).toContain(res.statusCode);
      expect(res.body).not.toContain('not served');
      expect(res.body).not.toContain('SECRET');
    }
  });

  it('answers a byte range (video seeking)', async () => {
    const part = await server.app.inject({
      method: 'GET',
      url: '/demo/demo.mp4',
      headers: { range: 'bytes=2-5' },
    });
    expect(part.statusCode).toBe(206);
    expect(part.body).toBe('2345');
    expect(part.headers['content-range']).toBe('bytes 2-5/10');
    const tail = await server.app.inject({
      method: 'GET',
      url: '/demo/demo.mp4',
      headers: { range: 'bytes=-3' },
    });
    expect(tail.body).toBe('789');
    const past = await server.app.inject({
      method: 'GET',
      url: '/demo/demo.mp4',
      headers: { range: 'bytes=20-' },
    });
    expect(past.statusCode).toBe(416);
  });

  it('says how to build the app when it is not built', async () => {
    const res = await unbuilt.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toContain('vite build --config web/vite.config.ts');
    expect((await unbuilt.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
