/**
 * Analyses one uploaded video exactly as `spotter analyze <video> --json --save-track` does (the same command
 * code: ffmpeg decode, pose estimation, engine, coach plan), into a scratch folder, and reads back the report and
 * the track. A video the command refuses (not a video, nobody in it, too short...) is a final failure with the
 * command's own message; anything else (a crash) is thrown, so the job engine retries it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AnalysisError } from '../../engine/core/errors.js';
import { CliError, EXIT, type CliIo } from '../../cli/command.js';
import { analyzeVideoCommand } from '../../cli/commands/analyze-video.js';

export type VideoAnalysisOutcome =
  | { readonly ok: true; readonly report: unknown; readonly track: unknown }
  | { readonly ok: false; readonly error: string };

export interface VideoAnalysisOptions {
  /** Pose-estimation threads for this one video (a worker process runs one job at a time). */
  readonly poseThreads: number;
}

export async function analyseVideoFile(
  file: string,
  options: VideoAnalysisOptions,
): Promise<VideoAnalysisOutcome> {
  const dir = await mkdtemp(path.join(tmpdir(), 'spotter-job-'));
  const io: CliIo = { stdout: () => undefined, stderr: () => undefined, isTTY: false, cwd: dir };
  const jsonPath = path.join(dir, 'report.json');
  const trackPath = path.join(dir, 'track.json');
  try {
    const code = await analyzeVideoCommand(
      [
        file,
        '--json',
        jsonPath,
        '--save-track',
        trackPath,
        '--quiet',
        '--workers',
        String(options.poseThreads),
      ],
      io,
    );
    if (code !== EXIT.ok) return { ok: false, error: `analysis ended with exit code ${code}` };
    const [report, track] = await Promise.all([readFile(jsonPath, 'utf8'), readFile(trackPath, 'utf8')]);
    return { ok: true, report: JSON.parse(report), track: JSON.parse(track) };
  } catch (error) {
    if (error instanceof CliError) {
      return { ok: false, error: error.hint ? `${error.message} ${error.hint}` : error.message };
    }
    if (error instanceof AnalysisError) return { ok: false, error: `analysis failed: ${error.message}` };
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
