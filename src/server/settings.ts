/** The server's limits and lifetimes, in one typed place (defaults documented in docs/server.md). */
export interface ServerSettings {
  /** How long a login token stays valid. */
  readonly tokenTtlS: number;
  /** Largest video accepted for server-side analysis. */
  readonly uploadMaxBytes: number;
  /** Largest JSON body (a report with its keypoint track). */
  readonly jsonMaxBytes: number;
  /** Login attempts allowed per client address per window. */
  readonly loginAttemptsPerWindow: number;
  readonly loginWindowMs: number;
  /** Where uploaded videos are kept until analysed (every worker must read the same folder). */
  readonly uploadsDir: string;
  /** The built web app served at / (default: the project's web-dist/, built by `vite build`). */
  readonly webDir?: string;
}

export const DEFAULT_SETTINGS: Omit<ServerSettings, 'uploadsDir'> = {
  tokenTtlS: 12 * 60 * 60,
  uploadMaxBytes: 512 * 1024 * 1024,
  jsonMaxBytes: 32 * 1024 * 1024,
  loginAttemptsPerWindow: 10,
  loginWindowMs: 60_000,
};
