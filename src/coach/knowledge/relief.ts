import type { Relief } from './types.js';

const S1 = 'seeds/001_ea391bf452bd836e.txt';

/** What to do today when the back hurts after pressing, in order, with what the evidence says about each. */
export const RELIEF: readonly Relief[] = [
  {
    id: 'stop_and_unload',
    order: 1,
    title: 'Stop and unload with control',
    text: 'If it hurts during a set, stop there: push the sled up, set the safety catches and rack it slowly. Do not drop it or finish the set.',
    evidence:
      'Common-sense first aid; no study tests it, but carrying on under load is the one thing sure to add strain.',
    caveats: [],
    sources: [S1, 'conv'],
  },
  {
    id: 'keep_moving',
    order: 2,
    title: 'Walk gently, avoid long sitting',
    text: 'Get up and walk slowly for a few minutes, and keep doing light everyday movement over the next days rather than resting in bed or slumping in a chair.',
    evidence:
      'Staying active does better than bed rest for ordinary low back pain (Cochrane review; NICE advice).',
    caveats: ['Avoid deep bending and twisting while it is sore.'],
    sources: [S1, 'evidence.md §6'],
  },
  {
    id: 'heat',
    order: 3,
    title: 'Heat',
    text: 'A heat pack or heat wrap on the sore area can ease pain and stiffness, especially from the second or third day.',
    evidence:
      'A heat wrap gave a small benefit in short-term pain in trials; that is the best support of any home remedy here.',
    caveats: ['Wrap it in cloth and limit to about 20 minutes at a time to avoid burns.'],
    sources: [S1, 'evidence.md §6'],
  },
  {
    id: 'ice',
    order: 4,
    title: 'Ice, if it helps you',
    text: 'A cold pack wrapped in a cloth for 15-20 minutes in the first day or two may ease pain; switch to heat after about two days.',
    evidence:
      'There is not enough evidence that cold helps back pain; "ice first, heat after 48 hours" is lay advice, not a tested rule.',
    caveats: ['Never put ice straight on the skin.'],
    sources: [S1, 'evidence.md §6'],
  },
  {
    id: 'otc_pain_relief',
    order: 5,
    title: 'Over-the-counter pain relief',
    text: 'An anti-inflammatory such as ibuprofen can take the edge off pain and help you keep moving, for a few days at the lowest dose that works.',
    evidence:
      'Spotter’s evidence notes do not review painkillers; the tip comes from a lay article. Treat them as help to keep moving, not as treatment.',
    caveats: [
      'Read the leaflet and ask a pharmacist first if you have stomach ulcers, asthma, kidney, heart or blood pressure problems, take blood thinners, or are pregnant.',
      'Do not use painkillers to get through a leg session.',
    ],
    sources: [S1, 'conv'],
  },
];
