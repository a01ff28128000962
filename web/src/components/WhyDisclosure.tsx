/** Why an item is there and what it rests on, behind a closed "Why?" disclosure: sources are never inline. */
import { sourceWords } from '../../../src/present/vocabulary/index.js';

export function WhyDisclosure({ because, sources }: { because?: string; sources: readonly string[] }) {
  if (because === undefined && sources.length === 0) return null;
  return (
    <details className="why">
      <summary>Why?</summary>
      {because !== undefined && <p>{because}</p>}
      {sources.length > 0 && (
        <>
          <p className="meta">Sources:</p>
          <ul>
            {sources.map((s) => (
              <li key={s}>{sourceWords(s)}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
