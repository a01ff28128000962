/**
 * One shared set in full: the app's own analysis view (skeleton, per-rep timeline, plots, fault cards, exports)
 * over the set's keypoint track, analysed again here by the same engine, against the safe depth the set was
 * judged with. No video: it stayed on the device it was filmed with (or on the server that analysed it).
 */
import { useEffect, useMemo, useState } from 'react';
import { analyzeTrackDetailed } from '../../../../src/engine/index.js';
import { parseKeypointTrackValue } from '../../../../src/formats/keypoint-track/index.js';
import { AnalysisView } from '../../components/AnalysisView.js';
import { getSet, type SharedSetInFull } from '../../lib/api-client.js';
import { messageOf } from './feedback.js';
import { clientHref } from './trainer-route.js';

interface JudgedWith {
  readonly safeDepth?: { readonly hipFlexionDeg?: number; readonly source?: string };
}

function analyse(set: SharedSetInFull) {
  if (set.track === null) return null;
  const track = parseKeypointTrackValue(set.track);
  const depth = (set.report as JudgedWith | null)?.safeDepth;
  const safeDepthDeg =
    depth?.source !== undefined && depth.source !== 'default' ? depth.hipFlexionDeg : undefined;
  return {
    track,
    analysis: analyzeTrackDetailed(track, {
      includeSeries: 800,
      ...(safeDepthDeg !== undefined && { safeDepthDeg }),
    }),
  };
}

export function SetPage({ clientId, setId }: { clientId: string; setId: string }) {
  const [set, setSet] = useState<SharedSetInFull | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    getSet(clientId, setId)
      .then((s) => alive && setSet(s))
      .catch((e: unknown) => alive && setError(messageOf(e)));
    return () => {
      alive = false;
    };
  }, [clientId, setId]);

  const shown = useMemo(() => {
    if (set === null) return { result: null, error: null };
    try {
      return { result: analyse(set), error: null };
    } catch (e) {
      return { result: null, error: messageOf(e) };
    }
  }, [set]);

  const back = (
    <p>
      <a href={clientHref(clientId)}>← Back to the history</a>
    </p>
  );
  if (error !== null || shown.error !== null) {
    return (
      <section>
        {back}
        <p className="error" role="alert">
          ⚠ {error ?? shown.error}
        </p>
      </section>
    );
  }
  if (set === null) return <p role="status">Loading the set…</p>;
  const when = new Date(set.createdAt).toLocaleString();
  return (
    <section aria-label={`Set of ${when}`}>
      {back}
      <p className="meta">
        Set of {when}, analysed {set.source === 'device' ? 'on the client’s device' : 'on the server'}.
      </p>
      {shown.result === null ? (
        <p>
          This set was shared as its report only, without its keypoints, so the full view cannot be drawn. Its
          numbers are in the history.
        </p>
      ) : (
        <AnalysisView
          analysis={shown.result.analysis}
          track={shown.result.track}
          title={`Spotter: set of ${when}`}
          sourceName={`set-${set.createdAt.slice(0, 10)}`}
        />
      )}
    </section>
  );
}
