/**
 * One analysed set: video (or a skeleton-only stage) with the skeleton over it, per-rep timeline, plots synced
 * with playback, fault cards with fixes, the safe depth, the per-rep table, the coach plan and exports. Every
 * word for a verdict, severity, fault or plan item comes from the presenters' vocabulary (src/present).
 */
import { phaseTimeText } from '../../../src/present/phase-time.js';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { adviseSet } from '../../../src/coach/index.js';
import {
  frameShownAt,
  type AnalysisReport,
  type DetailedAnalysis,
  type KeypointTrack,
} from '../../../src/engine/index.js';
import type { CoachPlanJson } from '../../../src/formats/analysis-report/index.js';
import type { TriageJson } from '../../../src/formats/triage/index.js';
import { reportToCsv } from '../../../src/present/csv/report-csv.js';
import { faultSnapshots, renderHtmlReport } from '../../../src/present/html/index.js';
import {
  faultName as label,
  NOT_CHECKED_MARKER,
  RED_FLAG_TITLE,
  repsWhere,
  safeDepthSourceWords,
  SEVERITY_WORDS,
  VERDICT_WORDS,
  wordPlan,
  wordReport,
} from '../../../src/present/vocabulary/index.js';
import { downloadText } from '../lib/download.js';
import { useTriageResult } from '../lib/triage-state.js';
import { CoachPlanView } from './CoachPlanView.js';
import { drawSkeleton } from './skeleton.js';
import { TimePlot } from './TimePlot.js';
import { TableScroll } from './TableScroll.js';

interface Props {
  readonly analysis: DetailedAnalysis;
  readonly track: KeypointTrack;
  readonly videoUrl?: string;
  readonly title: string;
  readonly sourceName: string;
}

const s2 = (v: number) => `${v.toFixed(2)} s`;
const deg = (v: number) => (Number.isFinite(v) ? `${Math.round(v)}°` : '–');

export function AnalysisView({ analysis, track, videoUrl, title, sourceName }: Props) {
  // The one place the report meets this session's back-pain check: under a red flag, `report` carries no
  // training advice and the view shows the instruction to get care instead of the verdict and fixes.
  const triageResult = useTriageResult();
  const advice = useMemo(
    () =>
      adviseSet({
        report: analysis.report,
        triage: triageResult ?? undefined,
        careWords: triageResult?.headline,
      }),
    [analysis.report, triageResult],
  );
  const report = useMemo(() => wordReport(advice.report, 'app'), [advice.report]);
  const plan = useMemo(() => wordPlan(advice.plan, 'app'), [advice.plan]);
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [nowS, setNowS] = useState(0);
  const [playing, setPlaying] = useState(false);
  const durationS = report.input.durationS;
  const frameTimes = useMemo(() => track.frames.map((f) => f.tS), [track]);
  const bottoms = useMemo(
    () => new Set(report.reps.flatMap((r) => (r.faults.length > 0 ? [r.index] : []))),
    [report],
  );

  const seek = useCallback(
    (tS: number) => {
      const t = Math.min(Math.max(tS, 0), durationS);
      const v = videoRef.current;
      if (v !== null) {
        v.currentTime = t;
        v.pause();
      }
      setPlaying(false);
      setNowS(t);
    },
    [durationS],
  );

  // Follow playback: video time when there is a video, else a clock over the track.
  useEffect(() => {
    let raf = 0;
    let last = performance.now();
    const tick = (now: number) => {
      const v = videoRef.current;
      if (v !== null) setNowS(v.currentTime);
      else if (playing) {
        setNowS((t) => {
          const next = t + (now - last) / 1000;
          if (next >= durationS) {
            setPlaying(false);
            return durationS;
          }
          return next;
        });
      }
      last = now;
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, durationS]);

  // Skeleton overlay for the frame on screen.
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const i = frameShownAt(frameTimes, nowS);
    const frame = track.frames[i];
    if (frame === undefined) return;
    const rep = report.reps.find((r) => nowS >= r.startS && nowS <= r.endS);
    const faultNear = rep?.faults.some((f) => f.severity !== 'info' && Math.abs(f.atS - nowS) < 0.4) ?? false;
    drawSkeleton(ctx, track.landmarkSet, frame.keypoints, 1, faultNear);
  }, [nowS, frameTimes, track, report]);

  const currentRep = report.reps.find((r) => nowS >= r.startS && nowS <= r.endS);
  const series = report.series;
  const verdict = VERDICT_WORDS[report.verdict.level];

  return (
    <div className="analysis" data-testid="analysis">
      {advice.redFlag && triageResult !== null ? (
        <section className="verdict verdict-stop" role="alert" data-testid="red-flag">
          <span className="verdict-symbol" aria-hidden="true">
            ■
          </span>
          <div>
            <h2>{RED_FLAG_TITLE}</h2>
            <p data-testid="verdict-headline">{triageResult.headline}</p>
            <ul>
              {triageResult.nextSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ul>
            <p className="meta">
              From your back pain check (Coach page). {sourceName} · {report.reps.length} reps · the
              measurements below are for whoever checks you.
            </p>
          </div>
        </section>
      ) : (
        <section className={`verdict verdict-${report.verdict.level}`} aria-live="polite">
          <span className="verdict-symbol" aria-hidden="true">
            {verdict.symbol}
          </span>
          <div>
            <h2>{verdict.title}</h2>
            <p data-testid="verdict-headline">{report.verdict.headline}</p>
            <p className="meta">
              {sourceName} · {report.reps.length} reps · {durationS.toFixed(1)} s · view: {report.view.view} (
              {report.view.quality})
            </p>
          </div>
        </section>
      )}

      <div className="player-grid">
        <div>
          <div className="stage" style={{ aspectRatio: `${track.imageWidthPx} / ${track.imageHeightPx}` }}>
            {videoUrl !== undefined ? (
              <video
                ref={videoRef}
                src={videoUrl}
                controls
                playsInline
                muted
                preload="auto"
                aria-label={`Video of ${sourceName}`}
                onPlay={() => setPlaying(true)}
                onPause={() => setPlaying(false)}
              />
            ) : (
              <div className="stage-blank" aria-hidden="true" />
            )}
            <canvas
              ref={canvasRef}
              width={track.imageWidthPx}
              height={track.imageHeightPx}
              aria-hidden="true"
            />
          </div>
          {videoUrl === undefined && (
            <div className="transport">
              <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
                {playing ? '❚❚ Pause' : '▶ Play'}
              </button>
              <input
                type="range"
                min={0}
                max={durationS}
                step={0.01}
                value={nowS}
                aria-label="Position in the set"
                onChange={(e) => seek(Number(e.target.value))}
              />
              <span>{nowS.toFixed(1)} s</span>
            </div>
          )}
          <p className="now" aria-live="off">
            {currentRep ? `Rep ${currentRep.index}` : 'Between reps'} · {nowS.toFixed(2)} s
          </p>
        </div>
        <Timeline report={report} nowS={nowS} onSeek={seek} faulty={bottoms} />
      </div>

      {series && (
        <section className="plots" aria-label="Angle plots">
          <TimePlot
            title="Knee angle"
            unit="°"
            tS={series.tS}
            values={series.kneeDeg}
            reps={report.reps}
            cursorS={nowS}
            onSeek={seek}
          />
          <TimePlot
            title="Hip flexion"
            unit="°"
            tS={series.tS}
            values={series.hipFlexionDeg}
            reps={report.reps}
            cursorS={nowS}
            onSeek={seek}
            limit={{
              value: report.safeDepth.hipFlexionDeg,
              label: `safe depth ${Math.round(report.safeDepth.hipFlexionDeg)}°`,
            }}
          />
          <TimePlot
            title="Hip departure from the pad"
            unit="thigh lengths"
            tS={series.tS}
            values={series.hipDepartureThighs}
            reps={report.reps}
            cursorS={nowS}
            onSeek={seek}
          />
        </section>
      )}

      <section className="safe-depth" data-testid="safe-depth">
        <h3>Safe depth</h3>
        <p>
          Hip flexion limit <strong>{Math.round(report.safeDepth.hipFlexionDeg)}°</strong> (
          {safeDepthSourceWords(report.safeDepth.source, 'app')}).
        </p>
      </section>

      <FaultCards report={report} onSeek={seek} withFixes={!advice.redFlag} />
      <RepTable report={report} onSeek={seek} />
      <NotAssessable report={report} />
      <CoachPlanView plan={plan} showHeadline={plan.headline !== report.verdict.headline} />
      <Exports
        report={report}
        plan={plan}
        triage={triageResult ?? undefined}
        track={track}
        title={title}
        sourceName={sourceName}
      />
    </div>
  );
}

function Timeline({
  report,
  nowS,
  onSeek,
  faulty,
}: {
  report: AnalysisReport;
  nowS: number;
  onSeek: (t: number) => void;
  faulty: ReadonlySet<number>;
}) {
  return (
    <nav className="timeline" aria-label="Reps">
      <h3>Reps</h3>
      <ol>
        {report.reps.map((r) => {
          const active = nowS >= r.startS && nowS <= r.endS;
          return (
            <li key={r.index}>
              <button
                type="button"
                className={active ? 'active' : ''}
                aria-current={active}
                onClick={() => onSeek(r.startS)}
              >
                <span className="rep-no">Rep {r.index}</span>
                <span className="rep-flag">
                  {faulty.has(r.index)
                    ? r.faults.map((f) => `${SEVERITY_WORDS[f.severity].symbol} ${label(f.id)}`).join(', ')
                    : report.verdict.level === 'not_judged'
                      ? `${NOT_CHECKED_MARKER} not judged`
                      : '✓ clean'}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function FaultCards({
  report,
  onSeek,
  withFixes,
}: {
  report: AnalysisReport;
  onSeek: (t: number) => void;
  /** False under a red flag: the faults seen are listed, with no fix. */
  withFixes: boolean;
}) {
  if (report.faults.length === 0 && report.verdict.level === 'not_judged') {
    return (
      <p className="not-judged">
        ? Nothing could be judged in this video: no faults are listed because none could be checked, not
        because there were none.
      </p>
    );
  }
  if (report.faults.length === 0) return <p className="ok">✓ No faults found in this set.</p>;
  return (
    <section aria-label={withFixes ? 'Faults and fixes' : 'Faults seen'}>
      <h3>{withFixes ? 'Faults and fixes' : 'Faults seen'}</h3>
      <div className="cards">
        {report.faults.map((f) => {
          const firstRep = report.reps.find((r) => r.faults.some((x) => x.id === f.id));
          const at = firstRep?.faults.find((x) => x.id === f.id)?.atS ?? f.setLevel?.atS;
          const sev = SEVERITY_WORDS[f.worstSeverity];
          return (
            <article key={f.id} className={`card sev-${f.worstSeverity}`} data-fault={f.id}>
              <h4>
                <span aria-hidden="true">{sev.symbol}</span> {label(f.id)}{' '}
                <span className="sev-word">({sev.word})</span>
              </h4>
              <p className="where">Where: {repsWhere(f.reps)}</p>
              {withFixes && (
                <p className="fix">
                  <strong>Fix:</strong> {f.fix}
                </p>
              )}
              {at !== undefined && (
                <button type="button" onClick={() => onSeek(Math.max(0, at - 0.5))}>
                  Show me ({at.toFixed(1)} s)
                </button>
              )}
            </article>
          );
        })}
      </div>
    </section>
  );
}

function RepTable({ report, onSeek }: { report: AnalysisReport; onSeek: (t: number) => void }) {
  return (
    <section aria-label="Per-rep numbers">
      <h3>Per rep</h3>
      <TableScroll label="Per-rep table">
        <table data-testid="rep-table">
          <thead>
            <tr>
              <th scope="col">Rep</th>
              <th scope="col">Knee min</th>
              <th scope="col">Hip flexion max</th>
              <th scope="col">Down</th>
              <th scope="col">Up</th>
              <th scope="col">Pelvis lift</th>
              <th scope="col">Faults</th>
            </tr>
          </thead>
          <tbody>
            {report.reps.map((r) => (
              <tr key={r.index}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSeek(r.startS)}>
                    {r.index}
                  </button>
                </th>
                <td>{deg(r.kneeMinDeg)}</td>
                <td>
                  {deg(r.hipFlexionMaxDeg)}
                  {r.hipFlexionMaxDeg > report.safeDepth.hipFlexionDeg ? ' ▲ past limit' : ''}
                </td>
                <td>{phaseTimeText(r, 'lowering', s2)}</td>
                <td>{phaseTimeText(r, 'pushing', s2)}</td>
                <td>{r.hipDepartureMaxThighs.toFixed(2)}</td>
                <td>
                  {r.faults.length === 0
                    ? '✓ none'
                    : r.faults.map((f) => (
                        <button
                          key={f.id}
                          type="button"
                          className="link fault-link"
                          onClick={() => onSeek(Math.max(0, f.atS - 0.5))}
                        >
                          {SEVERITY_WORDS[f.severity].symbol} {label(f.id)}
                        </button>
                      ))}
                  {r.notAssessed && r.notAssessed.length > 0
                    ? ` (${NOT_CHECKED_MARKER} not checked: ${r.notAssessed.map(label).join(', ')})`
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function NotAssessable({ report }: { report: AnalysisReport }) {
  if (report.notAssessable.length === 0 && report.view.issues.length === 0) return null;
  return (
    <section aria-label="Not judged">
      <h3>Could not be judged from this view</h3>
      <ul>
        {report.notAssessable.map((n) => (
          <li key={n.id}>
            {NOT_CHECKED_MARKER} <strong>{label(n.id)}</strong>: {n.reason}
          </li>
        ))}
        {report.view.issues.map((i) => (
          <li key={i.code}>◇ {i.message}</li>
        ))}
      </ul>
    </section>
  );
}

function Exports({
  report,
  plan,
  triage,
  track,
  title,
  sourceName,
}: {
  report: AnalysisReport;
  plan: CoachPlanJson;
  triage: TriageJson | undefined;
  track: KeypointTrack;
  title: string;
  sourceName: string;
}) {
  // As the CLI's: the plan always, and the back-pain check's result when there was one this session.
  const withPlan = { plan, ...(triage !== undefined && { triage }) };
  const base = sourceName.replace(/\.[^.]+$/, '') || 'set';
  return (
    <section aria-label="Export" className="exports">
      <h3>Export (saved on this device)</h3>
      <button
        type="button"
        onClick={() =>
          downloadText(
            `${base}-report.json`,
            JSON.stringify({ ...report, ...withPlan }, null, 2),
            'application/json',
          )
        }
      >
        ⬇ JSON
      </button>
      <button type="button" onClick={() => downloadText(`${base}-reps.csv`, reportToCsv(report), 'text/csv')}>
        ⬇ CSV
      </button>
      <button
        type="button"
        onClick={() =>
          downloadText(
            `${base}-report.html`,
            renderHtmlReport({
              report,
              title,
              sourceName,
              snapshots: faultSnapshots(report, track),
              plan,
              generatedAtIso: new Date().toISOString(),
            }),
            'text/html',
          )
        }
      >
        ⬇ HTML report
      </button>
    </section>
  );
}
