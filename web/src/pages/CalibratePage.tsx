/** Safe-depth calibration: a guided slow set (camera or a recorded video) -> calibrateFromTrack -> stored. */
import { useRef, useState } from 'react';
import { clearSafeDepth, saveSafeDepth } from '../../../src/adapters/browser/settings-store.js';
import {
  calibrateFromTrack,
  DEPTH_DEFAULTS,
  type DepthCalibration,
  type PoseFrame,
} from '../../../src/engine/index.js';
import { DEFAULT_POSE_MODEL } from '../../../src/pose/create-pose-estimator.js';
import { drawSkeleton } from '../components/skeleton.js';
import { notifySafeDepthChanged, useSafeDepth } from '../lib/settings.js';
import { CameraSession, type SessionInfo } from '../live/camera-session.js';
import { videoUrlToTrack } from '../video/video-to-track.js';

export function CalibratePage() {
  const stored = useSafeDepth();
  const [recording, setRecording] = useState(false);
  const [result, setResult] = useState<DepthCalibration | null>(null);
  const [message, setMessage] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const sessionRef = useRef<CameraSession | null>(null);
  const framesRef = useRef<PoseFrame[]>([]);
  const infoRef = useRef<SessionInfo | null>(null);

  function finishCalibration(track: Parameters<typeof calibrateFromTrack>[0]) {
    try {
      const cal = calibrateFromTrack(track);
      setResult(cal);
      if (cal.tuckOnsetHipFlexionDeg !== null) {
        saveSafeDepth(cal, new Date().toISOString());
        notifySafeDepthChanged();
      }
      setMessage('');
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  }

  async function startCamera() {
    setResult(null);
    setMessage('Starting the camera…');
    framesRef.current = [];
    const session = new CameraSession();
    sessionRef.current = session;
    try {
      infoRef.current = await session.start(videoRef.current!, DEFAULT_POSE_MODEL, (frame) => {
        framesRef.current.push(frame);
        const c = canvasRef.current;
        const ctx = c?.getContext('2d');
        if (c && ctx && infoRef.current) {
          ctx.clearRect(0, 0, c.width, c.height);
          drawSkeleton(ctx, infoRef.current.landmarkSet, frame.keypoints, 1);
        }
      });
      if (canvasRef.current) {
        canvasRef.current.width = infoRef.current.widthPx;
        canvasRef.current.height = infoRef.current.heightPx;
      }
      setRecording(true);
      setMessage('Recording: do 2–3 slow reps now.');
    } catch (err) {
      void session.stop();
      setMessage(err instanceof Error ? err.message : String(err));
    }
  }

  function stopCamera() {
    sessionRef.current?.stop();
    setRecording(false);
    const info = infoRef.current;
    if (info === null) return;
    finishCalibration({
      landmarkSet: info.landmarkSet,
      imageWidthPx: info.widthPx,
      imageHeightPx: info.heightPx,
      frames: framesRef.current,
      source: { kind: 'live', model: info.model },
    });
  }

  async function fromFile(file: File) {
    setResult(null);
    const url = URL.createObjectURL(file);
    try {
      const track = await videoUrlToTrack(url, DEFAULT_POSE_MODEL, {
        onProgress: setProgress,
        onStage: (stage) => {
          if (stage === 'loading-model') setMessage('Loading the pose model…');
          if (stage === 'finding-lifter') {
            setMessage('Analysing the calibration video…');
            setProgress(0);
          }
        },
      });
      finishCalibration(track);
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    } finally {
      setProgress(null);
      URL.revokeObjectURL(url);
    }
  }

  return (
    <div className="calibrate">
      <h2>Find your safe depth</h2>
      <section className="current" data-testid="stored-depth">
        {stored ? (
          <p>
            ✓ Your safe depth: <strong>{Math.round(stored.hipFlexionDeg)}°</strong> hip flexion (calibrated{' '}
            {new Date(stored.calibratedAtIso).toLocaleDateString()}). Analyses and live cues use it.
          </p>
        ) : (
          <p>
            ◇ Not calibrated yet: Spotter uses the default limit ({DEPTH_DEFAULTS.defaultSafeHipFlexionDeg}°
            hip flexion).
          </p>
        )}
        {stored && (
          <button
            type="button"
            onClick={() => {
              clearSafeDepth();
              notifySafeDepthChanged();
            }}
          >
            Forget it (use the default)
          </button>
        )}
      </section>
      <ol className="steps">
        <li>Set the phone side-on, whole body and sled in view (see Live for the setup guide).</li>
        <li>Use no weight or a light one you could lift 20 times.</li>
        <li>
          Lower the sled very slowly (3–4 s), a little deeper each rep, and stop as soon as you feel your
          lower back or pelvis start to curl off the pad.
        </li>
        <li>Do 2–3 such reps, then end the recording.</li>
      </ol>
      <div className="row">
        {!recording ? (
          <button type="button" className="primary big" onClick={() => void startCamera()}>
            {stored || result ? '↻ Redo with the camera' : '▶ Calibrate with the camera'}
          </button>
        ) : (
          <button type="button" className="primary big" onClick={stopCamera}>
            ■ End recording
          </button>
        )}
        <label className="button">
          Or use a recorded video
          <input
            type="file"
            accept="video/*"
            className="visually-hidden"
            onChange={(e) => e.target.files?.[0] && void fromFile(e.target.files[0])}
          />
        </label>
      </div>
      {progress !== null && <progress value={progress} max={1} aria-label="Calibration progress" />}
      {message !== '' && <p role="status">{message}</p>}
      <div className={`stage live-stage ${recording ? '' : 'hidden'}`}>
        <video ref={videoRef} playsInline muted aria-label="Camera view" />
        <canvas ref={canvasRef} aria-hidden="true" />
      </div>
      {result && (
        <section className="result" role="status">
          <h3>{result.tuckOnsetHipFlexionDeg !== null ? '✓ Safe depth found' : '◇ No pelvic roll found'}</h3>
          <p>{result.explanation}</p>
          <p>
            Safe depth: <strong>{Math.round(result.safeDepth.hipFlexionDeg)}°</strong> · deepest reached{' '}
            {Math.round(result.maxHipFlexionDeg)}° · confidence {Math.round(result.confidence * 100)}%
          </p>
        </section>
      )}
    </div>
  );
}
