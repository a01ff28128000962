/** The server's tables as Kysely sees them (created by ./migrations.ts). */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { TriageLevel } from '../../coach/index.js';

export const ROLES = ['trainer', 'client'] as const;
export type Role = (typeof ROLES)[number];

export const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Json = ColumnType<unknown, string, string>;

export interface AccountTable {
  id: Generated<string>;
  email: string;
  role: Role;
  /** scrypt$N$r$p$salt$hash (./auth/passwords.ts). */
  password_hash: string;
  created_at: CreatedAt;
}

export interface SessionTable {
  /** SHA-256 of the bearer token: a database leak gives no usable token. */
  token_sha256: string;
  account_id: string;
  expires_at: Date;
  created_at: CreatedAt;
}

export interface ClientTable {
  id: Generated<string>;
  /** The trainer who created (and owns) this client record. */
  trainer_id: string;
  /** The client's own account, once they accepted the trainer's invite. */
  account_id: string | null;
  name: string;
  /** Single-use code the trainer gives the client; cleared when accepted. */
  invite_code: string | null;
  created_at: CreatedAt;
}

export interface SetTable {
  id: Generated<string>;
  client_id: string;
  /** The CLI's JSON report (`spotter analyze --json`). */
  report: Json;
  /** Its keypoint track, when sent (docs/track-format.md). */
  track: Json | null;
  source: 'device' | 'server';
  created_at: CreatedAt;
}

export interface AnalysisJobTable {
  id: Generated<string>;
  client_id: string;
  /** Who uploaded the video. */
  account_id: string;
  state: JobState;
  /** Under the data directory's uploads/ folder. */
  video_file: string;
  video_bytes: number;
  /** pg-boss's id for the queued work. */
  queue_job_id: string | null;
  set_id: string | null;
  error: string | null;
  attempts: Generated<number>;
  created_at: CreatedAt;
  updated_at: Date;
}

/** One set of a client's training log (load, reps, effort, pain), as src/log's LoggedSet without its number. */
export interface LogEntryTable {
  id: Generated<string>;
  client_id: string;
  /** The shared set this entry logs, whose report gave its `analysis`. */
  set_id: string | null;
  /** src/log's LoggedSet minus `id` (atIso keeps the lifter's own UTC offset). */
  entry: Json;
  /** atIso as a timestamp, for ordering. */
  done_at: Date;
  created_at: CreatedAt;
}

/** A back-pain check: the answers (docs/triage-answers.md) and the triage result they gave at the time. */
export interface TriageCheckTable {
  id: Generated<string>;
  client_id: string;
  answers: Json;
  result: Json;
  level: TriageLevel;
  created_at: CreatedAt;
}

export interface Database {
  account: AccountTable;
  session: SessionTable;
  client: ClientTable;
  training_set: SetTable;
  analysis_job: AnalysisJobTable;
  log_entry: LogEntryTable;
  triage_check: TriageCheckTable;
}

export type AccountRow = Selectable<AccountTable>;
export type ClientRow = Selectable<ClientTable>;
export type NewSet = Insertable<SetTable>;
