/**
 * Sending a set to the server, privacy first. The default: the video is analysed on this device and only its
 * report and body keypoints are sent. The other way, labelled apart and behind a confirmation: upload the video
 * itself for analysis on the server.
 */
import { useEffect, useRef, useState } from 'react';
import { serializeKeypointTrack } from '../../../../src/formats/keypoint-track/index.js';
import { ProgressStatus } from '../../components/ProgressStatus.js';
import { getJob, shareSet, uploadVideo, type AnalysisJob } from '../../lib/api-client.js';
import { useSafeDepth } from '../../lib/settings.js';
import { analyseOnDevice, type OnDeviceAnalysis } from './analyse-on-device.js';
import { Feedback, messageOf } from './feedback.js';

const JOB_POLL_MS = 1000;

interface Props {
  readonly clientId: string;
  /** Who receives it, in words: "your trainer" or the client's name. */
  readonly recipient: string;
  /** Called once a set is stored (shared, or analysed on the server). */
  readonly onShared: () => void;
}

export function SharePanel({ clientId, recipient, onShared }: Props) {
  return (
    <section aria-labelledby="share-title">
      <h3 id="share-title">Send a set</h3>
      <div className="panels">
        <ShareOnDevice clientId={clientId} recipient={recipient} onShared={onShared} />
        <UploadVideo clientId={clientId} onShared={onShared} />
      </div>
    </section>
  );
}

function ShareOnDevice({ clientId, recipient, onShared }: Props) {
  const safeDepth = useSafeDepth();
  const [analysed, setAnalysed] = useState<(OnDeviceAnalysis & { name: string }) | null>(null);
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  useEffect(() => () => abortRef.current?.abort(), []);

  const analyse = async (file: File) => {
    abortRef.current?.abort();
    const abort = new AbortController();
    abortRef.current = abort;
    setError(null);
    setSent(null);
    setAnalysed(null);
    setProgress(0);
    try {
      const result = await analyseOnDevice(file, {
        ...(safeDepth !== null && { safeDepthDeg: safeDepth.hipFlexionDeg }),
        signal: abort.signal,
        onStatus: setStatus,
        onProgress: setProgress,
      });
      setAnalysed({ ...result, name: file.name });
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) setError(messageOf(e));
    } finally {
      setStatus('');
      setProgress(null);
    }
  };

  const send = async () => {
    if (analysed === null) return;
    setError(null);
    try {
      await shareSet(clientId, analysed.report, JSON.parse(serializeKeypointTrack(analysed.track)));
      setSent(`Sent to ${recipient}: the report and keypoints of ${analysed.name}.`);
      setAnalysed(null);
      onShared();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <div className="panel" data-testid="share-on-device">
      <h4>Analyse on this device, send the numbers (recommended)</h4>
      <p>
        The video is analysed here and stays on this device. Only the report (reps, angles, faults) and the
        body keypoints (a stick figure, no picture) are sent to {recipient}.
      </p>
      <div className="row">
        <label className="button primary">
          Choose video to analyse here
          <input
            type="file"
            accept="video/*"
            className="visually-hidden"
            data-testid="share-file-input"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void analyse(f);
            }}
          />
        </label>
        {progress !== null && (
          <button type="button" onClick={() => abortRef.current?.abort()}>
            Cancel
          </button>
        )}
      </div>
      {progress !== null && (
        <ProgressStatus fraction={progress} label="On-device analysis progress" status={status} />
      )}
      {analysed !== null && (
        <div role="status">
          <p>
            {analysed.name}: {analysed.report.reps.length} reps. {analysed.report.verdict.headline}
          </p>
          <button type="button" className="primary" onClick={() => void send()}>
            Send report and keypoints to {recipient}
          </button>
        </div>
      )}
      <Feedback ok={sent} error={error} />
    </div>
  );
}

function UploadVideo({ clientId, onShared }: Omit<Props, 'recipient'>) {
  const [consent, setConsent] = useState(false);
  const [job, setJob] = useState<AnalysisJob | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Follow the job until it is done or failed.
  useEffect(() => {
    if (job === null || job.state === 'done' || job.state === 'failed') return;
    const timer = setTimeout(() => {
      getJob(job.id)
        .then((next) => {
          setJob(next);
          if (next.state === 'done') onShared();
        })
        .catch((e: unknown) => setError(messageOf(e)));
    }, JOB_POLL_MS);
    return () => clearTimeout(timer);
  }, [job, onShared]);

  const upload = async (file: File) => {
    setError(null);
    setJob(null);
    setUploading(true);
    try {
      const { jobId } = await uploadVideo(clientId, file);
      setJob({ id: jobId, clientId, state: 'queued', attempts: 0 });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setUploading(false);
    }
  };

  return (
    <div className="panel panel-upload" data-testid="upload-video">
      <h4>Or upload the video for analysis on the server</h4>
      <p>
        <strong>The video leaves this device.</strong> The whole file is sent to this Spotter server, kept in
        its uploads folder and analysed there; the set it makes is stored with this client. Use it when this
        device cannot analyse the video itself.
      </p>
      <label className="radio">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} /> I
        understand: upload the video file to the server
      </label>
      <div className="row">
        <label
          className={`button ${consent && !uploading ? '' : 'disabled'}`}
          aria-disabled={!consent || uploading}
        >
          Upload video to the server
          <input
            type="file"
            accept="video/*"
            className="visually-hidden"
            disabled={!consent || uploading}
            data-testid="upload-file-input"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void upload(f);
            }}
          />
        </label>
      </div>
      {uploading && <p role="status">Uploading the video…</p>}
      {job !== null && (
        <p role="status" data-testid="job-state" className={job.state === 'done' ? 'ok' : undefined}>
          {job.state === 'queued' && 'Uploaded; waiting for the server to analyse it…'}
          {job.state === 'running' && 'The server is analysing the video…'}
          {job.state === 'done' && 'Analysed on the server: the set is in the history below.'}
          {job.state === 'failed' && `The server could not analyse it: ${job.error ?? 'no reason given'}`}
        </p>
      )}
      <Feedback error={error} />
    </div>
  );
}
