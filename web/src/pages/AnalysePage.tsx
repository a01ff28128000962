/** Demo on first open; pick or drop a video to analyse your own set (on this device, nothing uploaded). */
import { useEffect, useMemo, useRef, useState } from 'react';
import { AnalysisError, analyzeTrackDetailed, type KeypointTrack } from '../../../src/engine/index.js';
import { DEFAULT_POSE_MODEL } from '../../../src/pose/create-pose-estimator.js';
import type { PoseModelName } from '../../../src/pose/pose-estimator.js';
import { AnalysisView } from '../components/AnalysisView.js';
import { ProgressStatus } from '../components/ProgressStatus.js';
import { loadDemo } from '../lib/demo.js';
import { useSafeDepth } from '../lib/settings.js';
import { videoUrlToTrack } from '../video/video-to-track.js';

interface Loaded {
  readonly track: KeypointTrack;
  readonly videoUrl?: string;
  readonly name: string;
  readonly isDemo: boolean;
}

export function AnalysePage() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [model, setModel] = useState<PoseModelName>(DEFAULT_POSE_MODEL);
  const [dragging, setDragging] = useState(false);
  const abortRef = useRef<AbortController | null>(null);
  const safeDepth = useSafeDepth();

  useEffect(() => {
    let alive = true;
    loadDemo()
      .then((d) => alive && setLoaded({ ...d, isDemo: true }))
      .catch((err: unknown) => alive && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      alive = false;
    };
  }, []);

  const analysis = useMemo(() => {
    if (loaded === null) return { result: null, error: null };
    try {
      return {
        result: analyzeTrackDetailed(loaded.track, {
          includeSeries: 800,
          ...(safeDepth !== null && { safeDepthDeg: safeDepth.hipFlexionDeg }),
        }),
        error: null,
      };
    } catch (err) {
      return {
        result: null,
        error: err instanceof AnalysisError || err instanceof Error ? err.message : String(err),
      };
    }
  }, [loaded, safeDepth]);

  async function analyseFile(file: File) {
    abortRef.current?.abort();
    const abort = new AbortController();
    abortRef.current = abort;
    setError(null);
    setProgress(0);
    const url = URL.createObjectURL(file);
    try {
      const track = await videoUrlToTrack(url, model, {
        signal: abort.signal,
        onProgress: (f) => setProgress(f),
        onStage: (stage, pose) =>
          setStatus(
            stage === 'loading-model'
              ? 'Loading the pose model…'
              : stage === 'reading-video'
                ? 'Reading the video…'
                : `Finding the lifter in each frame (${pose?.info?.backend ?? ''}${pose?.info && pose.info.threads > 1 ? `, ${pose.info.threads} threads` : ''})…`,
          ),
      });
      setLoaded({ track, videoUrl: url, name: file.name, isDemo: false });
      setStatus('');
    } catch (err) {
      URL.revokeObjectURL(url);
      if (!(err instanceof DOMException && err.name === 'AbortError')) {
        setError(err instanceof Error ? err.message : String(err));
      }
      setStatus('');
    } finally {
      setProgress(null);
    }
  }

  const onFiles = (files: FileList | null) => {
    const f = files?.[0];
    if (f) void analyseFile(f);
  };

  return (
    <div>
      <section
        className={`upload ${dragging ? 'dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          onFiles(e.dataTransfer.files);
        }}
      >
        <h2>Analyse a set</h2>
        <p>
          Film from the side, whole body and sled in view. Pick or drop the video: it is analysed on this
          device and never uploaded.
        </p>
        <div className="row">
          <label className="button primary">
            Choose video
            <input
              type="file"
              accept="video/*"
              data-testid="file-input"
              onChange={(e) => onFiles(e.target.files)}
              className="visually-hidden"
            />
          </label>
          <label>
            Model{' '}
            <select value={model} onChange={(e) => setModel(e.target.value as PoseModelName)}>
              <option value="movenet-lightning">Fast (MoveNet Lightning)</option>
              <option value="movenet-thunder">Accurate (MoveNet Thunder)</option>
              <option value="blazepose-full">Feet and heels (BlazePose)</option>
            </select>
          </label>
          {progress !== null && (
            <button type="button" onClick={() => abortRef.current?.abort()}>
              Cancel
            </button>
          )}
        </div>
        {progress !== null && (
          <ProgressStatus fraction={progress} label="Analysis progress" status={status} />
        )}
        {progress === null && status !== '' && <p role="status">{status}</p>}
      </section>
      {error !== null && (
        <p className="error" role="alert">
          ⚠ {error}
        </p>
      )}
      {analysis.error !== null && (
        <p className="error" role="alert">
          ⚠ {analysis.error}
        </p>
      )}
      {loaded !== null && analysis.result !== null && (
        <>
          {loaded.isDemo && (
            <p className="demo-note" data-testid="demo-note">
              Demo: a recorded set with a fault, analysed by the same engine. Choose your own video above, or
              go live.
            </p>
          )}
          <AnalysisView
            key={loaded.name + loaded.track.frames.length}
            analysis={analysis.result}
            track={loaded.track}
            title={loaded.isDemo ? 'Spotter demo set' : `Spotter: ${loaded.name}`}
            sourceName={loaded.name}
            {...(loaded.videoUrl !== undefined && { videoUrl: loaded.videoUrl })}
          />
        </>
      )}
      {loaded === null && error === null && <p role="status">Loading the demo…</p>}
    </div>
  );
}
