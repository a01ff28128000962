/**
 * Opens the server's database: PostgreSQL at DATABASE_URL, or else PGlite (PostgreSQL in WebAssembly, in this
 * process) under the data directory, in memory when none is given (tests). Either way the same migrations run
 * and the same SQL is sent. Returns the typed query builder and the port pg-boss runs its SQL through.
 */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, type PostgresPool } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.js';
import { preparePgliteDataDir, spotterCacheDir, type DataDirOrigin } from './pglite-data-dir.js';
import { PgliteSerialPool } from './pglite-pool.js';
import type { Database } from './schema.js';

export interface DatabaseTarget {
  /** postgres://... : a PostgreSQL server. */
  readonly databaseUrl?: string | undefined;
  /** PGlite files go to DIR/pgdata; undefined = in memory. Ignored with databaseUrl. */
  readonly dataDir?: string | undefined;
  /** PostgreSQL schema for the tables (tests isolate runs on one server); default public. */
  readonly schema?: string | undefined;
  /** PGlite only: start from this dumped data directory instead of running initdb (tests, ~3x faster). */
  readonly pgliteDataDirDump?: Blob | undefined;
  /** PGlite only: where the empty cluster a fresh data directory is copied from is kept (pglite-data-dir.ts). */
  readonly cacheDir?: string | undefined;
  /** Called as each step ends ('data dir', 'open', 'migrations'), for start-up timings. */
  readonly onStep?: (step: string) => void;
}

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  /** pg-boss's `db` option. */
  readonly executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
  readonly kind: 'postgresql' | 'pglite';
  /** PGlite under a data directory: whether it was there, copied from the cached empty cluster, or initdb'd. */
  readonly dataDirOrigin?: DataDirOrigin;
  readonly close: () => Promise<void>;
}

export class MigrationFailedError extends Error {}

/**
 * Waits (at most `timeoutMs`) until no query is in flight on a server pool: pg-boss sends a job's completion
 * without waiting for it, so closing the pool straight after stopping the queue would fail that query.
 */
async function settled(pool: pg.Pool, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end && (pool.totalCount > pool.idleCount || pool.waitingCount > 0)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function serverPool(target: DatabaseTarget & { databaseUrl: string }): pg.Pool {
  return new pg.Pool({
    connectionString: target.databaseUrl,
    max: 10,
    ...(target.schema !== undefined && { options: `-c search_path=${target.schema}` }),
  });
}

export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  let pool: PostgresPool;
  let executeSql: OpenDatabase['executeSql'];
  let kind: OpenDatabase['kind'];
  let dataDirOrigin: DataDirOrigin | undefined;
  let beforeClose = async () => undefined as void;
  if (target.databaseUrl !== undefined && target.databaseUrl !== '') {
    const server = serverPool({ ...target, databaseUrl: target.databaseUrl });
    if (target.schema !== undefined) {
      await server.query(`create schema if not exists "${target.schema.replace(/"/g, '')}"`);
    }
    pool = server as unknown as PostgresPool;
    executeSql = async (text, values) => server.query(text, values);
    beforeClose = () => settled(server);
    kind = 'postgresql';
  } else {
    let dir: string | undefined;
    if (target.dataDir !== undefined) {
      dir = path.join(target.dataDir, 'pgdata');
      dataDirOrigin = await preparePgliteDataDir(dir, target.cacheDir ?? spotterCacheDir());
      target.onStep?.('data dir');
    }
    const pglite = await PGlite.create({
      ...(dir !== undefined && { dataDir: dir }),
      ...(target.pgliteDataDirDump !== undefined && { loadDataDir: target.pgliteDataDirDump }),
    });
    target.onStep?.('open');
    const serial = new PgliteSerialPool(pglite);
    pool = serial;
    executeSql = (text, values) => serial.executeSql(text, values);
    kind = 'pglite';
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // Kysely looks for its migration tables across all schemas: name the schema so that one run's tables never
  // stand in for another's.
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(target.schema !== undefined && kind === 'postgresql' && { migrationTableSchema: target.schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  target.onStep?.('migrations');
  if (error !== undefined) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationFailedError(
      `database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return {
    db,
    executeSql,
    kind,
    ...(dataDirOrigin !== undefined && { dataDirOrigin }),
    close: async () => {
      await beforeClose();
      await db.destroy();
    },
  };
}
