/**
 * A client's back-pain checks on the server: the answers (docs/triage-answers.md) go through the coach's own
 * parser and triage rules (src/coach/triage), and the result they gave is kept as it was told, with the answers.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { parseTriageAnswers, TRIAGE_LEVELS, triage, TriageAnswersError } from '../../coach/index.js';
import { wordTriage } from '../../present/vocabulary/index.js';
import { callerOf, requireAccount } from '../auth/authenticate.js';
import type { Database } from '../db/schema.js';
import { bearer, idParams, withErrors } from './schemas.js';
import { findVisibleClient, NOT_FOUND } from './scope.js';

const resultSchema = {
  type: 'object',
  description:
    'The triage result, as `spotter triage --json` gives it: level, headline, reasons, unanswered, nextSteps, note, trainingAdviceAllowed, answers.',
  properties: { level: { enum: [...TRIAGE_LEVELS] } },
  required: ['level'],
  additionalProperties: true,
} as const;

const checkSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    result: resultSchema,
  },
  required: ['id', 'createdAt', 'result'],
} as const;

export function clientTriageRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const auth = requireAccount(db);

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(
    '/api/clients/:id/triage',
    {
      preHandler: auth,
      schema: {
        summary: "Record a client's back-pain check: the answers in, the triage result out",
        security: bearer,
        params: idParams,
        body: {
          type: 'object',
          description: "The triage answers (docs/triage-answers.md), checked by the coach's parser.",
          additionalProperties: true,
        },
        response: withErrors({ 201: checkSchema }),
      },
    },
    async (request, reply) => {
      const client = await findVisibleClient(db, callerOf(request), request.params.id);
      if (client === undefined) return reply.code(404).send(NOT_FOUND);
      let answers;
      try {
        answers = parseTriageAnswers(request.body).answers;
      } catch (error) {
        if (error instanceof TriageAnswersError) return reply.code(400).send({ error: error.message });
        throw error;
      }
      // Stored and answered worded for the app that shows it (the trainer's pages), as the set reports are.
      const result = wordTriage(triage(answers), 'app');
      const row = await db
        .insertInto('triage_check')
        .values({
          client_id: client.id,
          answers: JSON.stringify(answers),
          result: JSON.stringify(result),
          level: result.level,
        })
        .returning(['id', 'created_at'])
        .executeTakeFirstOrThrow();
      return reply.code(201).send({ id: row.id, createdAt: row.created_at.toISOString(), result });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/clients/:id/triage',
    {
      preHandler: auth,
      schema: {
        summary: "A client's back-pain checks, oldest first",
        security: bearer,
        params: idParams,
        response: withErrors({ 200: { type: 'array', items: checkSchema } }),
      },
    },
    async (request, reply) => {
      const client = await findVisibleClient(db, callerOf(request), request.params.id);
      if (client === undefined) return reply.code(404).send(NOT_FOUND);
      const rows = await db
        .selectFrom('triage_check')
        .select(['id', 'created_at', 'result'])
        .where('client_id', '=', client.id)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ id: r.id, createdAt: r.created_at.toISOString(), result: r.result }));
    },
  );
}
