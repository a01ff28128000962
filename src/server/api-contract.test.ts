/**
 * The HTTP contract of issue 13 item 6, on PGlite and (with DATABASE_URL) on PostgreSQL: sign-up, login, clients,
 * sets holding the CLI's JSON report, jobs, OpenAPI, security headers, expiring tokens, rate-limited login.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeTrack } from '../engine/index.js';
import { parseKeypointTrackJson } from '../formats/keypoint-track/index.js';
import { tokenDigest } from './auth/tokens.js';
import { DATABASE_VARIANTS, signedIn, startTestServer, type TestServer } from './test-support/test-server.js';

const trackJson = readFileSync(new URL('../../fixtures/demo/demo-track.json', import.meta.url), 'utf8');
const track = JSON.parse(trackJson) as Record<string, unknown>;
const report = JSON.parse(JSON.stringify(analyzeTrack(parseKeypointTrackJson(trackJson)))) as {
  reps: { index: number }[];
};

describe.each(DATABASE_VARIANTS)('API contract on $name', (variant) => {
  let server: TestServer;
  let trainer: { authorization: string };
  beforeAll(async () => {
    if (variant.skip) return;
    server = await startTestServer(variant, { loginAttemptsPerWindow: 4 });
    trainer = await signedIn(server.app, 'coach@example.com', 'trainer');
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(variant.skip)('health answers 200 and names the database', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: variant.name });
  });

  it.skipIf(variant.skip)('sign-up refuses a taken email, a bad role and a short password', async () => {
    const taken = await server.app.inject({
      method: 'POST',
      url: '/api/signup',
      payload: { email: 'COACH@example.com', password: 'another password', role: 'client' },
    });
    expect(taken.statusCode).toBe(409);
    const role = await server.app.inject({
      method: 'POST',
      url: '/api/signup',
      payload: { email: 'x@example.com', password: 'long enough pw', role: 'admin' },
    });
    expect(role.statusCode).toBe(400);
    const short = await server.app.inject({
      method: 'POST',
      url: '/api/signup',
      payload: { email: 'y@example.com', password: 'short', role: 'client' },
    });
    expect(short.statusCode).toBe(400);
  });

  it.skipIf(variant.skip)('stores passwords as scrypt hashes, never in clear', async () => {
    const rows = await server.database.db.selectFrom('account').select('password_hash').execute();
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$3\$/);
      expect(row.password_hash).not.toContain('correct horse');
    }
  });

  it.skipIf(variant.skip)('a client is created, listed, and its sets hold the report as sent', async () => {
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: trainer,
      payload: { name: 'Ada' },
    });
    expect(created.statusCode).toBe(201);
    const clientId = created.json().id as string;
    const list = await server.app.inject({ method: 'GET', url: '/api/clients', headers: trainer });
    expect(list.json().map((c: { name: string }) => c.name)).toEqual(['Ada']);

    const bare = await server.app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/sets`,
      headers: trainer,
      payload: report,
    });
    expect(bare.statusCode).toBe(201);
    const withTrack = await server.app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/sets`,
      headers: trainer,
      payload: { report, track },
    });
    expect(withTrack.statusCode).toBe(201);
    const sets = await server.app.inject({
      method: 'GET',
      url: `/api/clients/${clientId}/sets`,
      headers: trainer,
    });
    expect(sets.statusCode).toBe(200);
    const body = sets.json() as { id: string; createdAt: string; report: unknown }[];
    expect(body.map((s) => s.id)).toEqual([bare.json().id, withTrack.json().id]);
    for (const set of body) {
      expect(set.report).toEqual(report);
      expect(Number.isNaN(Date.parse(set.createdAt))).toBe(false);
    }
    const stored = await server.database.db
      .selectFrom('training_set')
      .select('track')
      .where('id', '=', withTrack.json().id)
      .executeTakeFirstOrThrow();
    expect((stored.track as { frames: unknown[] }).frames.length).toBe((track.frames as unknown[]).length);
  });

  it.skipIf(variant.skip)(
    'a set that is not a Spotter report, or a broken track, is refused with the reason',
    async () => {
      const created = await server.app.inject({
        method: 'POST',
        url: '/api/clients',
        headers: trainer,
        payload: { name: 'B' },
      });
      const url = `/api/clients/${created.json().id}/sets`;
      const noReps = await server.app.inject({
        method: 'POST',
        url,
        headers: trainer,
        payload: { faults: [] },
      });
      expect(noReps.statusCode).toBe(400);
      expect(noReps.json().error).toMatch(/not a Spotter analysis report: reps/);
      const badFault = await server.app.inject({
        method: 'POST',
        url,
        headers: trainer,
        payload: { ...report, faults: [{ id: 'made_up', worstSeverity: 'alert', count: 1 }] },
      });
      expect(badFault.statusCode).toBe(400);
      const badTrack = await server.app.inject({
        method: 'POST',
        url,
        headers: trainer,
        payload: { report, track: { format: 'spotter-keypoint-track', version: 1 } },
      });
      expect(badTrack.statusCode).toBe(400);
      expect(badTrack.json().error).toMatch(/keypoint track/);
      const sets = await server.app.inject({ method: 'GET', url, headers: trainer });
      expect(sets.json()).toEqual([]);
    },
  );

  it.skipIf(variant.skip)('serves its OpenAPI document with every contract route', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    for (const route of [
      'get /api/health',
      'post /api/signup',
      'post /api/login',
      'post /api/clients',
      'get /api/clients',
      'post /api/clients/{id}/videos',
      'post /api/clients/{id}/sets',
      'get /api/clients/{id}/sets',
      'get /api/jobs/{id}',
    ]) {
      expect(routes).toContain(route);
    }
  });

  it.skipIf(variant.skip)('sends a CSP and the other security headers', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it.skipIf(variant.skip)('a token stops working when it expires', async () => {
    const ok = await server.app.inject({ method: 'GET', url: '/api/me', headers: trainer });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().role).toBe('trainer');
    // Its expiry passes (set in the database rather than waited for: a wall-clock wait made every test in this
    // file race a short lifetime on a loaded machine).
    const token = trainer.authorization.replace(/^Bearer /, '');
    await server.database.db
      .updateTable('session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('token_sha256', '=', tokenDigest(token))
      .execute();
    const expired = await server.app.inject({ method: 'GET', url: '/api/me', headers: trainer });
    expect(expired.statusCode).toBe(401);
    const forged = await server.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it.skipIf(variant.skip)('login is rate-limited per address and wrong passwords get 401', async () => {
    const attempt = () =>
      server.app.inject({
        method: 'POST',
        url: '/api/login',
        remoteAddress: '10.9.9.9',
        payload: { email: 'coach@example.com', password: 'wrong password' },
      });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await attempt()).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 429]);
  });
});
