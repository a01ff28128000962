/** Weekly volume load (bars) and highest back pain (line) for the last twelve weeks, as an SVG plot. */
import { LOAD_RULE_CONFIG, type WeekTrend } from '../../../../src/log/index.js';
import { weekPlot } from '../../lib/log-plot.js';
import { fmt } from './format.js';

/** Weeks shown in the plot (the table below it lists them all). */
const PLOT_WEEKS = 12;

export function WeekChart({ weeks }: { weeks: readonly WeekTrend[] }) {
  const plot = weekPlot(weeks.slice(-PLOT_WEEKS), LOAD_RULE_CONFIG.painStopScore);
  const { plotLeft: l, plotRight: r, plotTop: t, plotBottom: b } = plot;
  return (
    <figure className="plot" data-testid="log-plot">
      <figcaption>
        Weekly volume load (bars, kg × reps) and highest back pain (line, 0-10; dashed: stop above{' '}
        {LOAD_RULE_CONFIG.painStopScore})
      </figcaption>
      <svg viewBox={`0 0 ${plot.width} ${plot.height}`} role="img" aria-label="Weekly volume load and pain">
        <line x1={l} x2={r} y1={b} y2={b} stroke="#000" />
        <line x1={l} x2={l} y1={t} y2={b} stroke="#000" />
        <line x1={r} x2={r} y1={t} y2={b} stroke="#000" />
        <text className="plot-label" x={l - 4} y={t + 10} textAnchor="end">
          {plot.volumeMaxKg}
        </text>
        <text className="plot-label" x={l - 4} y={b} textAnchor="end">
          0
        </text>
        <text className="plot-label" x={r + 4} y={t + 10}>
          10
        </text>
        <text className="plot-label" x={r + 4} y={b}>
          0
        </text>
        <line className="plot-limit" x1={l} x2={r} y1={plot.painStopY} y2={plot.painStopY} />
        {plot.bars.map((bar) => (
          <g key={bar.weekStart}>
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill="#9ab">
              <title>
                {`Week of ${bar.weekStart}: ${fmt(bar.volumeLoadKg)} kg volume, pain max ${fmt(bar.painMax)}`}
              </title>
            </rect>
            <text className="plot-label" x={bar.x + bar.width / 2} y={b + 16} textAnchor="middle">
              {bar.weekStart.slice(5)}
            </text>
          </g>
        ))}
        <path className="plot-line" d={plot.painPath} style={{ stroke: '#b00' }} />
        {plot.bars.map((bar) =>
          bar.painY === null ? null : (
            <circle key={bar.weekStart} cx={bar.x + bar.width / 2} cy={bar.painY} r={4} fill="#b00" />
          ),
        )}
      </svg>
    </figure>
  );
}
