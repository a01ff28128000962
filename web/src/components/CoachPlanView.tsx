/**
 * The coach's plan for an analysed set, as the CLI prints it (src/present/vocabulary worded it for the app):
 * each section's items with their specifics; why an item is there and its sources behind a "Why?" disclosure.
 */
import type { CoachPlanJson } from '../../../src/formats/analysis-report/index.js';
import { WhyDisclosure } from './WhyDisclosure.js';

export function CoachPlanView({ plan, showHeadline }: { plan: CoachPlanJson; showHeadline: boolean }) {
  return (
    <section className="coach-plan" aria-label="Coach plan" data-testid="coach-plan" data-mode={plan.mode}>
      <h3>Coach plan</h3>
      {showHeadline && <p className="plan-headline">{plan.headline}</p>}
      {plan.sections.map((section) => (
        <div key={section.id} className={`plan-section plan-${section.id}`} data-section={section.id}>
          <h4>{section.title}</h4>
          <ul>
            {section.items.map((item) => (
              <li key={item.id} data-item={item.id}>
                <strong>{item.title}</strong>: {item.text}
                {item.details !== undefined && item.details.length > 0 && (
                  <ul className="plan-details">
                    {item.details.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                )}
                <WhyDisclosure
                  {...(item.because !== undefined && { because: item.because })}
                  sources={item.sources}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="meta">{plan.note}</p>
    </section>
  );
}
