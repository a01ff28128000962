/** One row per week, newest first: sessions, sets, volume, top set, pain, depth, lowering time, video faults. */
import type { WeekTrend } from '../../../../src/log/index.js';
import { TableScroll } from '../../components/TableScroll.js';
import { fmt } from './format.js';

export function WeekTable({ weeks }: { weeks: readonly WeekTrend[] }) {
  return (
    <TableScroll label="Weeks">
      <table>
        <caption>Weeks</caption>
        <thead>
          <tr>
            <th>Week of</th>
            <th>Sessions</th>
            <th>Sets</th>
            <th>Volume kg</th>
            <th>Top set</th>
            <th>Pain max during / after / morning</th>
            <th>Hip flexion max</th>
            <th>Lowering time, mean</th>
            <th>Video faults (reps)</th>
          </tr>
        </thead>
        <tbody>
          {[...weeks].reverse().map((w) => (
            <tr key={w.weekStart}>
              <td>{w.weekStart}</td>
              <td>{w.sessions}</td>
              <td>{w.sets}</td>
              <td>{fmt(w.volumeLoadKg)}</td>
              <td>
                {fmt(w.topSetKg)} × {w.topSetReps}
              </td>
              <td>
                {fmt(w.painDuringMax)} / {fmt(w.painAfterMax)} / {fmt(w.painNextMorningMax)}
              </td>
              <td>{w.hipFlexionMaxDeg === null ? '–' : `${fmt(w.hipFlexionMaxDeg)}°`}</td>
              <td>{w.eccentricMeanS === null ? '–' : `${fmt(w.eccentricMeanS)} s`}</td>
              <td>
                {w.analysedSets === 0
                  ? '–'
                  : Object.entries(w.faultCounts)
                      .map(([id, n]) => `${id} ${n}`)
                      .join(', ') || 'none'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
