/**
 * The analysis report as readable terminal text: verdict, view check (with filming advice when poor), safe
 * depth, a per-rep table, top fixes and what could not be judged. Pure string building.
 */
import { phaseTimeText } from '../phase-time.js';
import type { AnalysisReport, RepReport } from '../../engine/index.js';
import { faultName, repsWhere } from '../vocabulary/fault-names.js';
import { safeDepthSourceWords } from '../vocabulary/safe-depth-words.js';
import { MARKER_LEGEND, NOT_CHECKED_MARKER } from '../vocabulary/severity-words.js';
import { VERDICT_WORDS } from '../vocabulary/verdict-words.js';
import { createStyle, type Style } from './ansi.js';
import { deg, fixed, secs } from './format-number.js';
import { marker } from './severity-marker.js';
import { formatTable } from './table.js';

export interface TerminalOptions {
  /** ANSI colour; off unless asked for. */
  readonly color?: boolean;
}

function verdictLine(report: AnalysisReport, style: Style): string {
  const { level, headline } = report.verdict;
  const word = style.bold(VERDICT_WORDS[level].name.toUpperCase());
  // Not judged is neither a pass (green) nor a fault (yellow, red): no colour.
  const colored =
    level === 'not_judged'
      ? word
      : level === 'stop'
        ? style.red(word)
        : level === 'clean'
          ? style.green(word)
          : style.yellow(word);
  return `Verdict: ${colored} - ${headline}`;
}

function viewLines(report: AnalysisReport, style: Style): string[] {
  const v = report.view;
  const quality =
    v.quality === 'poor' ? style.red('POOR') : v.quality === 'fair' ? style.yellow('fair') : 'good';
  const lines = [
    `View: ${v.view}, quality ${quality} (about ${fixed(v.yawDeg, 0, '°')} off side-on, keypoint confidence ${fixed(v.meanConfidence, 2)})`,
  ];
  for (const issue of v.issues) lines.push(`  - ${issue.message}`);
  if (report.repsCountedOn === 'leg_reach') {
    lines.push(
      '  - The knee point did not follow your legs in this video, so reps were counted from how far your legs ' +
        'extend (hip to ankle) and the knee angles are estimates.',
    );
  }
  if (v.quality === 'poor') {
    lines.push(
      '  Filming: phone level with the hips, exactly side-on, whole body and the feet in frame, steady.',
    );
  }
  return lines;
}

function safeDepthLine(report: AnalysisReport): string {
  const { hipFlexionDeg, source } = report.safeDepth;
  return `Safe depth: hip flexion up to ${deg(hipFlexionDeg)} (${safeDepthSourceWords(source, 'cli')})`;
}

function faultCell(rep: RepReport, style: Style, notJudged: boolean): string {
  const cells = [
    ...rep.faults.map((f) => `${marker(f.severity, style)} ${f.id}`),
    ...(rep.notAssessed ?? []).map((id) => `${NOT_CHECKED_MARKER} ${id}`),
  ];
  if (cells.length === 0) return notJudged ? `${NOT_CHECKED_MARKER} not judged` : '-';
  return cells.join(', ');
}

function repTable(report: AnalysisReport, style: Style): string[] {
  if (report.reps.length === 0) return ['No complete reps found.'];
  const header = ['Rep', 'Start', 'Bottom', 'End', 'Knee min', 'Hip flex max', 'Lower', 'Push', 'Faults'];
  const rows = report.reps.map((r) => [
    String(r.index),
    secs(r.startS),
    secs(r.bottomS),
    secs(r.endS),
    deg(r.kneeMinDeg),
    deg(r.hipFlexionMaxDeg),
    phaseTimeText(r, 'lowering', secs),
    phaseTimeText(r, 'pushing', secs),
    faultCell(r, style, report.verdict.level === 'not_judged'),
  ]);
  const align = ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'] as const;
  const lines = formatTable(header, rows, align);
  lines[0] = style.bold(lines[0]!);
  const anyFault =
    report.verdict.level === 'not_judged' ||
    report.reps.some((r) => r.faults.length > 0 || (r.notAssessed ?? []).length > 0);
  return anyFault ? [...lines, style.dim(MARKER_LEGEND)] : lines;
}

function faultLines(report: AnalysisReport, style: Style): string[] {
  if (report.faults.length === 0) return [];
  const lines = ['Faults:'];
  for (const f of report.faults) {
    lines.push(`  ${marker(f.worstSeverity, style)} ${f.id} (${repsWhere(f.reps)}): ${faultName(f.id)}`);
  }
  return lines;
}

/** The whole report as terminal text, ending with a newline. */
export function formatReportText(report: AnalysisReport, options: TerminalOptions = {}): string {
  const style = createStyle(options.color === true);
  const { input } = report;
  const model = input.model ? `, ${input.model}` : '';
  const out: string[] = [
    style.bold(
      `Spotter leg press analysis: ${report.reps.length} rep${report.reps.length === 1 ? '' : 's'} in ${secs(input.durationS)} (${input.frameCount} frames, ${fixed(input.meanFps, 0)} fps${model})`,
    ),
    '',
    verdictLine(report, style),
    '',
    ...viewLines(report, style),
    safeDepthLine(report),
    '',
    ...repTable(report, style),
  ];
  const faults = faultLines(report, style);
  if (faults.length > 0) out.push('', ...faults);
  if (report.topFixes.length > 0) {
    out.push('', 'Top fixes:', ...report.topFixes.map((fix, i) => `  ${i + 1}. ${fix}`));
  }
  if (report.notAssessable.length > 0) {
    out.push(
      '',
      'Not assessable (not guessed):',
      ...report.notAssessable.map((n) => `  - ${n.id}: ${n.reason}`),
    );
  }
  if (report.ignoredMovements.length > 0) {
    out.push(
      '',
      'Not counted as reps:',
      ...report.ignoredMovements.map((m) => `  - ${secs(m.startS)} to ${secs(m.endS)}: ${m.reason}`),
    );
  }
  return `${out.join('\n')}\n`;
}
