/**
 * The built web app (`vite build --config web/vite.config.ts` -> web-dist/) served at `/` by `spotter serve`, so
 * trainers and clients use the same origin as the API (bearer tokens, no cookies). Its pages get a CSP fit for
 * the app (scripts, wasm, workers, media and API calls from this origin only) and cross-origin isolation (tfjs
 * wasm threads); /api keeps its own `default-src 'none'`. Files are read from the one folder, never outside it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { WEB_APP_CSP } from '../web-app-csp.js';
import { NOT_FOUND } from './scope.js';

/** web-dist/ at the project root (this file is src/server/routes/ or dist/server/routes/). */
export function defaultWebDir(): string {
  return fileURLToPath(new URL('../../../web-dist/', import.meta.url));
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file under `root` that `urlPath` names, or undefined (outside it, hidden, missing, not a file). */
export function webFile(root: string, urlPath: string): { file: string; bytes: number } | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.split('?')[0]!).replace(/^\/+/, '') || 'index.html';
  } catch {
    return undefined;
  }
  const segments = relative.split(/[\\/]/);
  if (relative.includes('\0') || segments.some((s) => s === '' || s.startsWith('.'))) return undefined;
  const file = path.resolve(root, ...segments);
  if (!file.startsWith(path.resolve(root) + path.sep)) return undefined;
  try {
    const stat = statSync(file);
    return stat.isFile() ? { file, bytes: stat.size } : undefined;
  } catch {
    return undefined;
  }
}

/** One `bytes=a-b` range within a file of `bytes` (media seeking); undefined for none or an unusable one. */
export function byteRange(
  header: string | undefined,
  bytes: number,
): { start: number; end: number } | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (m === null || (m[1] === '' && m[2] === '')) return undefined;
  const start = m[1] === '' ? Math.max(0, bytes - Number(m[2])) : Number(m[1]);
  const end = m[1] !== '' && m[2] !== '' ? Math.min(Number(m[2]), bytes - 1) : bytes - 1;
  return start <= end && start < bytes ? { start, end } : undefined;
}

function appHeaders(reply: FastifyReply, relative: string): void {
  void reply
    .header('content-security-policy', WEB_APP_CSP)
    .header('cross-origin-opener-policy', 'same-origin')
    .header('cross-origin-embedder-policy', 'require-corp')
    .header('cross-origin-resource-policy', 'same-origin')
    // Bundles are named by their hash; everything else (the page, the service worker) is checked every time.
    .header(
      'cache-control',
      relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
}

export function webAppRoutes(app: FastifyInstance, webDir: string): void {
  const built = existsSync(path.join(webDir, 'index.html'));
  const serve = async (urlPath: string, range: string | undefined, reply: FastifyReply) => {
    if (urlPath.startsWith('/api/') || urlPath === '/api') return reply.code(404).send(NOT_FOUND);
    if (!built) {
      return reply.code(404).send({
        error:
          'The web app is not built: run `npx vite build --config web/vite.config.ts` in the project folder, then restart spotter serve. The API is under /api.',
      });
    }
    const found = webFile(webDir, urlPath);
    if (found === undefined) return reply.code(404).send(NOT_FOUND);
    const relative = path.relative(webDir, found.file).split(path.sep).join('/');
    appHeaders(reply, relative);
    void reply
      .type(CONTENT_TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream')
      .header('accept-ranges', 'bytes');
    const part = byteRange(range, found.bytes);
    if (range !== undefined && part === undefined && /^bytes=/.test(range)) {
      return reply.code(416).header('content-range', `bytes */${found.bytes}`).send();
    }
    if (part !== undefined) {
      void reply
        .code(206)
        .header('content-range', `bytes ${part.start}-${part.end}/${found.bytes}`)
        .header('content-length', part.end - part.start + 1);
      return reply.send(createReadStream(found.file, part));
    }
    void reply.header('content-length', found.bytes);
    return reply.send(createReadStream(found.file));
  };
  app.get('/', { schema: { hide: true } }, (request, reply) => serve('/', request.headers.range, reply));
  app.get('/*', { schema: { hide: true } }, (request, reply) =>
    serve(request.url, request.headers.range, reply),
  );
}
