/**
 * The one output-path policy of every CLI command that writes files (docs/reliability.md):
 *
 * - checked before any work starts: each output path must be writable (its folder exists and is writable, it
 *   is not a folder, FIFO, device or socket, not a read-only file), must not be the same file as an input
 *   (compared after following symbolic links, by device and inode), and no two outputs may name the same file
 *   or both write to standard output ("-"); a conflict is a usage error (exit 2), an unwritable path exit 3;
 * - written all or nothing as far as a file system allows: every output is first written in full to a
 *   temporary file beside its target, and only when all are complete are they renamed into place; if a rename
 *   still fails, the error says which outputs were written;
 * - each error names the flag involved and says what to do.
 *
 * Writing itself (symbolic links followed, mode kept, atomic rename) is `beginAtomicWrite`'s.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FileAccessError } from '../adapters/node/file-access-error.js';
import { inspectOutputPath, type OutputTarget } from '../adapters/node/output-target.js';
import { beginAtomicWrite } from '../adapters/node/write-file-atomic.js';
import { CliError, EXIT, type CliIo } from './command.js';

/** An output file a command was asked to write. */
export interface OutputRequest {
  /** The option that names it, e.g. "--json". */
  readonly flag: string;
  /** As given on the command line; "-" is standard output; undefined = not asked for. */
  readonly path: string | undefined;
  /** A file name to suggest in hints, e.g. "report.json". */
  readonly example: string;
}

/** A file a command reads, which no output may replace. */
export interface InputRequest {
  /** As given; undefined = not given. */
  readonly path: string | undefined;
  /** How to name it in a message, e.g. "the keypoint track (--keypoints)". */
  readonly what: string;
}

/** A finished temporary file waiting to be moved into place. */
export interface StagedFile {
  commit(): Promise<void>;
  discard(): Promise<void>;
}

type Planned =
  | { readonly request: OutputRequest; readonly given: string; readonly kind: 'stdout' }
  | {
      readonly request: OutputRequest;
      readonly given: string;
      readonly kind: 'file';
      readonly file: OutputTarget;
    };

type Staged =
  | { readonly planned: Planned; readonly kind: 'stdout'; readonly text: string }
  | { readonly planned: Planned; readonly kind: 'file'; readonly file: StagedFile };

function sameFile(a: { dev: number; ino: number }, b: { dev: number; ino: number }): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** The CliError for an output path that cannot be written, naming the flag and what to do. */
export function outputPathError(request: OutputRequest, given: string, err: FileAccessError): CliError {
  const { flag, example } = request;
  const hints: Record<FileAccessError['reason'], string> = {
    is_directory: `Give ${flag} a file name, e.g. ${flag} ${join(given, example)}.`,
    not_regular: `Spotter replaces only regular files: give ${flag} a file path, or - for standard output.`,
    not_found: `Create the folder first, or give ${flag} a path in an existing folder.`,
    permission: `Choose a writable place for ${flag}, e.g. ${flag} ${example} in your own folder.`,
    too_large: `Choose another path for ${flag}.`,
    other: `Choose another path for ${flag}.`,
  };
  return new CliError(`Cannot write ${flag} ${given}: ${err.why}.`, EXIT.badInput, hints[err.reason]);
}

/** The outputs of one command run: checked up front, staged, then committed together. */
export class Outputs {
  private readonly staged: Staged[] = [];

  private constructor(private readonly planned: readonly Planned[]) {}

  /**
   * Checks every requested output of a command against the policy, before any work starts. Relative paths are
   * relative to `io.cwd`. Throws a CliError (exit 2 for a conflict, 3 for a path that cannot be written).
   */
  static async check(
    io: Pick<CliIo, 'cwd'>,
    request: { readonly inputs: readonly InputRequest[]; readonly outputs: readonly OutputRequest[] },
  ): Promise<Outputs> {
    const planned: Planned[] = [];
    for (const output of request.outputs) {
      const given = output.path;
      if (given === undefined) continue;
      if (given === '-') {
        const other = planned.find((p) => p.kind === 'stdout');
        if (other !== undefined) {
          throw new CliError(
            `${other.request.flag} and ${output.flag} both write to standard output (-).`,
            EXIT.usage,
            `Give one of them a file name, e.g. ${output.flag} ${output.example}.`,
          );
        }
        planned.push({ request: output, given, kind: 'stdout' });
        continue;
      }
      let file: OutputTarget;
      try {
        file = await inspectOutputPath(given, io.cwd);
      } catch (err) {
        if (err instanceof FileAccessError) throw outputPathError(output, given, err);
        throw err;
      }
      for (const input of request.inputs) {
        if (input.path === undefined || input.path === '-') continue;
        const info = await stat(resolve(io.cwd, input.path)).catch(() => undefined);
        if (info !== undefined && file.existing !== undefined && sameFile(info, file.existing)) {
          throw new CliError(
            `${output.flag} ${given} is ${input.what}: writing there would destroy it.`,
            EXIT.usage,
            `Give ${output.flag} a new file name, e.g. ${output.flag} ${output.example}.`,
          );
        }
      }
      const twin = planned.find(
        (p) =>
          p.kind === 'file' &&
          (p.file.target === file.target ||
            (p.file.existing !== undefined &&
              file.existing !== undefined &&
              sameFile(p.file.existing, file.existing))),
      );
      if (twin !== undefined) {
        throw new CliError(
          `${twin.request.flag} and ${output.flag} name the same file (${given}): one would overwrite the other.`,
          EXIT.usage,
          `Give each output its own file, e.g. ${output.flag} ${output.example}.`,
        );
      }
      planned.push({ request: output, given, kind: 'file', file });
    }
    return new Outputs(planned);
  }

  private find(flag: string): Planned | undefined {
    return this.planned.find((p) => p.request.flag === flag);
  }

  /** Whether `flag` was given (a file or "-"). */
  wants(flag: string): boolean {
    return this.find(flag) !== undefined;
  }

  /** Whether some output goes to standard output (then the text summary must not). */
  get usesStdout(): boolean {
    return this.planned.some((p) => p.kind === 'stdout');
  }

  /** The files that will be written, as given: [flag, path] in request order (not standard output). */
  get files(): readonly (readonly [string, string])[] {
    return this.planned.filter((p) => p.kind === 'file').map((p) => [p.request.flag, p.given] as const);
  }

  /**
   * Writes the output of `flag` in full to its temporary file (or holds standard output's text), to appear
   * with `commit`. `content` is the text, or a writer that starts a StagedFile at the absolute target path
   * (for large files written in pieces). Nothing happens when `flag` was not asked for. A failure discards
   * everything staged so far and says that nothing was written.
   */
  async stage(flag: string, content: string | ((path: string) => Promise<StagedFile>)): Promise<void> {
    const planned = this.find(flag);
    if (planned === undefined) return;
    if (planned.kind === 'stdout') {
      if (typeof content !== 'string') throw new Error(`${flag}: standard output needs the text itself`);
      this.staged.push({ planned, kind: 'stdout', text: content });
      return;
    }
    try {
      let file: StagedFile;
      if (typeof content === 'string') {
        const write = await beginAtomicWrite(planned.file.path);
        try {
          await write.write(content);
        } catch (err) {
          await write.discard();
          throw err;
        }
        file = write;
      } else {
        file = await content(planned.file.path);
      }
      this.staged.push({ planned, kind: 'file', file });
    } catch (err) {
      await this.discard();
      if (err instanceof FileAccessError) {
        const base = outputPathError(planned.request, planned.given, err);
        throw new CliError(`${base.message.slice(0, -1)}; no output was written.`, base.exitCode, base.hint);
      }
      throw err;
    }
  }

  /**
   * Moves every staged file into place, in the order staged, then prints the standard-output text. When a file
   * cannot be moved into place, the rest are discarded and the error names the outputs already written.
   */
  async commit(io: Pick<CliIo, 'stdout'>): Promise<void> {
    const written: string[] = [];
    const files = this.staged.filter((s) => s.kind === 'file');
    for (const [i, staged] of files.entries()) {
      try {
        await staged.file.commit();
        written.push(`${staged.planned.request.flag} ${staged.planned.given}`);
      } catch (err) {
        for (const rest of files.slice(i + 1)) await rest.file.discard();
        this.staged.length = 0;
        const done = written.length > 0 ? `already written: ${written.join(', ')}` : 'no output was written';
        const base =
          err instanceof FileAccessError
            ? outputPathError(staged.planned.request, staged.planned.given, err)
            : new CliError(
                `Cannot write ${staged.planned.request.flag} ${staged.planned.given}: ${err instanceof Error ? err.message : String(err)}.`,
                EXIT.badInput,
              );
        throw new CliError(`${base.message.slice(0, -1)}; ${done}.`, base.exitCode, base.hint);
      }
    }
    for (const staged of this.staged) if (staged.kind === 'stdout') io.stdout(staged.text);
    this.staged.length = 0;
  }

  /** Removes every staged temporary file (the command failed before commit). Safe to call after commit. */
  async discard(): Promise<void> {
    const staged = this.staged.splice(0);
    for (const s of staged) if (s.kind === 'file') await s.file.discard();
  }
}
