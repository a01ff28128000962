/** The rep-goal number field (whole reps within LOG_LIMITS), labelled "Rep goal". */
import { LOG_LIMITS as L } from '../../../../src/log/index.js';

export function RepGoalInput(props: {
  value: string;
  onChange: (e: React.ChangeEvent<HTMLInputElement>) => void;
  placeholder?: string;
}) {
  return (
    <label>
      Rep goal <input type="number" min={L.targetReps.min} max={L.targetReps.max} step={1} {...props} />
    </label>
  );
}
