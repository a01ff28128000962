import type { Prehab } from './types.js';

const S1 = 'seeds/001_ea391bf452bd836e.txt';
const S4 = 'seeds/004_96408df1529dd93d.txt';

/**
 * Strength and mobility work that supports a flat back on the press. Doses are Spotter starting points
 * ([conv]) except the hamstring stretch, whose hold time and weekly dose come from trials (evidence.md §7).
 */
export const PREHAB: readonly Prehab[] = [
  {
    id: 'plank',
    target: 'core',
    title: 'Front plank',
    text: 'On forearms and toes, body in a straight line from head to heels, stomach tight, breathing normally.',
    dose: '3 holds of 20-30 seconds, 2-3 days a week.',
    progression:
      'Add 5-10 seconds per hold each week up to 60 seconds; then lift one foot for part of the hold.',
    sources: [S1, S4, 'evidence.md §7', 'conv'],
  },
  {
    id: 'dead_bug',
    target: 'core',
    title: 'Dead bug',
    text: 'Lie on your back, arms up and knees bent over hips; slowly reach one arm and the opposite leg out while your lower back stays pressed to the floor.',
    dose: '2-3 sets of 6-8 slow reps each side, 2-3 days a week.',
    progression: 'Straighten the moving leg further, then hold a light weight in the hands.',
    sources: [S1, 'evidence.md §7', 'conv'],
  },
  {
    id: 'side_bridge',
    target: 'core',
    title: 'Side bridge',
    text: 'On one forearm and the side of your knees or feet, lift your hips so your body forms a straight line; keep the hips from sagging.',
    dose: '2-3 holds of 15-20 seconds each side, 2-3 days a week.',
    progression: 'Start from the knees; move to the feet, then build the holds to 45 seconds.',
    sources: ['evidence.md §7', 'conv'],
  },
  {
    id: 'bird_dog',
    target: 'core',
    title: 'Bird dog',
    text: 'On hands and knees with a flat back, reach one arm forward and the opposite leg back, hold, and return without letting the back twist or sag.',
    dose: '2-3 sets of 6-8 reps each side with a 5-second hold, 2-3 days a week.',
    progression:
      'Lengthen the hold to 10 seconds, then draw a small square with the hand and foot while holding.',
    sources: ['evidence.md §7', 'conv'],
  },
  {
    id: 'hamstring_stretch',
    target: 'hamstrings',
    title: 'Hamstring stretch',
    text: 'Lying on your back with a strap around one foot, raise the straight leg until you feel a stretch behind the thigh, and keep the other leg and your back on the floor.',
    dose: 'Hold each stretch 30 seconds (longer adds little) and repeat to about 3 minutes per session, most days.',
    progression:
      'Keep the dose and let the range grow; re-test your safe depth after a few weeks, as stretching alone may not change the tuck.',
    sources: [S1, S4, 'evidence.md §7'],
  },
  {
    id: 'glute_bridge',
    target: 'glutes',
    title: 'Glute bridge',
    text: 'Lie on your back, knees bent, feet flat; squeeze your glutes and lift your hips until knees, hips and shoulders line up, without arching the lower back.',
    dose: '2-3 sets of 10-12 reps with a 2-second squeeze at the top, 2-3 days a week.',
    progression: 'Single-leg bridge, then a loaded hip thrust (see alternatives).',
    sources: [S1, 'evidence.md §7', 'conv'],
  },
  {
    id: 'hip_flexor_stretch',
    target: 'hip_flexors',
    title: 'Half-kneeling hip flexor stretch',
    text: 'Kneel on one knee, the other foot in front; tuck your tailbone slightly and shift forward until you feel a stretch at the front of the back hip.',
    dose: '2-3 holds of 30 seconds each side, most days.',
    progression: 'Raise the arm on the kneeling side overhead during the hold.',
    sources: [S1, 'conv'],
  },
];
