/** Live coaching: camera, placement check, skeleton, rep counter, spoken cues with one mute, set summary. */
import { useEffect, useRef, useState } from 'react';
import { CameraError } from '../../../src/adapters/browser/camera.js';
import { CueSpeaker } from '../../../src/adapters/browser/cue-speaker.js';
import { loadMuted, saveMuted } from '../../../src/adapters/browser/settings-store.js';
import type { DetailedAnalysis, KeypointTrack, ViewAssessment } from '../../../src/engine/index.js';
import { LiveCoach, type LiveCue, type LivePhase } from '../../../src/live/index.js';
import { DEFAULT_POSE_MODEL, isPoseModelName } from '../../../src/pose/create-pose-estimator.js';
import { AnalysisView } from '../components/AnalysisView.js';
import { downloadBlob } from '../lib/download.js';
import { drawSkeleton } from '../components/skeleton.js';
import { useSafeDepth } from '../lib/settings.js';
import { CameraSession } from '../live/camera-session.js';
import { exposeLiveStats, type LiveStats } from '../live/live-stats.js';
import { analyseRecording } from '../live/analyse-recording.js';
import type { Recording } from '../live/set-recorder.js';

type State = 'idle' | 'starting' | 'running' | 'error' | 'summary';

interface Summary {
  readonly analysis: DetailedAnalysis;
  readonly track: KeypointTrack;
  /** 'recording': the set's recording analysed as an uploaded video is; 'live': the frames seen live. */
  readonly from: 'recording' | 'live';
  readonly videoUrl?: string;
}

/**
 * The live model: the one recorded videos are analysed with (docs/performance.md: it keeps up live on two
 * cores); `?liveModel=` overrides it for measurements.
 */
function liveModel() {
  const asked = new URLSearchParams(location.search).get('liveModel');
  return asked !== null && isPoseModelName(asked) ? asked : DEFAULT_POSE_MODEL;
}

const PHASE_TEXT: Record<LivePhase, string> = {
  unknown: 'Waiting for you',
  holding: 'Hold',
  lowering: '↓ Lowering',
  pushing: '↑ Pushing',
};

/** Rep count and fault ids of a summary, for the benchmark and the end-to-end tests. */
function summaryStats(s: Summary): NonNullable<LiveStats['summary']> {
  return {
    from: s.from,
    repCount: s.analysis.report.reps.length,
    faultIds: [...new Set(s.analysis.report.faults.map((f) => f.id))].sort(),
  };
}

export function LivePage() {
  const [state, setState] = useState<State>('idle');
  const [message, setMessage] = useState('');
  const [muted, setMuted] = useState(loadMuted);
  const [reps, setReps] = useState(0);
  const [phase, setPhase] = useState<LivePhase>('unknown');
  const [view, setView] = useState<ViewAssessment | null>(null);
  const [lastCue, setLastCue] = useState<LiveCue | null>(null);
  const [cueLog, setCueLog] = useState<LiveCue[]>([]);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [recording, setRecording] = useState<Recording | null>(null);
  const [refining, setRefining] = useState<number | null>(null);
  const [backend, setBackend] = useState('');
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const sessionRef = useRef<CameraSession | null>(null);
  const coachRef = useRef<LiveCoach | null>(null);
  const speakerRef = useRef(new CueSpeaker());
  const safeDepth = useSafeDepth();

  useEffect(() => {
    speakerRef.current.muted = muted;
    saveMuted(muted);
  }, [muted]);
  useEffect(() => () => void sessionRef.current?.stop(), []);

  async function start() {
    speakerRef.current.unlock();
    setState('starting');
    setMessage('Loading the pose model, then the camera…');
    setReps(0);
    setCueLog([]);
    setLastCue(null);
    setSummary(null);
    setRecording(null);
    const stats: LiveStats = exposeLiveStats();
    const session = new CameraSession();
    sessionRef.current = session;
    try {
      const info = await session.start(
        videoRef.current!,
        liveModel(),
        (frame, timing) => {
          const coach = coachRef.current;
          if (coach === null) return;
          const update = coach.push(frame);
          const speak = (cues: readonly LiveCue[]) => {
            for (const cue of cues) {
              speakerRef.current.say(cue);
              stats.cues.push({
                id: cue.id,
                atS: cue.atS,
                latencyMs: performance.now() - timing.capturedAtMs,
              });
            }
          };
          speak(update.cues);
          // Reps, the view check and the locked-top judgement after this frame's cues are spoken: their cost
          // stays out of those cues' latency.
          const setCues = coach.refreshIfDue();
          speak(setCues);
          const cues = [...update.cues, ...setCues];
          const doneMs = performance.now();
          stats.frames++;
          stats.lastFrameS = frame.tS;
          stats.inferMs.push(timing.inferMs);
          stats.frameToUpdateMs.push(doneMs - timing.capturedAtMs);
          stats.repCount = coach.repCount;
          if (update.cues.length > 0) {
            setLastCue(update.cues[update.cues.length - 1]!);
            setCueLog((l) => [...update.cues, ...l].slice(0, 12));
          }
          setReps(coach.repCount);
          setPhase(update.phase);
          setView(coach.currentView);
          const canvas = canvasRef.current;
          const ctx = canvas?.getContext('2d');
          if (canvas && ctx) {
            ctx.clearRect(0, 0, canvas.width, canvas.height);
            drawSkeleton(
              ctx,
              info.landmarkSet,
              frame.keypoints,
              1,
              cues.some((c) => c.id === 'stop'),
            );
          }
        },
        { record: true },
      );
      coachRef.current = new LiveCoach({
        landmarkSet: info.landmarkSet,
        imageWidthPx: info.widthPx,
        imageHeightPx: info.heightPx,
        model: info.model,
        ...(safeDepth !== null && { safeDepthDeg: safeDepth.hipFlexionDeg }),
      });
      const canvas = canvasRef.current;
      if (canvas) {
        canvas.width = info.widthPx;
        canvas.height = info.heightPx;
      }
      setBackend(`${info.model} · ${info.backend}`);
      stats.startedAtMs = performance.now();
      stats.cameraOpenedAtMs = info.cameraOpenedAtMs;
      stats.model = info.model;
      setState('running');
      setMessage('');
    } catch (err) {
      void session.stop();
      setState('error');
      setMessage(err instanceof CameraError || err instanceof Error ? err.message : String(err));
    }
  }

  /**
   * Ends the set: the live summary at once, then the set's recording analysed exactly as an uploaded video is
   * (same model, frame rate and size as the CLI), which replaces it: the summary a lifter keeps is the offline one.
   */
  async function finish() {
    const session = sessionRef.current;
    const coach = coachRef.current;
    coachRef.current = null;
    const stats = (globalThis as unknown as { __spotterLive?: LiveStats }).__spotterLive;
    const rec = session === null ? null : await session.stop();
    if (coach === null) return setState('idle');
    let live: Summary;
    try {
      live = { analysis: coach.finish(), track: coach.track(), from: 'live' };
      setReps(coach.repCount);
      if (stats) stats.repCount = coach.repCount;
    } catch (err) {
      setState('error');
      setMessage(`No set to summarise: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    setSummary(live);
    setRecording(rec);
    setState('summary');
    if (rec === null) {
      setMessage('This browser could not record the set, so the summary is from the frames analysed live.');
      if (stats) stats.summary = summaryStats(live);
      return;
    }
    setMessage(
      rec.truncated
        ? 'The set ran past the recording limit; analysing the part that was recorded…'
        : 'Analysing the recording of your set (on this device)…',
    );
    setRefining(0);
    try {
      const offline = await analyseRecording(rec, liveModel(), {
        ...(safeDepth !== null && { safeDepthDeg: safeDepth.hipFlexionDeg }),
        onProgress: setRefining,
      });
      const refined: Summary = { ...offline, from: 'recording' };
      setSummary(refined);
      setMessage('');
      if (stats) stats.summary = summaryStats(refined);
    } catch (err) {
      setMessage(
        `The recording could not be analysed (${err instanceof Error ? err.message : String(err)}); the summary is from the frames analysed live.`,
      );
      if (stats) stats.summary = summaryStats(live);
    } finally {
      setRefining(null);
    }
  }

  function saveRecording() {
    if (recording === null) return;
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    const ext = recording.blob.type.includes('mp4') ? 'mp4' : 'webm';
    downloadBlob(`spotter-set-${stamp}.${ext}`, recording.blob);
  }

  const viewGood = view !== null && view.quality === 'good';
  return (
    <div className="live">
      <div className="row live-controls">
        {state !== 'running' && state !== 'starting' && (
          <button type="button" className="primary big" onClick={() => void start()}>
            ▶ Start camera
          </button>
        )}
        {state === 'running' && (
          <button type="button" className="primary big" onClick={() => void finish()}>
            ■ End set
          </button>
        )}
        <button
          type="button"
          className="big mute"
          aria-pressed={muted}
          onClick={() => setMuted((m) => !m)}
          data-testid="mute"
        >
          {muted ? '✕ Sound off (muted)' : '♪ Sound on'}
        </button>
      </div>
      {message !== '' && (
        <p
          className={state === 'error' ? 'error' : ''}
          role={state === 'error' ? 'alert' : 'status'}
          data-testid="live-message"
        >
          {state === 'error' ? '⚠ ' : ''}
          {message}
          {refining !== null && (
            <>
              {' '}
              <progress value={refining} max={1} aria-label="Analysing the recording" />
            </>
          )}
        </p>
      )}
      <div className={`live-grid ${state === 'running' || state === 'starting' ? '' : 'hidden'}`}>
        <div className="stage live-stage">
          <video ref={videoRef} playsInline muted aria-label="Camera view" />
          <canvas ref={canvasRef} aria-hidden="true" />
          {lastCue && (
            <div className={`cue-banner cue-${lastCue.id}`} role="status" data-testid="cue-banner">
              {lastCue.id === 'stop' ? '■ ' : ''}
              {lastCue.text}
            </div>
          )}
        </div>
        <div className="live-side">
          <p className="rep-counter" aria-live="polite">
            <span data-testid="rep-count">{reps}</span> <span>reps</span>
          </p>
          <p className="phase">{PHASE_TEXT[phase]}</p>
          <p className="meta">
            Safe depth{' '}
            {safeDepth
              ? `${Math.round(safeDepth.hipFlexionDeg)}° (calibrated)`
              : 'not calibrated: calibrate it to get a “Stop” cue'}{' '}
            · {backend}
          </p>
          <section className="view-check" aria-live="polite" data-testid="view-check">
            <h3>Camera check</h3>
            {view === null ? (
              <p>Looking for you…</p>
            ) : viewGood ? (
              <p className="ok">✓ Good view: side-on, whole body in frame.</p>
            ) : (
              <ul>
                {view.issues.length === 0 ? (
                  <li>◇ View is {view.quality}; move the phone so you are side-on.</li>
                ) : null}
                {view.issues.map((i) => (
                  <li key={i.code}>⚠ {i.message}</li>
                ))}
              </ul>
            )}
          </section>
          <section aria-label="Cues so far">
            <h3>Cues</h3>
            <ol className="cue-log" data-testid="cue-log">
              {cueLog.map((c, i) => (
                <li key={`${c.atS}-${i}`} data-cue={c.id}>
                  {c.atS.toFixed(1)} s · {c.text}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
      {state === 'idle' && <PlacementGuide />}
      {state === 'summary' && summary && (
        <>
          <h2>End of set</h2>
          <p className="meta" data-testid="summary-source" data-source={summary.from}>
            {summary.from === 'recording'
              ? 'From the recording of your set, analysed as an uploaded video is.'
              : 'From the frames analysed live (a first look).'}{' '}
            {recording !== null && (
              <button type="button" onClick={saveRecording}>
                ⤓ Save the video (stays on this device)
              </button>
            )}
          </p>
          <AnalysisView
            key={summary.from}
            analysis={summary.analysis}
            track={summary.track}
            title="Spotter live set"
            sourceName="live set"
            {...(summary.videoUrl !== undefined && { videoUrl: summary.videoUrl })}
          />
        </>
      )}
    </div>
  );
}

function PlacementGuide() {
  return (
    <section className="guide">
      <h2>Set up the phone</h2>
      <ol>
        <li>Side-on: put the phone level with the machine, at 90° to the sled, on the side nearest you.</li>
        <li>Height: about hip height on the seat (a bench, a bag or a tripod).</li>
        <li>Distance: 2–3 m, so your head, hips, knees, feet and the sled are all in the picture.</li>
        <li>Light: avoid a bright window behind you.</li>
      </ol>
      <p>
        When you start, the camera check says what to change until the view is good. Cues: “Stop” just before
        your safe depth (once you have calibrated it), “Slow down”, “Soft knees”, “Exhale as you push”, each
        at most once a rep and only when the camera view lets Spotter judge it. At “End set” the recording of
        your set is analysed on this device, exactly as an uploaded video is.
      </p>
    </section>
  );
}
