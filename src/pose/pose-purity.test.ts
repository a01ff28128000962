/**
 * src/pose runs in the browser's Web Worker too: it may import only tfjs packages and the engine's types,
 * never Node APIs or adapters (platform bits are injected through PoseEstimatorDeps).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const POSE_DIR = path.dirname(fileURLToPath(import.meta.url));
const ALLOWED_PACKAGES = [
  '@tensorflow/tfjs-core',
  '@tensorflow/tfjs-converter',
  '@tensorflow/tfjs-backend-wasm',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('src/pose is platform-neutral', () => {
  it.each(sourceFiles(POSE_DIR).map((f) => [path.relative(POSE_DIR, f), f]))(
    '%s imports no Node API',
    (_n, file) => {
      const specifiers = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const s of specifiers) {
        if (s.startsWith('.')) {
          expect(s, 'relative imports stay in src/pose or the engine core').not.toMatch(/adapters|cli|web/);
        } else {
          expect(ALLOWED_PACKAGES, `package import '${s}'`).toContain(s);
        }
      }
    },
  );
});
