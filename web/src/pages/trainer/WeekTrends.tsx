/** The client's weeks, newest first: depth, lowering time, faults per set, pain, load. */
import { TableScroll } from '../../components/TableScroll.js';
import type { WeekRow } from './client-history.js';
import { cell } from './format.js';

export function WeekTrends({ weeks }: { weeks: readonly WeekRow[] }) {
  if (weeks.length === 0) return <p>No sets or pain checks yet.</p>;
  return (
    <TableScroll label="Trends by week">
      <table data-testid="week-trends">
        <caption>Trends by week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Sets (analysed)</th>
            <th scope="col">Deepest hip flexion</th>
            <th scope="col">Lowering time, mean</th>
            <th scope="col">Fault reps per set</th>
            <th scope="col">Pain during / after / next morning</th>
            <th scope="col">Pain at check</th>
            <th scope="col">Top set</th>
          </tr>
        </thead>
        <tbody>
          {[...weeks].reverse().map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{w.weekStart}</th>
              <td>
                {w.sets} ({w.analysedSets})
              </td>
              <td>{cell(w.hipFlexionMaxDeg, 0, '°')}</td>
              <td>{cell(w.eccentricMeanS, 2, ' s')}</td>
              <td>{cell(w.faultRepsPerSet, 1)}</td>
              <td>
                {cell(w.painDuringMax)} / {cell(w.painAfterMax)} / {cell(w.painNextMorningMax)}
              </td>
              <td>{cell(w.checkPainMax)}</td>
              <td>{w.topSetKg > 0 ? `${w.topSetKg} kg × ${w.topSetReps}` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
