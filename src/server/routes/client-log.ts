/**
 * A client's training log on the server: one entry per set (when, load, reps, effort, pain during / after /
 * next morning), checked by the log's own rules (src/log addSet/setPain: the CLI and the web form say the same
 * thing). An entry may name a shared set of the same client; its analysis (depth, tempo, faults) is then read
 * from that set's report with the log's summarizeReport, never typed in.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { readReportForLog } from '../../formats/training-log/index.js';
import {
  addSet,
  emptyLog,
  LogEntryError,
  setPain,
  summarizeReport,
  type LoggedSet,
  type PainScores,
  type SetInput,
} from '../../log/index.js';
import { callerOf, requireAccount } from '../auth/authenticate.js';
import type { Database } from '../db/schema.js';
import { bearer, created, idParams, withErrors } from './schemas.js';
import { findVisibleClient, isUuid, NOT_FOUND } from './scope.js';

const painSchema = {
  type: 'object',
  description: 'Back pain 0-10 (0 none): during the set, within an hour after, on waking the next day.',
  properties: {
    during: { type: 'integer' },
    after: { type: 'integer' },
    nextMorning: { type: 'integer' },
  },
  additionalProperties: false,
} as const;

/** Types only: the ranges are the log's own (LOG_LIMITS), checked by addSet with a message naming the field. */
const entryBody = {
  type: 'object',
  properties: {
    atIso: { type: 'string', description: 'When the set was done, ISO 8601 with offset.' },
    loadKg: { type: 'number' },
    reps: { type: 'integer' },
    targetReps: { type: 'integer' },
    rir: { type: 'integer', description: 'Reps in reserve.' },
    rpe: { type: 'number' },
    pain: painSchema,
    notes: { type: 'string' },
    setId: {
      type: 'string',
      description: "A shared set of this client: the entry's analysis is its report.",
    },
  },
  required: ['atIso', 'loadKg', 'reps'],
  additionalProperties: false,
} as const;

const entryView = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    setId: { type: 'string' },
    entry: {
      type: 'object',
      description: "The log's set (docs/log.md) without its number: atIso, loadKg, reps, pain, analysis, ...",
      additionalProperties: true,
    },
  },
  required: ['id', 'createdAt', 'entry'],
} as const;

const entryParams = {
  type: 'object',
  properties: { id: { type: 'string' }, entryId: { type: 'string' } },
  required: ['id', 'entryId'],
} as const;

type EntryBody = Omit<SetInput, 'analysis'> & { readonly setId?: string };
type StoredEntry = Omit<LoggedSet, 'id'>;

function entryOut(row: { id: string; set_id: string | null; created_at: Date }, entry: unknown) {
  return {
    id: row.id,
    createdAt: row.created_at.toISOString(),
    ...(row.set_id !== null && { setId: row.set_id }),
    entry,
  };
}

/** The log's own check of one entry: the LoggedSet it makes, without the log's number. */
function checkedEntry(input: SetInput): StoredEntry {
  const { id: _id, ...entry } = addSet(emptyLog(), input).set;
  return entry;
}

export function clientLogRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const auth = requireAccount(db);

  app.post<{ Params: { id: string }; Body: EntryBody }>(
    '/api/clients/:id/log',
    {
      preHandler: auth,
      schema: {
        summary: "Add a set to a client's training log",
        security: bearer,
        params: idParams,
        body: entryBody,
        response: withErrors({ 201: created }),
      },
    },
    async (request, reply) => {
      const client = await findVisibleClient(db, callerOf(request), request.params.id);
      if (client === undefined) return reply.code(404).send(NOT_FOUND);
      const { setId, ...input } = request.body;
      let analysis;
      if (setId !== undefined) {
        const set = isUuid(setId)
          ? await db
              .selectFrom('training_set')
              .select('report')
              .where('id', '=', setId)
              .where('client_id', '=', client.id)
              .executeTakeFirst()
          : undefined;
        if (set === undefined) return reply.code(400).send({ error: 'setId: this client has no such set.' });
        analysis = summarizeReport(readReportForLog(set.report));
      }
      let entry: StoredEntry;
      try {
        entry = checkedEntry({ ...input, ...(analysis !== undefined && { analysis }) });
      } catch (error) {
        if (error instanceof LogEntryError) return reply.code(400).send({ error: error.message });
        throw error;
      }
      const row = await db
        .insertInto('log_entry')
        .values({
          client_id: client.id,
          set_id: setId ?? null,
          entry: JSON.stringify(entry),
          done_at: new Date(entry.atIso),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return reply.code(201).send({ id: row.id });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/clients/:id/log',
    {
      preHandler: auth,
      schema: {
        summary: "A client's training log, oldest set first",
        security: bearer,
        params: idParams,
        response: withErrors({ 200: { type: 'array', items: entryView } }),
      },
    },
    async (request, reply) => {
      const client = await findVisibleClient(db, callerOf(request), request.params.id);
      if (client === undefined) return reply.code(404).send(NOT_FOUND);
      const rows = await db
        .selectFrom('log_entry')
        .select(['id', 'set_id', 'entry', 'created_at'])
        .where('client_id', '=', client.id)
        .orderBy('done_at')
        .orderBy('created_at')
        .execute();
      return rows.map((r) => entryOut(r, r.entry));
    },
  );

  app.patch<{ Params: { id: string; entryId: string }; Body: { pain: PainScores } }>(
    '/api/clients/:id/log/:entryId',
    {
      preHandler: auth,
      schema: {
        summary: "Add pain scores to a logged set (e.g. the next morning's), keeping the others",
        security: bearer,
        params: entryParams,
        body: {
          type: 'object',
          properties: { pain: painSchema },
          required: ['pain'],
          additionalProperties: false,
        },
        response: withErrors({ 200: entryView }),
      },
    },
    async (request, reply) => {
      const client = await findVisibleClient(db, callerOf(request), request.params.id);
      if (client === undefined || !isUuid(request.params.entryId)) return reply.code(404).send(NOT_FOUND);
      const row = await db
        .selectFrom('log_entry')
        .select(['id', 'set_id', 'entry', 'created_at'])
        .where('id', '=', request.params.entryId)
        .where('client_id', '=', client.id)
        .executeTakeFirst();
      if (row === undefined) return reply.code(404).send(NOT_FOUND);
      let entry: StoredEntry;
      try {
        const stored = { id: 1, ...(row.entry as StoredEntry) };
        const { id: _id, ...updated } = setPain({ ...emptyLog(), sets: [stored] }, 1, request.body.pain)
          .sets[0]!;
        entry = updated;
      } catch (error) {
        if (error instanceof LogEntryError) return reply.code(400).send({ error: error.message });
        throw error;
      }
      await db
        .updateTable('log_entry')
        .set({ entry: JSON.stringify(entry) })
        .where('id', '=', row.id)
        .execute();
      return entryOut(row, entry);
    },
  );
}
