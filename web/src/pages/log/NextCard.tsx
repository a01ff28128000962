/** The next-session recommendation: load, rest, the load-jump ratio, a pointer to the pain check, and the reasons. */
import { loadRule, type NextSession } from '../../../../src/log/index.js';
import { wordNextSession } from '../../../../src/present/vocabulary/index.js';
import { WhyDisclosure } from '../../components/WhyDisclosure.js';
import { fmt } from './format.js';

/** Worded by the presenters' vocabulary for the app; each reason's rule and sources behind "Why?". */
export function NextCard({ next: decided }: { next: NextSession }) {
  const next = wordNextSession(decided, 'app');
  const sev =
    next.action === 'stop' || next.action === 'reduce' ? 'sev-alert' : next.rest.ok ? '' : 'sev-warn';
  return (
    <section className={`card ${sev}`} aria-labelledby="next-h" data-testid="log-next">
      <h3 id="next-h">Next session: {next.headline}</h3>
      {next.loadKg !== null && (
        <p className="fix">
          <strong>{fmt(next.loadKg)} kg</strong> for {next.targetReps} reps
          {next.lastLoadKg !== null && <> (last time {fmt(next.lastLoadKg)} kg)</>}
        </p>
      )}
      <p>
        Rest:{' '}
        {next.rest.hoursSinceLastHard === null
          ? 'no hard leg session logged.'
          : `${next.rest.hoursSinceLastHard} h since your last hard leg session${next.rest.ok ? ' (enough).' : `; wait until ${next.rest.earliestIso?.replace('T', ' ').slice(0, 16)}.`}`}{' '}
        Load jump (ACWR, information only):{' '}
        {next.acwr.ratio === null ? 'needs four weeks of log' : next.acwr.ratio.toFixed(2)}.
      </p>
      {next.seeTriage && (
        <p>
          <a className="button primary" href="#/coach">
            Check the pain (back pain check)
          </a>
        </p>
      )}
      <ul>
        {next.reasons.map((r) => (
          <li key={r.ruleId}>
            {r.text}
            <WhyDisclosure because={loadRule(r.ruleId).text} sources={r.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
