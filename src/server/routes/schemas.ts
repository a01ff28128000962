/** JSON schemas of the API's bodies and answers: Fastify validates with them and /api/openapi.json shows them. */
import type {} from '@fastify/swagger'; // adds summary/security to route schemas
import type {} from '@fastify/rate-limit'; // adds config.rateLimit to routes
export const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' } },
  required: ['error'],
} as const;

export const idParams = {
  type: 'object',
  properties: { id: { type: 'string' } },
  required: ['id'],
} as const;

export const created = {
  type: 'object',
  properties: { id: { type: 'string', format: 'uuid' } },
  required: ['id'],
} as const;

export const bearer = [{ bearerAuth: [] }];

/** The CLI's JSON report (`spotter analyze --json`, docs/report-format.md); checked in full by the report parser. */
export const reportSchema = {
  type: 'object',
  description: 'The JSON report `spotter analyze --json` writes (reps, faults, view, notAssessable, ...).',
  properties: {
    reps: { type: 'array', items: { type: 'object', additionalProperties: true } },
    faults: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
  required: ['reps', 'faults'],
  additionalProperties: true,
} as const;

/** Error answers every authenticated route can give. */
export function withErrors<T extends Record<number, unknown>>(ok: T) {
  return { ...ok, 400: errorSchema, 401: errorSchema, 404: errorSchema };
}
