/**
 * The HTTP API as a Fastify app (no listening socket: runtime.ts listens, tests use app.inject). Security
 * headers and CSP on every answer, rate-limited login, bearer tokens (no cookies, so no CSRF surface), the
 * OpenAPI document built from the routes' own schemas at /api/openapi.json, and the built web app at /.
 */
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';
import { accountRoutes } from './routes/accounts.js';
import { clientLogRoutes } from './routes/client-log.js';
import { clientTriageRoutes } from './routes/client-triage.js';
import { clientRoutes } from './routes/clients.js';
import { healthRoutes } from './routes/health.js';
import { jobRoutes, type QueueJobState } from './routes/jobs.js';
import { setDetailRoutes } from './routes/set-detail.js';
import { setRoutes } from './routes/sets.js';
import { videoRoutes, type EnqueueAnalysis } from './routes/videos.js';
import { defaultWebDir, webAppRoutes } from './routes/web-app.js';
import type { ServerSettings } from './settings.js';

export interface AppDependencies {
  readonly db: Kysely<Database>;
  readonly databaseKind: 'postgresql' | 'pglite';
  readonly settings: ServerSettings;
  readonly enqueueAnalysis: EnqueueAnalysis;
  readonly queueJobState: QueueJobState;
  readonly version: string;
  /** Fastify's logger (off in tests). */
  readonly logger?: boolean;
}

export const API_CSP = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: deps.settings.jsonMaxBytes,
    trustProxy: false,
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.decorateRequest('caller', null);
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Spotter server API',
        version: deps.version,
        description:
          'Trainers and clinics: accounts, clients, sets (the CLI JSON report), training log and back-pain checks per client, and server-side video analysis jobs. JSON over HTTP; Authorization: Bearer <token> from POST /api/login. Resources of another account answer 404.',
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    },
  });

  app.setErrorHandler(
    (error: { statusCode?: number; validation?: unknown; message: string }, request, reply) => {
      const status = error.statusCode ?? 500;
      if (status >= 500) request.log.error(error);
      void reply.code(status).send({ error: status >= 500 ? 'Internal server error.' : error.message });
    },
  );
  app.setNotFoundHandler((_request, reply) => void reply.code(404).send({ error: 'Not found.' }));

  healthRoutes(app, deps.databaseKind);
  accountRoutes(app, deps.db, deps.settings);
  clientRoutes(app, deps.db);
  setRoutes(app, deps.db);
  videoRoutes(app, deps.db, deps.settings, deps.enqueueAnalysis);
  jobRoutes(app, deps.db, deps.queueJobState);
  setDetailRoutes(app, deps.db);
  clientLogRoutes(app, deps.db);
  clientTriageRoutes(app, deps.db);
  webAppRoutes(app, deps.settings.webDir ?? defaultWebDir());
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.ready();
  return app;
}
