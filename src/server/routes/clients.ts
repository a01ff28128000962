/**
 * Clients: a trainer creates them (and gets an invite code to give the person); a client account accepts the
 * code and from then on sees that one client record, its sets and jobs, and can send it sets.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { callerOf, requireAccount } from '../auth/authenticate.js';
import type { ClientRow, Database } from '../db/schema.js';
import { bearer, errorSchema, idParams, withErrors } from './schemas.js';
import { findVisibleClient, NOT_FOUND, visibleClients } from './scope.js';

const clientSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    linked: { type: 'boolean', description: 'A client account has accepted the invite.' },
    inviteCode: { type: 'string', description: 'Shown to the trainer until the client accepts it.' },
  },
  required: ['id', 'name', 'createdAt', 'linked'],
} as const;

function clientView(row: ClientRow, forTrainer: boolean) {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    linked: row.account_id !== null,
    ...(forTrainer && row.invite_code !== null && { inviteCode: row.invite_code }),
  };
}

export function clientRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const auth = requireAccount(db);

  app.post<{ Body: { name: string } }>(
    '/api/clients',
    {
      preHandler: auth,
      schema: {
        summary: 'Add a client (trainers only)',
        security: bearer,
        body: {
          type: 'object',
          properties: { name: { type: 'string', minLength: 1, maxLength: 200 } },
          required: ['name'],
          additionalProperties: false,
        },
        response: withErrors({
          201: {
            type: 'object',
            properties: { id: { type: 'string' }, inviteCode: { type: 'string' } },
            required: ['id', 'inviteCode'],
          },
          403: errorSchema,
        }),
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      if (caller.role !== 'trainer') return reply.code(403).send({ error: 'Only trainers add clients.' });
      const inviteCode = randomBytes(12).toString('base64url');
      const row = await db
        .insertInto('client')
        .values({ trainer_id: caller.id, name: request.body.name.trim(), invite_code: inviteCode })
        .returning('id')
        .executeTakeFirstOrThrow();
      return reply.code(201).send({ id: row.id, inviteCode });
    },
  );

  app.get(
    '/api/clients',
    {
      preHandler: auth,
      schema: {
        summary: "The caller's clients (a client account: its own record)",
        security: bearer,
        response: withErrors({ 200: { type: 'array', items: clientSchema } }),
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const rows = await visibleClients(db, caller).selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map((row) => clientView(row, caller.role === 'trainer'));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/clients/:id',
    {
      preHandler: auth,
      schema: {
        summary: 'One client',
        security: bearer,
        params: idParams,
        response: withErrors({ 200: clientSchema }),
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const row = await findVisibleClient(db, caller, request.params.id);
      if (row === undefined) return reply.code(404).send(NOT_FOUND);
      return clientView(row, caller.role === 'trainer');
    },
  );

  app.post<{ Body: { code: string } }>(
    '/api/invites/accept',
    {
      preHandler: auth,
      schema: {
        summary: "A client account accepts its trainer's invite code",
        security: bearer,
        body: {
          type: 'object',
          properties: { code: { type: 'string', minLength: 1, maxLength: 64 } },
          required: ['code'],
          additionalProperties: false,
        },
        response: withErrors({
          200: { type: 'object', properties: { clientId: { type: 'string' } }, required: ['clientId'] },
          403: errorSchema,
        }),
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      if (caller.role !== 'client')
        return reply.code(403).send({ error: 'Only client accounts accept invites.' });
      const row = await db
        .updateTable('client')
        .set({ account_id: caller.id, invite_code: null })
        .where('invite_code', '=', request.body.code)
        .where('account_id', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (row === undefined) return reply.code(404).send({ error: 'No open invite with this code.' });
      return { clientId: row.id };
    },
  );
}
