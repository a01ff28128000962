/** Sign-up, login (rate-limited, scrypt-checked, expiring token) and "who am I". */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { callerOf, requireAccount } from '../auth/authenticate.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/passwords.js';
import { issueToken } from '../auth/tokens.js';
import { ROLES, type Database, type Role } from '../db/schema.js';
import type { ServerSettings } from '../settings.js';
import { bearer, created, errorSchema } from './schemas.js';

/** NIST SP 800-63B: at least 8 characters; a cap keeps the KDF's input bounded. */
export const PASSWORD_LENGTH = { min: 8, max: 256 } as const;

const credentials = {
  type: 'object',
  properties: {
    email: { type: 'string', format: 'email', maxLength: 254 },
    password: { type: 'string', minLength: PASSWORD_LENGTH.min, maxLength: PASSWORD_LENGTH.max },
  },
  required: ['email', 'password'],
  additionalProperties: false,
} as const;

const accountSchema = {
  type: 'object',
  properties: { id: { type: 'string' }, email: { type: 'string' }, role: { enum: [...ROLES] } },
  required: ['id', 'email', 'role'],
} as const;

const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function accountRoutes(app: FastifyInstance, db: Kysely<Database>, settings: ServerSettings): void {
  app.post<{ Body: { email: string; password: string; role: Role } }>(
    '/api/signup',
    {
      schema: {
        summary: 'Create an account (trainer or client)',
        body: {
          ...credentials,
          properties: { ...credentials.properties, role: { enum: [...ROLES] } },
          required: [...credentials.required, 'role'],
        },
        response: { 201: created, 400: errorSchema, 409: errorSchema },
      },
    },
    async (request, reply) => {
      const { email, password, role } = request.body;
      const passwordHash = await hashPassword(password);
      const row = await db
        .insertInto('account')
        .values({ email: normaliseEmail(email), role, password_hash: passwordHash })
        .onConflict((c) => c.column('email').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (row === undefined) return reply.code(409).send({ error: 'An account with this email exists.' });
      return reply.code(201).send({ id: row.id });
    },
  );

  app.post<{ Body: { email: string; password: string } }>(
    '/api/login',
    {
      config: {
        rateLimit: { max: settings.loginAttemptsPerWindow, timeWindow: settings.loginWindowMs },
      },
      schema: {
        summary: 'Log in: a bearer token that expires',
        body: { ...credentials, properties: { ...credentials.properties, password: { type: 'string' } } },
        response: {
          200: {
            type: 'object',
            properties: { token: { type: 'string' }, expiresAt: { type: 'string', format: 'date-time' } },
            required: ['token', 'expiresAt'],
          },
          400: errorSchema,
          401: errorSchema,
          429: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const account = await db
        .selectFrom('account')
        .select(['id', 'password_hash'])
        .where('email', '=', normaliseEmail(request.body.email))
        .executeTakeFirst();
      const ok = await verifyPassword(
        request.body.password.slice(0, PASSWORD_LENGTH.max),
        account?.password_hash ?? (await dummyPasswordHash()),
      );
      if (account === undefined || !ok) return reply.code(401).send({ error: 'Wrong email or password.' });
      const token = await issueToken(db, account.id, settings.tokenTtlS);
      return { token, expiresAt: new Date(Date.now() + settings.tokenTtlS * 1000).toISOString() };
    },
  );

  app.get(
    '/api/me',
    {
      preHandler: requireAccount(db),
      schema: {
        summary: 'The logged-in account',
        security: bearer,
        response: { 200: accountSchema, 401: errorSchema },
      },
    },
    async (request) => callerOf(request),
  );
}
