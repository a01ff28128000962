/**
 * The schema's history, applied in order by Kysely's Migrator (same SQL on PGlite and PostgreSQL). Add a new
 * entry for every change; never edit one that has shipped.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const createdAt = sql`now()`;

const MIGRATIONS: Record<string, Migration> = {
  '0001_accounts_clients_sets_jobs': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('account')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('trainer', 'client')`))
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(createdAt))
        .execute();
      await db.schema
        .createTable('session')
        .addColumn('token_sha256', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'uuid', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(createdAt))
        .execute();
      await db.schema
        .createTable('client')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('trainer_id', 'uuid', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('account_id', 'uuid', (c) => c.references('account.id').onDelete('set null'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('invite_code', 'text', (c) => c.unique())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(createdAt))
        .execute();
      await db.schema.createIndex('client_trainer').on('client').column('trainer_id').execute();
      await db.schema.createIndex('client_account').on('client').column('account_id').execute();
      await db.schema
        .createTable('training_set')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('client_id', 'uuid', (c) => c.notNull().references('client.id').onDelete('cascade'))
        .addColumn('report', 'jsonb', (c) => c.notNull())
        .addColumn('track', 'jsonb')
        .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('device', 'server')`))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(createdAt))
        .execute();
      await db.schema
        .createIndex('training_set_client')
        .on('training_set')
        .columns(['client_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('analysis_job')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('client_id', 'uuid', (c) => c.notNull().references('client.id').onDelete('cascade'))
        .addColumn('account_id', 'uuid', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('state', 'text', (c) =>
          c.notNull().check(sql`state in ('queued', 'running', 'done', 'failed')`),
        )
        .addColumn('video_file', 'text', (c) => c.notNull())
        .addColumn('video_bytes', 'bigint', (c) => c.notNull())
        .addColumn('queue_job_id', 'text')
        .addColumn('set_id', 'uuid', (c) => c.references('training_set.id').onDelete('set null'))
        .addColumn('error', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(createdAt))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(createdAt))
        .execute();
    },
  },
  '0002_client_log_and_triage': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('log_entry')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('client_id', 'uuid', (c) => c.notNull().references('client.id').onDelete('cascade'))
        .addColumn('set_id', 'uuid', (c) => c.references('training_set.id').onDelete('set null'))
        .addColumn('entry', 'jsonb', (c) => c.notNull())
        .addColumn('done_at', 'timestamptz', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(createdAt))
        .execute();
      await db.schema
        .createIndex('log_entry_client')
        .on('log_entry')
        .columns(['client_id', 'done_at'])
        .execute();
      await db.schema
        .createTable('triage_check')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('client_id', 'uuid', (c) => c.notNull().references('client.id').onDelete('cascade'))
        .addColumn('answers', 'jsonb', (c) => c.notNull())
        .addColumn('result', 'jsonb', (c) => c.notNull())
        .addColumn('level', 'text', (c) =>
          c.notNull().check(sql`level in ('emergency', 'urgent', 'see_clinician', 'self_care')`),
        )
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(createdAt))
        .execute();
      await db.schema
        .createIndex('triage_check_client')
        .on('triage_check')
        .columns(['client_id', 'created_at'])
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
