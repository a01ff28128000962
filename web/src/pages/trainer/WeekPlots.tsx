/** The client's weeks as four small line plots: deepest hip flexion, lowering time, fault reps per set, pain. */
import type { WeekRow } from './client-history.js';
import { weekLine } from './week-plot.js';

const PAIN_SCALE = { low: 0, high: 10 };

function painMax(w: WeekRow): number | null {
  const scores = [w.painDuringMax, w.painAfterMax, w.painNextMorningMax, w.checkPainMax].filter(
    (p): p is number => p !== null,
  );
  return scores.length === 0 ? null : Math.max(...scores);
}

const METRICS: readonly {
  readonly title: string;
  readonly unit: string;
  readonly digits: number;
  readonly value: (w: WeekRow) => number | null;
  readonly range?: { readonly low: number; readonly high: number };
}[] = [
  { title: 'Deepest hip flexion', unit: '°', digits: 0, value: (w) => w.hipFlexionMaxDeg },
  { title: 'Lowering time, mean', unit: ' s', digits: 2, value: (w) => w.eccentricMeanS },
  { title: 'Fault reps per set', unit: '', digits: 1, value: (w) => w.faultRepsPerSet },
  { title: 'Highest back pain (0-10)', unit: '', digits: 0, value: painMax, range: PAIN_SCALE },
];

export function WeekPlots({ weeks }: { weeks: readonly WeekRow[] }) {
  if (weeks.length === 0) return null;
  return (
    <div className="plots" data-testid="week-plots">
      {METRICS.map((m) => {
        const line = weekLine(
          weeks.map((w) => ({ weekStart: w.weekStart, value: m.value(w) })),
          m.range,
        );
        const said = line.points.map((p) => `${p.weekStart}: ${p.value.toFixed(m.digits)}${m.unit}`);
        return (
          <figure className="plot" key={m.title}>
            <figcaption>{m.title} by week</figcaption>
            <svg
              viewBox={`0 0 ${line.width} ${line.height}`}
              role="img"
              aria-label={`${m.title} by week: ${said.length > 0 ? said.join('; ') : 'nothing yet'}`}
            >
              <text x={4} y={line.plotTop + 4} className="plot-label">
                {line.high.toFixed(m.digits)}
              </text>
              <text x={4} y={line.plotBottom} className="plot-label">
                {line.low.toFixed(m.digits)}
              </text>
              {line.points.length === 0 && (
                <text x={line.width / 2} y={line.height / 2} textAnchor="middle" className="plot-label">
                  nothing recorded yet
                </text>
              )}
              <path d={line.path} className="plot-line" />
              {line.points.map((p) => (
                <g key={p.weekStart}>
                  <circle cx={p.x} cy={p.y} r={4} />
                  <text x={p.x} y={line.height - 6} textAnchor="middle" className="plot-label">
                    {p.weekStart.slice(5)}
                  </text>
                </g>
              ))}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
