/** The logged sets, newest first, each with Edit and Delete. */
import type { LoggedSet } from '../../../../src/log/index.js';
import { TableScroll } from '../../components/TableScroll.js';
import { fmt } from './format.js';

export function SetTable({
  sets,
  onEdit,
  onDelete,
}: {
  sets: readonly LoggedSet[];
  onEdit: (s: LoggedSet) => void;
  onDelete: (s: LoggedSet) => void;
}) {
  if (sets.length === 0) return <p>No sets logged yet.</p>;
  return (
    <TableScroll label="Sets, newest first">
      <table data-testid="log-sets">
        <caption>Sets, newest first</caption>
        <thead>
          <tr>
            <th>#</th>
            <th>When</th>
            <th>Load kg</th>
            <th>Reps</th>
            <th>Effort</th>
            <th>Pain during / after / morning</th>
            <th>Video</th>
            <th>Notes</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sets.map((s) => (
            <tr key={s.id}>
              <td>{s.id}</td>
              <td>{s.atIso.slice(0, 16).replace('T', ' ')}</td>
              <td>{fmt(s.loadKg)}</td>
              <td>
                {s.reps}
                {s.targetReps !== undefined && ` / ${s.targetReps}`}
              </td>
              <td>{s.rir !== undefined ? `RIR ${s.rir}` : s.rpe !== undefined ? `RPE ${s.rpe}` : '–'}</td>
              <td>
                {fmt(s.pain.during)} / {fmt(s.pain.after)} / {fmt(s.pain.nextMorning)}
              </td>
              <td>
                {s.analysis
                  ? `${s.analysis.verdict === 'not_judged' ? 'not judged' : (s.analysis.verdict ?? '')} ${s.analysis.faults.map((f) => `${f.id} ×${f.count}`).join(', ')}`.trim() ||
                    'clean'
                  : '–'}
              </td>
              <td>{s.notes ?? ''}</td>
              <td>
                <div className="row">
                  <button type="button" className="button" onClick={() => onEdit(s)}>
                    Edit
                  </button>
                  <button type="button" className="button" onClick={() => onDelete(s)}>
                    Delete
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
