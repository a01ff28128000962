/** `spotter serve` and `spotter worker`: the trainers' and clinics' server and its video analysis workers. */
import { readPackageVersion } from '../../adapters/node/package-version.js';
import { startServer, startWorker } from '../../server/runtime.js';
import { CliError, EXIT, type CliIo, type CommandHandler } from '../command.js';
import { parseOptions } from '../parse-options.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_DATA_DIR = 'spotter-data';

export const SERVE_HELP = `Usage:
  spotter serve [--port ${DEFAULT_PORT}] [--host 127.0.0.1] [--data DIR] [--no-worker] [--pose-threads N]

Runs the Spotter server for trainers and clinics: accounts, clients, sets shared from devices, and server-side
analysis of uploaded videos. JSON API under /api (OpenAPI at /api/openapi.json), bearer tokens; docs/server.md.

Database: PostgreSQL at $DATABASE_URL if set; otherwise an embedded PostgreSQL (PGlite) in DIR/pgdata, no
database server needed. Uploaded videos are kept in DIR/uploads.

Options:
  --port N            port to listen on (default ${DEFAULT_PORT}; 0 = any free port)
  --host ADDR         address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --data DIR          data folder (default ./${DEFAULT_DATA_DIR})
  --no-worker         do not analyse videos in this process (run \`spotter worker\` processes instead;
                      needs DATABASE_URL)
  --pose-threads N    pose threads for the in-process worker (default 1)
  -h, --help          show this help
`;

export const WORKER_HELP = `Usage:
  DATABASE_URL=postgres://... spotter worker [--data DIR] [--pose-threads N]

Analyses uploaded videos queued by \`spotter serve\` (pg-boss jobs on the same PostgreSQL), one at a time.
Start any number, on any machines that reach the database and see the server's DIR/uploads folder. A job whose
worker dies is retried after it expires (SPOTTER_JOB_EXPIRE_S, default 1800 s). With the embedded database,
\`spotter serve\` analyses the videos itself: extra workers need DATABASE_URL.

Options:
  --data DIR          the server's data folder (default ./${DEFAULT_DATA_DIR}); videos are read from DIR/uploads
  --pose-threads N    pose-estimation threads for each video (default 1)
  -h, --help          show this help
`;

function positiveInteger(text: string | undefined, option: string, fallback: number, min = 1): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > 65535) {
    throw new CliError(`--${option} must be a whole number from ${min}, got "${text}".`, EXIT.usage);
  }
  return value;
}

/** Resolves when the process is asked to stop (Ctrl-C, SIGTERM); a second signal then stops it at once. */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (signal: string) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.once('SIGINT', on);
    process.once('SIGTERM', on);
  });
}

const databaseUrl = () => process.env.DATABASE_URL || undefined;

export const serveCommand: CommandHandler = async (args, io: CliIo) => {
  const { values } = parseOptions(
    args,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'no-worker': { type: 'boolean' },
      'pose-threads': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'spotter serve',
  );
  if (values.help) {
    io.stdout(SERVE_HELP);
    return EXIT.ok;
  }
  const url = databaseUrl();
  if (values['no-worker'] && url === undefined) {
    throw new CliError(
      '--no-worker needs DATABASE_URL: with the embedded database only this process can analyse videos.',
      EXIT.usage,
    );
  }
  const dataDir = values.data ?? DEFAULT_DATA_DIR;
  const server = await startServer({
    dataDir,
    databaseUrl: url,
    env: process.env,
    port: positiveInteger(values.port, 'port', DEFAULT_PORT, 0),
    host: values.host ?? '127.0.0.1',
    version: readPackageVersion() ?? 'unknown',
    inProcessWorker: values['no-worker'] !== true,
    poseThreads: positiveInteger(values['pose-threads'], 'pose-threads', 1),
    events: { onCrash: (jobId, error) => io.stderr(`spotter: job ${jobId} crashed: ${String(error)}\n`) },
  });
  // performance.now() is the age of this process: the start as the user waits for it, module loading included.
  const loadingMs = Math.round(performance.now() - server.startupMs);
  io.stdout(
    `Spotter server listening on ${server.url} (database: ${
      server.database.kind === 'pglite'
        ? `embedded PGlite in ${dataDir}/pgdata`
        : 'PostgreSQL at DATABASE_URL'
    }; uploads in ${server.uploadsDir}; started in ${(performance.now() / 1000).toFixed(1)} s)\n`,
  );
  if (process.env.SPOTTER_DEBUG === '1') {
    const steps = Object.entries(server.startupSteps).map(([step, ms]) => `${step} ${ms} ms`);
    io.stderr(`spotter: start-up: loading ${loadingMs} ms, ${steps.join(', ')}\n`);
  }
  const signal = await stopSignal();
  io.stderr(
    `spotter: ${signal}: stopping the server once the video being analysed (if any) is done; again to stop now\n`,
  );
  await server.close();
  return EXIT.ok;
};

export const workerCommand: CommandHandler = async (args, io: CliIo) => {
  const { values } = parseOptions(
    args,
    { data: { type: 'string' }, 'pose-threads': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    'spotter worker',
  );
  if (values.help) {
    io.stdout(WORKER_HELP);
    return EXIT.ok;
  }
  const url = databaseUrl();
  if (url === undefined) {
    throw new CliError(
      'spotter worker needs DATABASE_URL (the PostgreSQL that spotter serve uses).',
      EXIT.usage,
      'With the embedded database, spotter serve analyses uploaded videos itself.',
    );
  }
  const worker = await startWorker({
    dataDir: values.data ?? DEFAULT_DATA_DIR,
    databaseUrl: url,
    env: process.env,
    poseThreads: positiveInteger(values['pose-threads'], 'pose-threads', 1),
    events: {
      onResult: (jobId, result) => io.stdout(`job ${jobId}: ${result}\n`),
      onCrash: (jobId, error) => io.stderr(`spotter: job ${jobId} crashed: ${String(error)}\n`),
    },
  });
  io.stdout(`Spotter worker waiting for videos (pid ${process.pid})\n`);
  const signal = await stopSignal();
  io.stderr(`spotter: ${signal}: finishing the current video, then stopping; again to stop now\n`);
  await worker.close();
  return EXIT.ok;
};
