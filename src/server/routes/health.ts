import type { FastifyInstance } from 'fastify';

export function healthRoutes(app: FastifyInstance, database: 'postgresql' | 'pglite'): void {
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'The server is up',
        response: {
          200: {
            type: 'object',
            properties: { status: { const: 'ok' }, database: { enum: ['postgresql', 'pglite'] } },
            required: ['status', 'database'],
          },
        },
      },
    },
    async () => ({ status: 'ok' as const, database }),
  );
}
