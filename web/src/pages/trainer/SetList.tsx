/** The client's sets, newest first, each with its numbers and a link to its full analysis. */
import { TableScroll } from '../../components/TableScroll.js';
import type { SetRow } from './client-history.js';
import { setHref } from './trainer-route.js';
import { cell } from './format.js';

export function SetList({ clientId, sets }: { clientId: string; sets: readonly SetRow[] }) {
  if (sets.length === 0) return <p>No sets shared yet.</p>;
  return (
    <TableScroll label="Sets">
      <table data-testid="set-list">
        <caption>Sets</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Analysed</th>
            <th scope="col">Reps</th>
            <th scope="col">Deepest hip flexion</th>
            <th scope="col">Lowering time</th>
            <th scope="col">Verdict and faults</th>
          </tr>
        </thead>
        <tbody>
          {sets.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <a href={setHref(clientId, s.id)}>{new Date(s.createdAt).toLocaleString()}</a>
              </th>
              <td>{s.source === 'device' ? 'on the device' : 'on the server'}</td>
              <td>{s.analysis?.repsSeen ?? '–'}</td>
              <td>{cell(s.analysis?.hipFlexionMaxDeg, 0, '°')}</td>
              <td>{cell(s.analysis?.eccentricMeanS, 2, ' s')}</td>
              <td>
                {s.analysis === null
                  ? 'not a readable report'
                  : [s.verdictHeadline, s.faults.join(', ')].filter(Boolean).join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
