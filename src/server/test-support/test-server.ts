/**
 * A server for tests on each database the suite can reach: PGlite in memory always, and the PostgreSQL at
 * DATABASE_URL when it is set (each test server in its own schema, so runs never see each other's rows).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PGlite } from '@electric-sql/pglite';
import type PgBoss from 'pg-boss';
import { buildApp } from '../app.js';
import { openDatabase, type OpenDatabase } from '../db/open-database.js';
import {
  ANALYSIS_QUEUE,
  DEFAULT_QUEUE_SETTINGS,
  queueJobState,
  startQueue,
  type QueueSettings,
} from '../jobs/analysis-queue.js';
import { DEFAULT_SETTINGS, type ServerSettings } from '../settings.js';

export interface DatabaseVariant {
  readonly name: 'pglite' | 'postgresql';
  readonly databaseUrl?: string;
}

/** The variants to run server tests on; the PostgreSQL one is skipped (with a message) without DATABASE_URL. */
export const DATABASE_VARIANTS: readonly (DatabaseVariant & { skip: boolean })[] = [
  { name: 'pglite', skip: false },
  {
    name: 'postgresql',
    skip: !process.env.DATABASE_URL,
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  },
];
if (!process.env.DATABASE_URL) {
  console.warn('server tests: DATABASE_URL is not set, so the PostgreSQL variant is skipped (PGlite only).');
}

/**
 * A freshly initialised PGlite data directory, made once per machine and PGlite version (initdb in WebAssembly
 * takes several seconds; loading its dump about a third of that).
 */
async function pgliteTemplate(): Promise<Blob> {
  const version = (
    JSON.parse(
      readFileSync(
        new URL('../../../node_modules/@electric-sql/pglite/package.json', import.meta.url),
        'utf8',
      ),
    ) as { version: string }
  ).version;
  const file = path.join(tmpdir(), `spotter-pglite-template-${version}.tar`);
  if (!existsSync(file)) {
    const pglite = await PGlite.create();
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, Buffer.from(await dump.arrayBuffer()));
    renameSync(part, file);
  }
  return new Blob([readFileSync(file)]);
}

export interface TestServer {
  readonly app: FastifyInstance;
  readonly database: OpenDatabase;
  readonly boss: PgBoss;
  readonly settings: ServerSettings;
  readonly queue: QueueSettings;
  readonly schema: string;
  readonly close: () => Promise<void>;
}

export async function startTestServer(
  variant: DatabaseVariant,
  overrides: Partial<ServerSettings> = {},
  queueOverrides: Partial<QueueSettings> = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'spotter-server-'));
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase(
    variant.databaseUrl !== undefined
      ? { databaseUrl: variant.databaseUrl, schema }
      : { pgliteDataDirDump: await pgliteTemplate() },
  );
  const queue: QueueSettings = {
    ...DEFAULT_QUEUE_SETTINGS,
    pollingIntervalS: 0.5,
    schema: `${schema}_boss`,
    ...queueOverrides,
  };
  const boss = await startQueue(database, queue);
  const settings: ServerSettings = {
    ...DEFAULT_SETTINGS,
    uploadsDir: path.join(dataDir, 'uploads'),
    ...overrides,
  };
  const app = await buildApp({
    db: database.db,
    databaseKind: database.kind,
    settings,
    version: 'test',
    enqueueAnalysis: (jobId) => boss.send(ANALYSIS_QUEUE, { jobId }),
    queueJobState: (queueJobId) => queueJobState(boss, queueJobId),
  });
  return {
    app,
    database,
    boss,
    settings,
    queue,
    schema,
    close: async () => {
      await app.close();
      await boss.stop({ graceful: false, wait: true });
      if (variant.databaseUrl !== undefined) {
        await database.executeSql(`drop schema if exists "${schema}" cascade`);
        await database.executeSql(`drop schema if exists "${schema}_boss" cascade`);
      }
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs up and logs in; returns the bearer header. */
export async function signedIn(
  app: FastifyInstance,
  email: string,
  role: 'trainer' | 'client',
): Promise<{ authorization: string }> {
  const password = 'correct horse battery';
  const signup = await app.inject({ method: 'POST', url: '/api/signup', payload: { email, password, role } });
  if (signup.statusCode !== 201) throw new Error(`signup ${signup.statusCode}: ${signup.body}`);
  const login = await app.inject({ method: 'POST', url: '/api/login', payload: { email, password } });
  if (login.statusCode !== 200) throw new Error(`login ${login.statusCode}: ${login.body}`);
  return { authorization: `Bearer ${login.json().token}` };
}

/** A trainer adds a client; returns its id and invite code. */
export async function addClient(
  app: FastifyInstance,
  trainer: { authorization: string },
  name: string,
): Promise<{ id: string; inviteCode: string }> {
  const res = await app.inject({ method: 'POST', url: '/api/clients', headers: trainer, payload: { name } });
  if (res.statusCode !== 201) throw new Error(`add client ${res.statusCode}: ${res.body}`);
  return res.json();
}
