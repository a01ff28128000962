/**
 * The client's back-pain checks: each check's level as the coach gave it, and sending this tab's latest check
 * (made on the Coach page, answers kept in this tab only) to the server.
 */
import { useState } from 'react';
import { useTriageResult } from '../../lib/triage-state.js';
import { addTriage, type TriageCheck } from '../../lib/api-client.js';
import { Feedback, messageOf } from './feedback.js';

interface StoredResult {
  readonly level?: string;
  readonly headline?: string;
  readonly answers?: { readonly painScore?: number | null };
}

export function PainChecks({
  clientId,
  checks,
  onChecked,
}: {
  clientId: string;
  checks: readonly TriageCheck[];
  onChecked: () => void;
}) {
  const current = useTriageResult();
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    if (current === null) return;
    setError(null);
    try {
      await addTriage(clientId, current.answers);
      onChecked();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section aria-labelledby="checks-title">
      <h3 id="checks-title">Back-pain checks</h3>
      {checks.length === 0 ? (
        <p>No checks yet.</p>
      ) : (
        <ul data-testid="pain-checks">
          {[...checks].reverse().map((c) => {
            const r = c.result as StoredResult;
            return (
              <li key={c.id}>
                {new Date(c.createdAt).toLocaleDateString()}: <strong>{r.headline ?? r.level}</strong>
                {typeof r.answers?.painScore === 'number' && ` (pain ${r.answers.painScore}/10)`}
              </li>
            );
          })}
        </ul>
      )}
      {current !== null ? (
        <p>
          <button type="button" onClick={() => void send()}>
            Send this tab’s back-pain check ({current.headline})
          </button>
        </p>
      ) : (
        <p className="meta">
          To add one, answer the questions on the <a href="#/coach">Coach page</a> and come back.
        </p>
      )}
      <Feedback error={error} />
    </section>
  );
}
