/** A small SVG line plot of one angle series with rep bands, an optional limit line and a playback cursor. */
import type { RepReport } from '../../../src/engine/index.js';

interface Props {
  readonly title: string;
  readonly unit: string;
  readonly tS: readonly number[];
  readonly values: readonly (number | null)[];
  readonly reps: readonly RepReport[];
  readonly cursorS: number;
  readonly limit?: { readonly value: number; readonly label: string };
  readonly onSeek: (tS: number) => void;
}

const W = 600;
const H = 140;
const PAD = { l: 40, r: 8, t: 8, b: 20 };

export function TimePlot({ title, unit, tS, values, reps, cursorS, limit, onSeek }: Props) {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (tS.length < 2 || finite.length < 2) return null;
  let lo = Math.min(...finite, limit?.value ?? Infinity);
  let hi = Math.max(...finite, limit?.value ?? -Infinity);
  if (hi - lo < 1e-6) hi = lo + 1;
  const pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  const t0 = tS[0]!;
  const t1 = tS[tS.length - 1]!;
  const x = (t: number) => PAD.l + ((t - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - (v - lo) / (hi - lo)) * (H - PAD.t - PAD.b);
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(tS[i]!).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  const seekFromEvent = (ev: React.MouseEvent<SVGSVGElement>) => {
    const box = ev.currentTarget.getBoundingClientRect();
    const fx = ((ev.clientX - box.left) / box.width) * W;
    onSeek(t0 + ((fx - PAD.l) / (W - PAD.l - PAD.r)) * (t1 - t0));
  };
  const c = Math.min(Math.max(cursorS, t0), t1);
  return (
    <figure className="plot">
      <figcaption>
        {title} ({unit})
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title} over time`} onClick={seekFromEvent}>
        {reps.map((r) => (
          <g key={r.index}>
            <rect
              x={x(r.startS)}
              y={PAD.t}
              width={Math.max(1, x(r.endS) - x(r.startS))}
              height={H - PAD.t - PAD.b}
              className="plot-rep"
            />
            <text x={x(r.bottomS)} y={H - 6} className="plot-label" textAnchor="middle">
              {r.index}
            </text>
          </g>
        ))}
        <text x={4} y={y(hi - pad) + 4} className="plot-label">
          {Math.round(hi - pad)}
        </text>
        <text x={4} y={y(lo + pad)} className="plot-label">
          {Math.round(lo + pad)}
        </text>
        {limit && (
          <g>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(limit.value)} y2={y(limit.value)} className="plot-limit" />
            <text x={W - PAD.r - 4} y={y(limit.value) - 4} textAnchor="end" className="plot-label">
              {limit.label}
            </text>
          </g>
        )}
        <path d={d} className="plot-line" />
        <line x1={x(c)} x2={x(c)} y1={PAD.t} y2={H - PAD.b} className="plot-cursor" />
      </svg>
    </figure>
  );
}
