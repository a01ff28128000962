import type { ColumnarTrack, PointColumns } from '../core/columnar-track.js';

function keep(values: Float64Array, kept: Int32Array): Float64Array {
  const out = new Float64Array(kept.length);
  for (let i = 0; i < kept.length; i++) out[i] = values[kept[i]!]!;
  return out;
}

/**
 * One pose per instant: frames repeating the previous frame's timestamp (a duplicated frame, a muxer that
 * repeats a picture) are dropped, keeping the first. Kept, they would count twice towards every "held for N
 * frames" rule and give zero time steps to the filters, so the same movement would be judged differently.
 */
export function onePosePerInstant(track: ColumnarTrack): ColumnarTrack {
  const tS = track.tS;
  let repeats = 0;
  for (let i = 1; i < tS.length; i++) if (tS[i] === tS[i - 1]) repeats++;
  if (repeats === 0) return track;
  const kept = new Int32Array(tS.length - repeats);
  let m = 0;
  for (let i = 0; i < tS.length; i++) if (i === 0 || tS[i] !== tS[i - 1]) kept[m++] = i;
  const points = track.points.map((p): PointColumns | undefined =>
    p === undefined
      ? undefined
      : {
          x: keep(p.x, kept),
          y: keep(p.y, kept),
          score: keep(p.score, kept),
          ...(p.zPx !== undefined && { zPx: keep(p.zPx, kept) }),
        },
  );
  return { ...track, tS: keep(tS, kept), points };
}
