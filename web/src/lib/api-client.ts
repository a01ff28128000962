/**
 * The Spotter server's JSON API (`spotter serve`, docs/server.md) from the browser: same origin, `Authorization:
 * Bearer <token>`, no cookies. The token lives in sessionStorage (gone when the tab closes; in memory when the
 * browser gives no storage). Every failure is an ApiError with the server's own message.
 */
import { useSyncExternalStore } from 'react';

export const TOKEN_KEY = 'spotter.serverToken.v1';

export type Role = 'trainer' | 'client';
export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface Account {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
}

export interface ClientRecord {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly linked: boolean;
  /** Shown to the trainer until the client accepts it. */
  readonly inviteCode?: string;
}

export interface SharedSet {
  readonly id: string;
  readonly createdAt: string;
  /** `device`: analysed where it was filmed (no video sent); `server`: an uploaded video analysed by a worker. */
  readonly source: 'device' | 'server';
  /** The CLI's JSON report. */
  readonly report: unknown;
}

export interface SharedSetInFull extends SharedSet {
  /** The keypoint track (docs/track-format.md), null when only the report was sent. */
  readonly track: unknown;
}

export interface AnalysisJob {
  readonly id: string;
  readonly clientId: string;
  readonly state: JobState;
  readonly attempts: number;
  readonly setId?: string;
  readonly error?: string;
}

/** A logged set as the server keeps it: src/log's LoggedSet without its number. */
export interface ServerLogEntry {
  readonly id: string;
  readonly createdAt: string;
  readonly setId?: string;
  readonly entry: unknown;
}

export interface LogEntryInput {
  readonly atIso: string;
  readonly loadKg: number;
  readonly reps: number;
  readonly rir?: number;
  readonly pain?: { readonly during?: number; readonly after?: number; readonly nextMorning?: number };
  readonly notes?: string;
  readonly setId?: string;
}

export interface TriageCheck {
  readonly id: string;
  readonly createdAt: string;
  /** The coach's TriageResult as it was given. */
  readonly result: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// --- the token -------------------------------------------------------------------------------------------

const listeners = new Set<() => void>();
let memoryToken: string | null = null;

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function currentToken(): string | null {
  try {
    return storage()?.getItem(TOKEN_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}

function setToken(token: string | null): void {
  memoryToken = token;
  try {
    if (token === null) storage()?.removeItem(TOKEN_KEY);
    else storage()?.setItem(TOKEN_KEY, token);
  } catch {
    // storage refused: the in-memory copy serves this page
  }
  for (const l of listeners) l();
}

/** React hook: the session's token (re-rendered on log in and log out). */
export function useToken(): string | null {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, currentToken);
}

export function logOut(): void {
  setToken(null);
}

// --- requests --------------------------------------------------------------------------------------------

async function request<T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> {
  const token = currentToken();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  let payload: BodyInit | undefined;
  if (body instanceof Blob) {
    payload = body;
    headers['content-type'] = contentType ?? 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, cache: 'no-store', credentials: 'omit' });
  } catch {
    throw new ApiError(0, 'The Spotter server cannot be reached. Check your connection and try again.');
  }
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    // not JSON: a proxy's page or a server that is not Spotter
  }
  if (!res.ok) {
    const message =
      typeof json === 'object' && json !== null && typeof (json as { error?: unknown }).error === 'string'
        ? (json as { error: string }).error
        : `The server answered ${res.status} ${res.statusText}.`;
    // An expired or revoked token: forget it, so the page asks to log in again.
    if (res.status === 401 && token !== null) setToken(null);
    throw new ApiError(res.status, message);
  }
  return json as T;
}

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;

/** Whether this page is served by a Spotter server (the on-device app also runs without one). */
export async function serverHealth(): Promise<boolean> {
  try {
    const h = await request<{ status?: string }>('GET', '/api/health');
    return h?.status === 'ok';
  } catch {
    return false;
  }
}

export async function signUp(email: string, password: string, role: Role): Promise<void> {
  await request('POST', '/api/signup', { email, password, role });
}

export async function logIn(email: string, password: string): Promise<void> {
  const { token } = await request<{ token: string }>('POST', '/api/login', { email, password });
  setToken(token);
}

export const me = () => request<Account>('GET', '/api/me');
export const listClients = () => request<ClientRecord[]>('GET', '/api/clients');
export const getClient = (clientId: string) => request<ClientRecord>('GET', clientPath(clientId));
export const addClient = (name: string) =>
  request<{ id: string; inviteCode: string }>('POST', '/api/clients', { name });
export const acceptInvite = (code: string) =>
  request<{ clientId: string }>('POST', '/api/invites/accept', { code });

export const listSets = (clientId: string) => request<SharedSet[]>('GET', `${clientPath(clientId)}/sets`);
export const getSet = (clientId: string, setId: string) =>
  request<SharedSetInFull>('GET', `${clientPath(clientId)}/sets/${encodeURIComponent(setId)}`);
/** Shares a set analysed on this device: its JSON report and keypoint track, no video. */
export const shareSet = (clientId: string, report: unknown, track: unknown) =>
  request<{ id: string }>('POST', `${clientPath(clientId)}/sets`, { report, track });
/** Uploads the video itself for analysis on the server (the explicit, non-default choice). */
export const uploadVideo = (clientId: string, video: Blob) =>
  request<{ jobId: string }>('POST', `${clientPath(clientId)}/videos`, video, video.type || undefined);
export const getJob = (jobId: string) =>
  request<AnalysisJob>('GET', `/api/jobs/${encodeURIComponent(jobId)}`);

export const getLog = (clientId: string) => request<ServerLogEntry[]>('GET', `${clientPath(clientId)}/log`);
export const addLogEntry = (clientId: string, entry: LogEntryInput) =>
  request<{ id: string }>('POST', `${clientPath(clientId)}/log`, entry);

export const listTriage = (clientId: string) =>
  request<TriageCheck[]>('GET', `${clientPath(clientId)}/triage`);
export const addTriage = (clientId: string, answers: unknown) =>
  request<TriageCheck>('POST', `${clientPath(clientId)}/triage`, answers);
