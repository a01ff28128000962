/**
 * The sources a knowledge item may cite. Seeds are the lay articles in ../shared/domain/seeds/; evidence
 * sections are ../shared/domain/evidence.md. `conv` marks a Spotter default set by reasoning, not a paper,
 * the same way evidence.md tags [conv]; it is never the only source of a claim about the body.
 */
export const SOURCES = {
  'seeds/000_f1a9d594466bb638.txt': 'Why do you feel lower back pain after leg press (lay article)',
  'seeds/001_ea391bf452bd836e.txt': 'How to fix lower back pain from leg press (lay article)',
  'seeds/002_bdb2922e1fa892fe.txt': 'Back pain after leg day (trainer blog)',
  'seeds/003_7735a8f0d19e11d3.txt': 'Lower back pain due to leg press machine (exercise rehab blog)',
  'seeds/004_96408df1529dd93d.txt': 'Why leg press hurts lower back (lay article)',
  'evidence.md §1': 'Leg press biomechanics',
  'evidence.md §3': 'Tempo and velocity',
  'evidence.md §4': 'Knee',
  'evidence.md §5': 'Load management',
  'evidence.md §6': 'Red flags and first aid (NICE NG59, NHS, Cochrane)',
  'evidence.md §7': 'Alternatives and mobility',
  conv: 'Spotter default set by reasoning, not a paper',
} as const;

export type SourceId = keyof typeof SOURCES;
export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];
