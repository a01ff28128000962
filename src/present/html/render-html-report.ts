/**
 * The HTML report: one self-contained page (inline CSS and SVG, pictures as data URLs) that opens offline.
 * Pure string building, so the CLI and the web app's export produce the same file.
 */
import { phaseTimeText } from '../phase-time.js';
import type { AnalysisReport, FaultId, RepReport, Severity } from '../../engine/index.js';
import { faultName, repsWhere } from '../vocabulary/fault-names.js';
import { safeDepthSourceWords } from '../vocabulary/safe-depth-words.js';
import { NOT_CHECKED_MARKER, severityText } from '../vocabulary/severity-words.js';
import { RED_FLAG_TITLE, VERDICT_WORDS } from '../vocabulary/verdict-words.js';
import { escapeHtml, num } from './escape-html.js';
import { FILMING_GUIDANCE } from './filming-guidance.js';
import { planSection } from './plan-section.js';
import { skeletonSvg } from './skeleton-svg.js';
import { timePlotSvg, type PlotMarker } from './time-plot-svg.js';
import type { FaultSnapshot, HtmlReportInput } from './types.js';

const e = escapeHtml;
const label = faultName;
const seconds = (s: number): string => `${num(s, 2)} s`;

/** Severity always carries a symbol and a word, never colour alone. */
function severityBadge(severity: Severity): string {
  return `<span class="sev sev-${severity}">${severityText(severity)}</span>`;
}

/** The verdict word in bold, then the headline (which may already start with it). */
function verdictText(report: AnalysisReport): string {
  const word = VERDICT_WORDS[report.verdict.level].title;
  const headline = report.verdict.headline;
  return headline.toLowerCase().startsWith(word.toLowerCase())
    ? `<strong>${e(headline)}</strong>`
    : `<strong>${e(word)}.</strong> ${e(headline)}`;
}

function viewSection(report: AnalysisReport): string {
  const v = report.view;
  const issues = v.issues.map((i) => `<li>${e(i.message)}</li>`).join('');
  const guidance =
    v.quality === 'good' && report.verdict.level !== 'not_judged'
      ? ''
      : `<h3>How to film for a full check</h3><ul>${FILMING_GUIDANCE.map((g) => `<li>${e(g)}</li>`).join('')}</ul>`;
  return (
    `<section><h2>View check</h2>` +
    `<p>Camera view: <strong>${e(v.view)}</strong> (about ${num(v.yawDeg, 0)}° from side-on), quality <strong>${e(v.quality)}</strong>, ` +
    `mean keypoint confidence ${num(v.meanConfidence, 2)}; whole body in frame: ${v.bodyInFrame ? 'yes' : 'no'}; feet in frame: ${v.feetInFrame ? 'yes' : 'no'}.</p>` +
    (issues !== '' ? `<ul class="issues">${issues}</ul>` : '') +
    guidance +
    `</section>`
  );
}

function repFaultsCell(rep: RepReport, notJudged: boolean): string {
  const faults = rep.faults.map((f) => `${severityBadge(f.severity)} ${e(label(f.id))}`);
  const unchecked = (rep.notAssessed ?? []).map((id) => `${NOT_CHECKED_MARKER} not checked: ${e(label(id))}`);
  if (faults.length === 0 && unchecked.length === 0)
    return notJudged ? `${NOT_CHECKED_MARKER} not judged` : '✓ none';
  return [...faults, ...unchecked].join('<br>');
}

function repTable(report: AnalysisReport): string {
  if (report.reps.length === 0) return '<section><h2>Reps</h2><p>No completed reps were found.</p></section>';
  const rows = report.reps
    .map(
      (r) =>
        `<tr><td>${r.index}</td><td>${seconds(r.startS)}–${seconds(r.endS)}</td><td>${num(r.kneeMinDeg, 0)}°</td>` +
        `<td>${num(r.hipFlexionMaxDeg, 0)}°</td><td>${num(r.hipDepartureMaxThighs, 2)}</td><td>${phaseTimeText(r, 'lowering', seconds)}</td>` +
        `<td>${phaseTimeText(r, 'pushing', seconds)}</td><td>${repFaultsCell(r, report.verdict.level === 'not_judged')}</td></tr>`,
    )
    .join('');
  return (
    `<section><h2>Reps</h2><table><thead><tr><th>Rep</th><th>Time</th><th>Knee min</th><th>Hip flexion max</th>` +
    `<th>Hip lift (thigh lengths)</th><th>Lowering</th><th>Pushing</th><th>Faults</th></tr></thead><tbody>${rows}</tbody></table></section>`
  );
}

/** The faults seen; with `withFixes` false (a red flag) the fix column is left out: no training advice. */
function faultSection(report: AnalysisReport, withFixes: boolean): string {
  const rows = report.faults
    .map(
      (f) =>
        `<tr><td>${severityBadge(f.worstSeverity)}</td><td><strong>${e(label(f.id))}</strong><br><code>${e(f.id)}</code></td>` +
        `<td>${f.reps.length > 0 ? f.reps.join(', ') : repsWhere(f.reps)}</td><td>${num(f.meanConfidence * 100, 0)}%</td>` +
        (withFixes ? `<td>${e(f.fix)}</td>` : '') +
        `</tr>`,
    )
    .join('');
  const notAssessable = report.notAssessable
    .map((n) => `<li><code>${e(n.id)}</code> (${e(label(n.id))}): ${e(n.reason)}</li>`)
    .join('');
  return (
    `<section><h2>${withFixes ? 'Faults and fixes' : 'Faults seen'}</h2>` +
    (rows === ''
      ? report.verdict.level === 'not_judged'
        ? '<p>? Nothing could be judged in this video: no faults are listed because none could be checked, not because there were none.</p>'
        : '<p>✓ No faults found in the reps that could be judged.</p>'
      : `<table><thead><tr><th>Severity</th><th>Fault</th><th>Reps</th><th>Confidence</th>${withFixes ? '<th>Fix</th>' : ''}</tr></thead><tbody>${rows}</tbody></table>`) +
    (notAssessable === '' ? '' : `<h3>Not assessable from this video</h3><ul>${notAssessable}</ul>`) +
    `</section>`
  );
}

function snapshotSection(
  snapshots: readonly FaultSnapshot[],
  report: AnalysisReport,
  withFixes: boolean,
): string {
  if (snapshots.length === 0) return '';
  const fixOf = (id: FaultId) => report.faults.find((f) => f.id === id)?.fix ?? '';
  const figures = snapshots
    .map((s) => {
      const caption = `${s.repIndex !== null ? `Rep ${s.repIndex}` : 'Set'}: ${label(s.faultId)} at ${seconds(s.atS)}`;
      const fix = withFixes ? `<br>${e(fixOf(s.faultId))}` : '';
      return `<figure class="shot">${skeletonSvg(s, caption)}<figcaption><strong>${e(caption)}</strong>${fix}</figcaption></figure>`;
    })
    .join('');
  return `<section><h2>Where it happened</h2><div class="shots">${figures}</div></section>`;
}

function plotSection(report: AnalysisReport): string {
  const series = report.series;
  if (series === undefined) return '';
  const markers: PlotMarker[] = [];
  for (const rep of report.reps)
    for (const f of rep.faults) markers.push({ atS: f.atS, label: `R${rep.index} ${f.id}` });
  for (const f of report.faults)
    if (f.setLevel !== undefined) markers.push({ atS: f.setLevel.atS, label: f.id });
  const common = { tS: series.tS, reps: report.reps, markers };
  return (
    `<section><h2>Over time</h2>` +
    timePlotSvg({ ...common, title: 'Knee angle', unit: 'degrees, 180 = straight', values: series.kneeDeg }) +
    timePlotSvg({
      ...common,
      title: 'Hip flexion',
      unit: 'degrees, larger = knees nearer the chest',
      values: series.hipFlexionDeg,
      reference: {
        value: report.safeDepth.hipFlexionDeg,
        label: `safe depth ${num(report.safeDepth.hipFlexionDeg, 0)}°`,
      },
    }) +
    timePlotSvg({
      ...common,
      title: 'Hip departure from the back pad',
      unit: 'thigh lengths, larger = pelvis lifting',
      values: series.hipDepartureThighs,
    }) +
    `</section>`
  );
}

const CSS = `
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:980px;padding:16px;color:#111;background:#fff}
h1{margin:.2em 0}h2{border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:1.6em}
.verdict{padding:12px 16px;border-left:6px solid #555;background:#f5f5f5;font-size:1.1em}
.verdict-stop,.verdict-fix_before_adding_load{border-color:#b00020}.verdict-minor{border-color:#b26a00}.verdict-clean{border-color:#1b7f3b}
.verdict-not_judged{border-left-style:dashed;border-color:#555;background:#fff}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f0f0f0}.sev{font-weight:600;white-space:nowrap}.sev-alert{color:#b00020}.sev-warn{color:#8a5300}.sev-info{color:#24507a}
.muted{color:#666}.why summary{cursor:pointer;color:#24507a}.why{margin:2px 0 6px}.shots{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px}
.shot{margin:0}.snapshot{width:100%;height:auto;border:1px solid #ccc}
.plot{margin:12px 0}.plot svg{width:100%;height:auto;font-size:11px}.plot figcaption{font-weight:600}
.series{fill:none;stroke:#1f4e9c;stroke-width:1.6}.grid{stroke:#e3e3e3}.rep{fill:#000;fill-opacity:.04}
.rep-edge{stroke:#999;stroke-dasharray:3 3}.reference{stroke:#444;stroke-dasharray:6 4}
.marker line{stroke:#b00020;stroke-width:1}.marker path{fill:#b00020}.marker text{fill:#111}
@media print{.plot,.shot{break-inside:avoid}}`;

export function renderHtmlReport(input: HtmlReportInput): string {
  const { report } = input;
  const notes = (input.notes ?? []).map((n) => `<li>${e(n)}</li>`).join('');
  const redFlag = input.plan?.mode === 'red_flag';
  // A red flag means "get care", not "fix your form": the plan (stop, get care) replaces the verdict and the
  // fixes at the top, and no fix is shown anywhere below (the report itself comes through adviseSet).
  const fixes = redFlag ? '' : report.topFixes.map((f) => `<li>${e(f)}</li>`).join('');
  const verdict = redFlag
    ? `<p class="verdict verdict-stop"><strong>${RED_FLAG_TITLE}.</strong></p>`
    : `<p class="verdict verdict-${report.verdict.level}">${verdictText(report)}</p>`;
  const plan = input.plan !== undefined ? planSection(input.plan) : '';
  const footer = [
    report.input.model !== undefined ? `model ${report.input.model}` : undefined,
    `${report.input.frameCount} frames`,
    `${num(report.input.meanFps, 1)} fps analysed`,
    `${seconds(report.input.durationS)}`,
    `${report.side} side`,
    input.generatedAtIso !== undefined ? `generated ${input.generatedAtIso}` : undefined,
  ]
    .filter((x) => x !== undefined)
    .join(' · ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(input.title)}</title><style>${CSS}</style></head><body>
<header><h1>${e(input.title)}</h1>${input.sourceName !== undefined ? `<p class="muted">${e(input.sourceName)}</p>` : ''}
${verdict}
<p>${report.reps.length} rep${report.reps.length === 1 ? '' : 's'} · safe depth ${num(report.safeDepth.hipFlexionDeg, 0)}° hip flexion (${e(safeDepthSourceWords(report.safeDepth.source, input.surface ?? 'app'))})</p>
${notes !== '' ? `<ul class="notes">${notes}</ul>` : ''}
${fixes !== '' ? `<h2>What to fix first</h2><ol>${fixes}</ol>` : ''}${redFlag ? plan : ''}</header>
<main>${viewSection(report)}${faultSection(report, !redFlag)}${repTable(report)}${snapshotSection(input.snapshots, report, !redFlag)}${plotSection(report)}${redFlag ? '' : plan}</main>
<footer><p class="muted">Spotter · ${e(footer)}. Analysed on this device; pose from a 2D model, so angles carry a few degrees of error.</p></footer>
</body></html>
`;
}
