/** Coach pages from src/coach data: pain triage, machine setup with diagrams, prehab, alternatives. */
import { useMemo, useState } from 'react';
import {
  loadKnowledge,
  parseTriageAnswers,
  redFlagDespiteInvalid,
  triage,
  TriageAnswersError,
  TRIAGE_QUESTIONS,
} from '../../../src/coach/index.js';
import type { TriageJson } from '../../../src/formats/triage/index.js';
import { TRIAGE_LEVEL_WORDS, wordTriage } from '../../../src/present/vocabulary/index.js';
import { WhyDisclosure } from '../components/WhyDisclosure.js';
import { saveTriageAnswers } from '../lib/triage-state.js';

type Tab = 'triage' | 'setup' | 'prehab' | 'alternatives';

export function CoachPage() {
  const [tab, setTab] = useState<Tab>('triage');
  const tabs: [Tab, string][] = [
    ['triage', 'Back pain check'],
    ['setup', 'Machine setup'],
    ['prehab', 'Prehab'],
    ['alternatives', 'Alternatives'],
  ];
  return (
    <div className="coach">
      <div className="subnav" role="tablist" aria-label="Coach sections">
        {tabs.map(([id, text]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {text}
          </button>
        ))}
      </div>
      {tab === 'triage' && <Triage />}
      {tab === 'setup' && <Setup />}
      {tab === 'prehab' && <PrehabList />}
      {tab === 'alternatives' && <Alternatives />}
    </div>
  );
}

function Triage() {
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const [result, setResult] = useState<TriageJson | null>(null);
  const [error, setError] = useState('');
  const set = (field: string, value: unknown) => setAnswers((a) => ({ ...a, [field]: value }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const parsed = parseTriageAnswers(answers).answers;
      setResult(wordTriage(triage(parsed), 'app'));
      // A red flag then wins on the analysis view and its exports too (adviseSet).
      saveTriageAnswers(parsed);
      setError('');
    } catch (err) {
      // A red flag among the answers that could be read still shows, with the error: never held back by it.
      const redFlag = err instanceof TriageAnswersError ? redFlagDespiteInvalid(err) : undefined;
      setResult(redFlag !== undefined ? wordTriage(redFlag, 'app') : null);
      if (redFlag !== undefined) saveTriageAnswers(redFlag.answers);
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form onSubmit={submit} className="triage">
      <p>
        Answer what you can. Not a diagnosis: if something feels seriously wrong, call emergency services.
      </p>
      {TRIAGE_QUESTIONS.map((q) => (
        <fieldset key={q.field}>
          <legend>{q.text}</legend>
          {q.kind === 'yes_no' && (
            <div className="row">
              {[
                ['yes', true],
                ['no', false],
              ].map(([label, v]) => (
                <label key={String(label)}>
                  <input
                    type="radio"
                    name={q.field}
                    checked={answers[q.field] === v}
                    onChange={() => set(q.field, v)}
                  />{' '}
                  {String(label)}
                </label>
              ))}
            </div>
          )}
          {q.kind === 'number' && (
            <input
              type="number"
              min={q.min}
              max={q.max}
              step={q.integer ? 1 : 0.5}
              aria-label={q.text}
              onChange={(e) => set(q.field, e.target.value === '' ? undefined : Number(e.target.value))}
            />
          )}
          {q.kind === 'choice' && (
            <div className="row">
              {q.choices.map((c) => (
                <label key={c.value}>
                  <input
                    type="radio"
                    name={q.field}
                    checked={answers[q.field] === c.value}
                    onChange={() => set(q.field, c.value)}
                  />{' '}
                  {c.label}
                </label>
              ))}
            </div>
          )}
          {q.kind === 'list' && (
            <input
              type="text"
              aria-label={q.text}
              placeholder="comma separated, or leave empty"
              onChange={(e) =>
                set(
                  q.field,
                  e.target.value
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean),
                )
              }
            />
          )}
        </fieldset>
      ))}
      <button type="submit" className="primary big">
        Check
      </button>
      {error && (
        <p className="error" role="alert">
          ⚠ {error}
        </p>
      )}
      {result && (
        <section className={`triage-result level-${result.level}`} role="status" data-testid="triage-result">
          <h3>
            <span aria-hidden="true">{TRIAGE_LEVEL_WORDS[result.level].symbol} </span>
            {result.headline}
          </h3>
          <ul>
            {result.reasons.map((r) => (
              <li key={r.ruleId}>
                {r.text}
                <WhyDisclosure sources={[r.source]} />
              </li>
            ))}
          </ul>
          {result.unanswered.length > 0 && result.level !== 'emergency' && (
            <>
              <h4>Not answered</h4>
              <ul>
                {result.unanswered.map((u) => (
                  <li key={u.field}>{u.question}</li>
                ))}
              </ul>
            </>
          )}
          <h4>Next steps</h4>
          <ul>
            {result.nextSteps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <p className="meta">{result.note}</p>
        </section>
      )}
    </form>
  );
}

function Setup() {
  const kb = loadKnowledge();
  const setupFixes = kb.fixes.filter((f) => f.kind === 'setup');
  return (
    <div>
      <div className="diagrams">
        <figure>
          <svg
            viewBox="0 0 220 160"
            role="img"
            aria-label="Seat back angle: a more reclined seat lets the hips flex further before the pelvis rolls"
          >
            <line x1="20" y1="140" x2="200" y2="140" className="d-floor" />
            <line x1="60" y1="140" x2="40" y2="50" className="d-pad" />
            <path d="M 60 140 A 80 80 0 0 0 44 70" className="d-angle" />
            <text x="70" y="100" className="d-text">
              seat angle
            </text>
            <circle cx="45" cy="40" r="10" className="d-body" />
            <line x1="45" y1="50" x2="60" y2="128" className="d-body" />
            <line x1="60" y1="128" x2="120" y2="90" className="d-body" />
            <line x1="120" y1="90" x2="160" y2="120" className="d-body" />
            <line x1="150" y1="70" x2="180" y2="140" className="d-sled" />
          </svg>
          <figcaption>
            Seat back: lower it (more reclined) if your pelvis rolls early; keep the whole back and the head
            on the pad.
          </figcaption>
        </figure>
        <figure>
          <svg
            viewBox="0 0 220 160"
            role="img"
            aria-label="Foot placement: feet mid to high on the platform, hip width, whole foot flat"
          >
            <rect x="60" y="20" width="100" height="120" className="d-sled" />
            <rect x="78" y="50" width="20" height="40" className="d-foot" />
            <rect x="122" y="50" width="20" height="40" className="d-foot" />
            <text x="110" y="110" textAnchor="middle" className="d-text">
              mid–high
            </text>
            <text x="110" y="152" textAnchor="middle" className="d-text">
              hip width
            </text>
          </svg>
          <figcaption>
            Feet: mid to high on the platform, hip width, whole foot flat; higher feet mean less hip flexion
            at the bottom.
          </figcaption>
        </figure>
      </div>
      <ul className="cards">
        {setupFixes.map((f) => (
          <li key={f.id} className="card">
            <h4>{f.title}</h4>
            <p>{f.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PrehabList() {
  const kb = useMemo(loadKnowledge, []);
  return (
    <ul className="cards">
      {kb.prehab.map((p) => (
        <li key={p.id} className="card">
          <h4>
            {p.title} <span className="meta">({p.target.replace('_', ' ')})</span>
          </h4>
          <p>{p.text}</p>
          <p>
            <strong>Dose:</strong> {p.dose}
          </p>
          <p>
            <strong>Progress:</strong> {p.progression}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Alternatives() {
  const kb = useMemo(loadKnowledge, []);
  return (
    <ul className="cards">
      {kb.alternatives.map((a) => (
        <li key={a.id} className="card">
          <h4>
            {a.title}{' '}
            <span className="meta">
              ({a.kind}, spine load {a.spineLoad})
            </span>
          </h4>
          <p>{a.text}</p>
          <p>
            <strong>Suits:</strong> {a.suits}
          </p>
          <p>
            <strong>Spares the back:</strong> {a.sparesBack}
          </p>
        </li>
      ))}
    </ul>
  );
}
