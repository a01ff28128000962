import { analyzeTrack } from '../../engine/index.js';
import type { SetReportJson } from '../../formats/analysis-report/index.js';
import { reportToCsv } from '../../present/csv/report-csv.js';
import { faultSnapshots, renderHtmlReport } from '../../present/html/index.js';
import { formatReportText } from '../../present/terminal/format-report.js';
import { composeSetText, planForReport } from '../coach-plan.js';
import {
  analysisExitCode,
  CliError,
  EXIT,
  type CliIo,
  type CommandHandler,
  type ExitCode,
} from '../command.js';
import { ANALYZE_HELP } from '../help.js';
import { parseSafeDepth } from '../safe-depth.js';
import { loadTrack } from '../load-track.js';
import { parseOptions } from '../parse-options.js';
import { Outputs } from '../outputs.js';
import { toJsonText } from '../write-output.js';

const OPTIONS = {
  keypoints: { type: 'string' },
  json: { type: 'string' },
  html: { type: 'string' },
  csv: { type: 'string' },
  answers: { type: 'string' },
  log: { type: 'string' },
  'safe-depth': { type: 'string' },
  series: { type: 'boolean' },
  'fail-on-alert': { type: 'boolean' },
  color: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A positional argument without --keypoints means a video: handled by the video command. */
function isVideoForm(args: readonly string[]): boolean {
  const keypoints = args.some((a) => a === '--keypoints' || a.startsWith('--keypoints='));
  return !keypoints && args.some((a) => !a.startsWith('-'));
}

async function analyzeKeypoints(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values } = parseOptions(args, OPTIONS, 'spotter analyze');
  if (values.help) {
    io.stdout(ANALYZE_HELP);
    return EXIT.ok;
  }
  if (values.keypoints === undefined) {
    throw new CliError(
      'Nothing to analyse: give a video file or --keypoints track.json.',
      EXIT.usage,
      'Run `spotter analyze --help` for the options.',
    );
  }
  const safeDepthDeg = parseSafeDepth(values['safe-depth']);
  const outputs = await Outputs.check(io, {
    inputs: [
      { path: values.keypoints, what: 'the keypoint track being analysed (--keypoints)' },
      { path: values.answers, what: 'the back-pain answers file (--answers)' },
      { path: values.log, what: 'the training log (--log)' },
    ],
    outputs: [
      { flag: '--json', path: values.json, example: 'report.json' },
      { flag: '--html', path: values.html, example: 'report.html' },
      { flag: '--csv', path: values.csv, example: 'reps.csv' },
    ],
  });
  const track = await loadTrack(values.keypoints);
  const report = analyzeTrack(track, {
    ...(safeDepthDeg !== undefined && { safeDepthDeg }),
    // The HTML report plots the angle series.
    ...((values.series || values.html !== undefined) && { includeSeries: true }),
  });
  // `shown` is what every output presents: under a red flag, the report without any training advice.
  const {
    report: shown,
    plan,
    triage,
  } = await planForReport(report, { answersPath: values.answers, logPath: values.log }, io);
  if (values.html !== undefined) {
    const html = renderHtmlReport({
      surface: 'cli',
      report: shown,
      title: 'Spotter leg press report',
      sourceName: values.keypoints.split(/[\\/]/).pop() ?? values.keypoints,
      snapshots: faultSnapshots(report, track),
      plan,
      generatedAtIso: new Date().toISOString(),
    });
    await outputs.stage('--html', html);
  }
  if (values.csv !== undefined) await outputs.stage('--csv', reportToCsv(shown));
  const jsonReport: SetReportJson = { ...shown, plan, ...(triage && { triage }) };
  await outputs.stage('--json', toJsonText(jsonReport));
  await outputs.commit(io);
  if (!values.quiet && !outputs.usesStdout) {
    io.stdout(composeSetText(formatReportText(shown, { color: values.color === true }), plan));
    if (values.json !== undefined) io.stdout(`\nJSON report written to ${values.json}\n`);
    if (values.html !== undefined) io.stdout(`HTML report written to ${values.html}\n`);
    if (values.csv !== undefined) io.stdout(`Per-rep CSV written to ${values.csv}\n`);
  }
  return analysisExitCode(report, values['fail-on-alert'] === true);
}

/** `spotter analyze`: a keypoint track here; a video goes to the video command (loaded only when needed). */
export const analyzeCommand: CommandHandler = async (args, io) => {
  if (isVideoForm(args)) {
    const { analyzeVideoCommand } = await import('./analyze-video.js');
    return analyzeVideoCommand(args, io);
  }
  return analyzeKeypoints(args, io);
};
