/**
 * The embedded database's data directory. Creating an empty PostgreSQL cluster (initdb, in WebAssembly) is most
 * of a fresh start: ~4 s of one core on a quiet machine, against ~0.6 s to open an existing cluster. So an empty
 * cluster is made once per machine and PGlite version, in the user's cache folder, and a fresh data directory
 * is a plain file copy of it (the cluster keeps no absolute paths: PGlite mounts it at a fixed virtual path).
 * Anything that goes wrong with the cache (read-only home, full disk) falls back to PGlite's own initdb.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, rename, rm, rmdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

export type DataDirOrigin = 'existing' | 'copied' | 'initdb';

/** A PostgreSQL cluster has PG_VERSION at its top. */
const isCluster = (dir: string) => existsSync(path.join(dir, 'PG_VERSION'));

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name?: string;
      version?: string;
    };
    if (name === '@electric-sql/pglite' && version !== undefined) return version;
  }
  throw new Error('the installed @electric-sql/pglite has no version');
}

/** Where the empty clusters are kept: SPOTTER_CACHE_DIR, else $XDG_CACHE_HOME/spotter, else ~/.cache/spotter. */
export function spotterCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SPOTTER_CACHE_DIR) return env.SPOTTER_CACHE_DIR;
  return path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'spotter');
}

/** Makes the cache's empty cluster if it is not there yet (concurrent starts: the first rename wins). */
async function emptyCluster(cacheDir: string): Promise<string> {
  const template = path.join(cacheDir, `pglite-${pgliteVersion()}-empty-cluster`);
  if (isCluster(template)) return template;
  await mkdir(cacheDir, { recursive: true });
  const part = `${template}.${process.pid}.part`;
  await rm(part, { recursive: true, force: true });
  const pglite = await PGlite.create({ dataDir: part });
  await pglite.close();
  try {
    await rename(part, template);
  } catch (error) {
    await rm(part, { recursive: true, force: true });
    if (!isCluster(template)) throw error;
  }
  return template;
}

/**
 * Makes `dir` a PostgreSQL cluster PGlite can open: left alone if it is one, else copied from the cached empty
 * cluster. 'initdb' = the cache could not be used; PGlite will create the cluster itself.
 */
export async function preparePgliteDataDir(dir: string, cacheDir: string): Promise<DataDirOrigin> {
  if (isCluster(dir)) return 'existing';
  if (existsSync(dir) && readdirSync(dir).length > 0) return 'initdb'; // not ours to replace
  const part = `${dir}.${process.pid}.part`;
  try {
    const template = await emptyCluster(cacheDir);
    await rm(part, { recursive: true, force: true });
    await cp(template, part, { recursive: true });
    if (existsSync(dir)) await rmdir(dir);
    await rename(part, dir);
    return 'copied';
  } catch {
    await rm(part, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    return 'initdb';
  }
}
