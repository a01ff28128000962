/** Builds the web app (the same build `npm start` serves) and the CLI once for all browser tests. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  if (process.env.SPOTTER_E2E_SKIP_BUILD === '1') return;
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  execFileSync(
    process.execPath,
    [
      path.join(repo, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: repo,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle and leave
      // import.meta.env.PROD false (no service worker): test the production build `npm start` serves.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  // The CLI the live tests compare against (`spotter analyze`, run from dist/) is built from the same sources.
  execFileSync(
    process.execPath,
    [path.join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: repo, stdio: 'inherit' },
  );
}
