/**
 * PGlite (PostgreSQL compiled to WebAssembly, in this process) behind the small `pg` pool interface that
 * Kysely's PostgresDialect and pg-boss use. PGlite is one session, so the pool hands out one client at a time:
 * a transaction holds it until it is released, and every other query waits its turn.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

function commandOf(sql: string): PostgresQueryResult<unknown>['command'] {
  const word = /^\s*(?:with\b[\s\S]*?\)\s*)?(\w+)/i.exec(sql)?.[1]?.toUpperCase();
  return word === 'INSERT' || word === 'UPDATE' || word === 'DELETE' || word === 'MERGE' ? word : 'SELECT';
}

export class PgliteSerialPool implements PostgresPool {
  #queue: Promise<void> = Promise.resolve();

  constructor(private readonly pglite: PGlite) {}

  /** Waits for the one session, then lends it until release(). */
  async connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#queue;
    this.#queue = previous.then(() => released);
    await previous;
    const pglite = this.pglite;
    const client = {
      async query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> {
        const result = await pglite.query<R>(sql, [...parameters]);
        return {
          command: commandOf(sql),
          rowCount: result.affectedRows ?? result.rows.length,
          rows: result.rows,
        };
      },
      release,
    };
    // No cursor form: Kysely's streaming is not used by the server.
    return client as unknown as PostgresPoolClient;
  }

  /**
   * pg-boss's database port: statements without parameters may be several in one text (its migrations and
   * transactions), which only the simple protocol (exec) runs; the rows are the last statement's.
   */
  async executeSql(text: string, values?: readonly unknown[]): Promise<{ rows: unknown[] }> {
    const client = await this.connect();
    try {
      if (values === undefined || values.length === 0) {
        try {
          const results = await this.pglite.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        } catch (error) {
          // A script that opened a transaction and failed half-way must not leave it open on the one session
          // everyone shares.
          if (this.pglite.isInTransaction()) await this.pglite.exec('ROLLBACK');
          throw error;
        }
      }
      const result = await this.pglite.query(text, [...values]);
      return { rows: result.rows };
    } finally {
      client.release();
    }
  }

  async end(): Promise<void> {
    await this.#queue;
    await this.pglite.close();
  }
}
