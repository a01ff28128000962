/**
 * `Authorization: Bearer <token>` -> request.account. Routes that need a caller add `preHandler: requireAccount`;
 * a missing, unknown or expired token answers 401 before the route runs.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database, Role } from '../db/schema.js';
import { accountForToken } from './tokens.js';

export interface Caller {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header ?? '');
  return match?.[1];
}

export function requireAccount(db: Kysely<Database>) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const token = bearerToken(request.headers.authorization);
    const caller = token !== undefined ? await accountForToken(db, token) : undefined;
    if (caller === undefined) {
      await reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: 'Log in first: send Authorization: Bearer <token> from POST /api/login.' });
      return;
    }
    request.caller = caller;
  };
}

/** The caller, for routes behind requireAccount. */
export function callerOf(request: FastifyRequest): Caller {
  if (request.caller === null) throw new Error('route is missing its requireAccount preHandler');
  return request.caller;
}
