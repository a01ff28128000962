/**
 * The authorisation matrix (issue 13 item 5): every role against every resource. Trainer A owns client "A1",
 * linked to client account "clientA"; trainer B owns "B1". Each caller's expected status per request is listed;
 * another account's resource is 404 (never 403, never its data), and no one reads anything across accounts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeTrack } from '../engine/index.js';
import { parseKeypointTrackJson } from '../formats/keypoint-track/index.js';
import { DATABASE_VARIANTS, signedIn, startTestServer, type TestServer } from './test-support/test-server.js';

const report = JSON.parse(
  JSON.stringify(
    analyzeTrack(
      parseKeypointTrackJson(
        readFileSync(new URL('../../fixtures/demo/demo-track.json', import.meta.url), 'utf8'),
      ),
    ),
  ),
) as unknown;
/** The smallest valid MP4 head: a box whose type is 'ftyp' (the type check reads content, not the header). */
const MP4_BYTES = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.alloc(64)]);

const LOG_ENTRY = { atIso: '2026-11-21T18:05:00+01:00', loadKg: 120, reps: 10, pain: { during: 2 } };
const TRIAGE_ANSWERS = { painScore: 3, legWeakness: false };

type Caller = 'anonymous' | 'trainerA' | 'clientA' | 'trainerB' | 'unlinkedClient';
const CALLERS: readonly Caller[] = ['anonymous', 'trainerA', 'clientA', 'trainerB', 'unlinkedClient'];

interface World {
  headers: Record<Caller, Record<string, string>>;
  clientA1: string;
  clientB1: string;
  jobA1: string;
  jobB1: string;
  setA1: string;
  setB1: string;
  logA1: string;
  logB1: string;
}

interface Case {
  readonly name: string;
  readonly request: (w: World) => {
    method: 'GET' | 'POST' | 'PATCH';
    url: string;
    payload?: unknown;
    contentType?: string;
  };
  /** Expected status per caller. */
  readonly expected: Record<Caller, number>;
}

const CASES: readonly Case[] = [
  {
    name: 'GET /api/clients/:A1',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientA1}` }),
    expected: { anonymous: 401, trainerA: 200, clientA: 200, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'GET /api/clients/:A1/sets',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientA1}/sets` }),
    expected: { anonymous: 401, trainerA: 200, clientA: 200, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'POST /api/clients/:A1/sets',
    request: (w) => ({ method: 'POST', url: `/api/clients/${w.clientA1}/sets`, payload: report }),
    expected: { anonymous: 401, trainerA: 201, clientA: 201, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'POST /api/clients/:A1/videos',
    request: (w) => ({
      method: 'POST',
      url: `/api/clients/${w.clientA1}/videos`,
      payload: MP4_BYTES,
      contentType: 'video/mp4',
    }),
    expected: { anonymous: 401, trainerA: 202, clientA: 202, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'GET /api/jobs/:A1job',
    request: (w) => ({ method: 'GET', url: `/api/jobs/${w.jobA1}` }),
    expected: { anonymous: 401, trainerA: 200, clientA: 200, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'GET /api/clients/:B1',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientB1}` }),
    expected: { anonymous: 401, trainerA: 404, clientA: 404, trainerB: 200, unlinkedClient: 404 },
  },
  {
    name: 'GET /api/jobs/:B1job',
    request: (w) => ({ method: 'GET', url: `/api/jobs/${w.jobB1}` }),
    expected: { anonymous: 401, trainerA: 404, clientA: 404, trainerB: 200, unlinkedClient: 404 },
  },
  {
    name: 'GET /api/clients/:A1/sets/:A1set',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientA1}/sets/${w.setA1}` }),
    expected: { anonymous: 401, trainerA: 200, clientA: 200, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'GET /api/clients/:A1/sets/:B1set',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientA1}/sets/${w.setB1}` }),
    expected: { anonymous: 401, trainerA: 404, clientA: 404, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'GET /api/clients/:B1/sets/:B1set',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientB1}/sets/${w.setB1}` }),
    expected: { anonymous: 401, trainerA: 404, clientA: 404, trainerB: 200, unlinkedClient: 404 },
  },
  {
    name: 'GET /api/clients/:A1/log',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientA1}/log` }),
    expected: { anonymous: 401, trainerA: 200, clientA: 200, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'POST /api/clients/:A1/log',
    request: (w) => ({ method: 'POST', url: `/api/clients/${w.clientA1}/log`, payload: LOG_ENTRY }),
    expected: { anonymous: 401, trainerA: 201, clientA: 201, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'POST /api/clients/:A1/log naming B1set',
    request: (w) => ({
      method: 'POST',
      url: `/api/clients/${w.clientA1}/log`,
      payload: { ...LOG_ENTRY, setId: w.setB1 },
    }),
    expected: { anonymous: 401, trainerA: 400, clientA: 400, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'PATCH /api/clients/:A1/log/:A1entry',
    request: (w) => ({
      method: 'PATCH',
      url: `/api/clients/${w.clientA1}/log/${w.logA1}`,
      payload: { pain: { nextMorning: 1 } },
    }),
    expected: { anonymous: 401, trainerA: 200, clientA: 200, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'PATCH /api/clients/:A1/log/:B1entry',
    request: (w) => ({
      method: 'PATCH',
      url: `/api/clients/${w.clientA1}/log/${w.logB1}`,
      payload: { pain: { nextMorning: 1 } },
    }),
    expected: { anonymous: 401, trainerA: 404, clientA: 404, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'GET /api/clients/:B1/log',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientB1}/log` }),
    expected: { anonymous: 401, trainerA: 404, clientA: 404, trainerB: 200, unlinkedClient: 404 },
  },
  {
    name: 'GET /api/clients/:A1/triage',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientA1}/triage` }),
    expected: { anonymous: 401, trainerA: 200, clientA: 200, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'POST /api/clients/:A1/triage',
    request: (w) => ({ method: 'POST', url: `/api/clients/${w.clientA1}/triage`, payload: TRIAGE_ANSWERS }),
    expected: { anonymous: 401, trainerA: 201, clientA: 201, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'POST /api/clients/:B1/triage',
    request: (w) => ({ method: 'POST', url: `/api/clients/${w.clientB1}/triage`, payload: TRIAGE_ANSWERS }),
    expected: { anonymous: 401, trainerA: 404, clientA: 404, trainerB: 201, unlinkedClient: 404 },
  },
  {
    name: 'GET /api/clients/:unknown',
    request: () => ({ method: 'GET', url: '/api/clients/00000000-0000-4000-8000-000000000000' }),
    expected: { anonymous: 401, trainerA: 404, clientA: 404, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'GET /api/clients/:not-a-uuid/sets',
    request: () => ({ method: 'GET', url: "/api/clients/1'%20or%20'1'='1/sets" }),
    expected: { anonymous: 401, trainerA: 404, clientA: 404, trainerB: 404, unlinkedClient: 404 },
  },
  {
    name: 'POST /api/clients',
    request: () => ({ method: 'POST', url: '/api/clients', payload: { name: 'New' } }),
    expected: { anonymous: 401, trainerA: 201, clientA: 403, trainerB: 201, unlinkedClient: 403 },
  },
  {
    name: 'GET /api/clients',
    request: () => ({ method: 'GET', url: '/api/clients' }),
    expected: { anonymous: 401, trainerA: 200, clientA: 200, trainerB: 200, unlinkedClient: 200 },
  },
];

describe.each(DATABASE_VARIANTS)('authorisation matrix on $name', (variant) => {
  let server: TestServer;
  let world: World;
  beforeAll(async () => {
    if (variant.skip) return;
    server = await startTestServer(variant);
    const { app } = server;
    const [trainerA, trainerB, clientA, unlinkedClient] = await Promise.all([
      signedIn(app, 'a@example.com', 'trainer'),
      signedIn(app, 'b@example.com', 'trainer'),
      signedIn(app, 'client-a@example.com', 'client'),
      signedIn(app, 'loner@example.com', 'client'),
    ]);
    const headers = { anonymous: {}, trainerA, trainerB, clientA, unlinkedClient };
    const a1 = (
      await app.inject({ method: 'POST', url: '/api/clients', headers: trainerA, payload: { name: 'A1' } })
    ).json();
    const b1 = (
      await app.inject({ method: 'POST', url: '/api/clients', headers: trainerB, payload: { name: 'B1' } })
    ).json();
    const accepted = await app.inject({
      method: 'POST',
      url: '/api/invites/accept',
      headers: clientA,
      payload: { code: a1.inviteCode },
    });
    expect(accepted.json()).toEqual({ clientId: a1.id });
    const upload = (h: Record<string, string>, id: string) =>
      app.inject({
        method: 'POST',
        url: `/api/clients/${id}/videos`,
        headers: { ...h, 'content-type': 'video/mp4' },
        payload: MP4_BYTES,
      });
    const jobA1 = (await upload(trainerA, a1.id)).json().jobId as string;
    const jobB1 = (await upload(trainerB, b1.id)).json().jobId as string;
    const share = async (h: Record<string, string>, id: string) =>
      (
        await app.inject({
          method: 'POST',
          url: `/api/clients/${id}/sets`,
          headers: h,
          payload: report as object,
        })
      ).json().id as string;
    const log = async (h: Record<string, string>, id: string) =>
      (
        await app.inject({ method: 'POST', url: `/api/clients/${id}/log`, headers: h, payload: LOG_ENTRY })
      ).json().id as string;
    world = {
      headers,
      clientA1: a1.id,
      clientB1: b1.id,
      jobA1,
      jobB1,
      setA1: await share(trainerA, a1.id),
      setB1: await share(trainerB, b1.id),
      logA1: await log(trainerA, a1.id),
      logB1: await log(trainerB, b1.id),
    };
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(variant.skip)('every caller gets the expected status on every resource', async () => {
    const got: Record<string, Record<Caller, number>> = {};
    const want: Record<string, Record<Caller, number>> = {};
    for (const c of CASES) {
      want[c.name] = c.expected;
      got[c.name] = {} as Record<Caller, number>;
      for (const caller of CALLERS) {
        const r = c.request(world);
        const res = await server.app.inject({
          method: r.method,
          url: r.url,
          headers: { ...world.headers[caller], ...(r.contentType && { 'content-type': r.contentType }) },
          ...(r.payload !== undefined && { payload: r.payload as string }),
        });
        got[c.name]![caller] = res.statusCode;
        if ([400, 401, 403, 404].includes(res.statusCode)) {
          // A refusal carries no data of the resource.
          expect(Object.keys(res.json())).toEqual(['error']);
        }
      }
    }
    expect(got).toEqual(want);
  });

  it.skipIf(variant.skip)('lists show only what the caller may see (zero cross-account reads)', async () => {
    const names = async (caller: Caller) =>
      (await server.app.inject({ method: 'GET', url: '/api/clients', headers: world.headers[caller] }))
        .json()
        .map((c: { name: string }) => c.name) as string[];
    expect((await names('trainerA')).filter((n) => n !== 'New')).toEqual(['A1']);
    expect((await names('trainerB')).filter((n) => n !== 'New')).toEqual(['B1']);
    expect(await names('clientA')).toEqual(['A1']);
    expect(await names('unlinkedClient')).toEqual([]);
    // A client's log and checks list only its own entries.
    const logOf = async (caller: Caller, clientId: string) =>
      (
        await server.app.inject({
          method: 'GET',
          url: `/api/clients/${clientId}/log`,
          headers: world.headers[caller],
        })
      )
        .json()
        .map((e: { id: string }) => e.id) as string[];
    expect(await logOf('trainerB', world.clientB1)).toEqual([world.logB1]);
    expect(await logOf('clientA', world.clientA1)).not.toContain(world.logB1);
    // Only trainers see the invite code.
    const asClient = await server.app.inject({
      method: 'GET',
      url: '/api/clients',
      headers: world.headers.clientA,
    });
    expect(asClient.json()[0].inviteCode).toBeUndefined();
  });

  it.skipIf(variant.skip)('an invite is used once, and only by a client account', async () => {
    const created = (
      await server.app.inject({
        method: 'POST',
        url: '/api/clients',
        headers: world.headers.trainerA,
        payload: { name: 'A2' },
      })
    ).json();
    const accept = (caller: Caller) =>
      server.app.inject({
        method: 'POST',
        url: '/api/invites/accept',
        headers: world.headers[caller],
        payload: { code: created.inviteCode },
      });
    expect((await accept('trainerB')).statusCode).toBe(403);
    expect((await accept('unlinkedClient')).statusCode).toBe(200);
    const again = await accept('clientA');
    expect(again.statusCode).toBe(404);
  });
});
