/** Live coaching: camera, placement check, skeleton, rep counter, spoken cues with one mute, set summary. */
import { useEffect, useRef, useState } from 'react';
import { CameraError } from '../../../src/adapters/browser/camera.js';
import { CueSpeaker } from '../../../src/adapters/browser/cue-speaker.js';
import { loadMuted, saveMuted } from '../../../src/adapters/browser/settings-store.js';
import type { DetailedAnalysis } from '../../../src/engine/analyze.js';
import type { KeypointTrack } from '../../../src/engine/core/track.js';
import type { ViewAssessment } from '../../../src/engine/view/types.js';
import { LiveCoach, type LiveCue, type LivePhase } from '../../../src/live/index.js';
import { AnalysisView } from '../components/AnalysisView.js';
import { drawSkeleton } from '../components/skeleton.js';
import { useSafeDepth } from '../lib/settings.js';
import { CameraSession } from '../live/camera-session.js';
import { exposeLiveStats, type LiveStats } from '../live/live-stats.js';

type State = 'idle' | 'starting' | 'running' | 'error' | 'summary';

const PHASE_TEXT: Record<LivePhase, string> = {
  unknown: 'Waiting for you',
  holding: 'Hold',
  lowering: '↓ Lowering',
  pushing: '↑ Pushing',
};

export function LivePage() {
  const [state, setState] = useState<State>('idle');
  const [message, setMessage] = useState('');
  const [muted, setMuted] = useState(loadMuted);
  const [reps, setReps] = useState(0);
  const [phase, setPhase] = useState<LivePhase>('unknown');
  const [view, setView] = useState<ViewAssessment | null>(null);
  const [lastCue, setLastCue] = useState<LiveCue | null>(null);
  const [cueLog, setCueLog] = useState<LiveCue[]>([]);
  const [summary, setSummary] = useState<{ analysis: DetailedAnalysis; track: KeypointTrack } | null>(null);
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
  useEffect(() => () => sessionRef.current?.stop(), []);

  async function start() {
    speakerRef.current.unlock();
    setState('starting');
    setMessage('Starting the camera and the pose model…');
    setReps(0);
    setCueLog([]);
    setLastCue(null);
    setSummary(null);
    const stats: LiveStats = exposeLiveStats();
    const session = new CameraSession();
    sessionRef.current = session;
    try {
      const info = await session.start(videoRef.current!, 'movenet-lightning', (frame, timing) => {
        const coach = coachRef.current;
        if (coach === null) return;
        const update = coach.push(frame);
        const doneMs = performance.now();
        stats.frames++;
        stats.inferMs.push(timing.inferMs);
        stats.frameToUpdateMs.push(doneMs - timing.grabbedAtMs);
        stats.repCount = update.repCount;
        for (const cue of update.cues) {
          speakerRef.current.say(cue);
          stats.cues.push({ id: cue.id, atS: cue.atS, latencyMs: doneMs - timing.grabbedAtMs });
        }
        if (update.cues.length > 0) {
          setLastCue(update.cues[update.cues.length - 1]!);
          setCueLog((l) => [...update.cues, ...l].slice(0, 12));
        }
        setReps(update.repCount);
        setPhase(update.phase);
        setView(update.view);
        const canvas = canvasRef.current;
        const ctx = canvas?.getContext('2d');
        if (canvas && ctx) {
          ctx.clearRect(0, 0, canvas.width, canvas.height);
          drawSkeleton(
            ctx,
            info.landmarkSet,
            frame.keypoints,
            1,
            update.cues.some((c) => c.id === 'stop'),
          );
        }
      });
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
      setBackend(info.backend);
      setState('running');
      setMessage('');
    } catch (err) {
      session.stop();
      setState('error');
      setMessage(err instanceof CameraError || err instanceof Error ? err.message : String(err));
    }
  }

  function finish() {
    sessionRef.current?.stop();
    const coach = coachRef.current;
    coachRef.current = null;
    if (coach === null) return setState('idle');
    try {
      setSummary({ analysis: coach.finish(), track: coach.track() });
      setState('summary');
    } catch (err) {
      setState('error');
      setMessage(`No set to summarise: ${err instanceof Error ? err.message : String(err)}`);
    }
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
          <button type="button" className="primary big" onClick={finish}>
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
              : 'default (calibrate to personalise)'}{' '}
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
          <AnalysisView
            analysis={summary.analysis}
            track={summary.track}
            title="Spotter live set"
            sourceName="live set"
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
        your safe depth, “Slow down”, “Soft knees”, “Exhale as you push”.
      </p>
    </section>
  );
}
