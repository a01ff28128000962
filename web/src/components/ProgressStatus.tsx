/** A video analysis under way: the bar, its percentage and what is being done, announced as a status. */
export function ProgressStatus({
  fraction,
  label,
  status,
}: {
  readonly fraction: number;
  /** The bar's accessible name. */
  readonly label: string;
  readonly status: string;
}) {
  return (
    <div className="progress" role="status">
      <progress value={fraction} max={1} aria-label={label} /> {Math.round(fraction * 100)}% {status}
    </div>
  );
}
