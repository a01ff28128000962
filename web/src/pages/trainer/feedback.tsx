/** The lines a trainer page shows after an action: what went well (a status) and what went wrong (an alert). */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function Feedback({ ok, error }: { ok?: string | null; error?: string | null }) {
  return (
    <>
      {ok != null && (
        <p role="status" className="ok">
          {ok}
        </p>
      )}
      {error != null && (
        <p className="error" role="alert">
          ⚠ {error}
        </p>
      )}
    </>
  );
}
