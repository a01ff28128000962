import type { Alternative } from './types.js';

const S0 = 'seeds/000_f1a9d594466bb638.txt';
const S1 = 'seeds/001_ea391bf452bd836e.txt';
const S2 = 'seeds/002_bdb2922e1fa892fe.txt';
const S3 = 'seeds/003_7735a8f0d19e11d3.txt';
const S4 = 'seeds/004_96408df1529dd93d.txt';

/** What to train while the back settles: easier versions of the press first, then substitutes. */
export const ALTERNATIVES: readonly Alternative[] = [
  {
    id: 'reduced_depth_press',
    title: 'Leg press, shorter range',
    text: 'The same machine with the safety stops set so the sled stops around a 90-100 degree knee bend, well before the tuck.',
    suits: 'Lifters whose pain comes from the bottom of the rep and who are pain-free in the top part.',
    sparesBack:
      'Keeps the hips out of the deep bend where the pelvis rolls; stopping at about 100 degrees of knee bend builds the thighs about as well as going deeper.',
    spineLoad: 'low',
    kind: 'regression',
    avoidWhen: ['pain_above_5', 'radiates_below_knee', 'numbness_or_tingling'],
    sources: [S1, 'evidence.md §1'],
  },
  {
    id: 'single_leg_press',
    title: 'Single-leg press',
    text: 'One foot on the platform with a much lighter load, lowering slowly, then switch legs.',
    suits: 'Lifters who want to keep pressing with far less total weight on the sled.',
    sparesBack: 'Half the load or less goes through the seat and back; each leg still works hard.',
    spineLoad: 'low',
    kind: 'regression',
    avoidWhen: ['pain_above_5', 'radiates_below_knee', 'numbness_or_tingling'],
    sources: [S2],
  },
  {
    id: 'supine_band_press',
    title: 'Lying band leg press',
    text: 'Lie on your back with a band around your feet and press your legs out against it, slowly, for 10-12 reps.',
    suits: 'Sore backs, home training, and the first days back after a flare-up.',
    sparesBack:
      'The back lies flat on the floor and the band load is light, so the spine carries almost nothing.',
    spineLoad: 'none',
    kind: 'substitute',
    avoidWhen: [],
    sources: [S0, S3],
  },
  {
    id: 'knee_extension',
    title: 'Knee extension machine',
    text: 'Seated knee extensions with the back against the pad, lifting and lowering under control.',
    suits: 'Keeping the thighs trained when any hip bending under load still hurts.',
    sparesBack: 'The hips stay still and the back is supported, so there is no pelvic tuck to get wrong.',
    spineLoad: 'none',
    kind: 'substitute',
    avoidWhen: [],
    sources: ['evidence.md §7'],
  },
  {
    id: 'ball_squat',
    title: 'Wall ball squat',
    text: 'Stand with an exercise ball between your back and a wall and squat down to a comfortable depth, the ball rolling with you.',
    suits: 'Beginners and anyone relearning a squat pattern after back pain.',
    sparesBack: 'The wall and ball support the back and the only load is bodyweight.',
    spineLoad: 'low',
    kind: 'substitute',
    avoidWhen: [],
    sources: [S3],
  },
  {
    id: 'bodyweight_squat',
    title: 'Bodyweight squat',
    text: 'Squat with no added weight to a depth where your back stays flat, arms forward for balance.',
    suits: 'Light days and anyone without gym access.',
    sparesBack:
      'No external load, and standing lets the hips move freely so you can stop well short of a tuck.',
    spineLoad: 'low',
    kind: 'substitute',
    avoidWhen: [],
    sources: [S3, S4],
  },
  {
    id: 'hip_thrust',
    title: 'Hip thrust',
    text: 'Upper back on a bench, feet flat, drive your hips up by squeezing the glutes and lower slowly; start with bodyweight.',
    suits: 'Training the glutes and hamstrings hard with little back stress.',
    sparesBack: 'The load sits on the hips, not the spine, and builds the glutes about as well as squats.',
    spineLoad: 'low',
    kind: 'substitute',
    avoidWhen: ['pain_above_5'],
    sources: [S1, 'evidence.md §7'],
  },
  {
    id: 'split_squat',
    title: 'Split squat',
    text: 'One foot forward, one back, lower the back knee towards the floor with the torso upright; hold light dumbbells if it feels easy.',
    suits: 'Lifters who are pain-free standing and want a one-leg strength move.',
    sparesBack:
      'Light weights in the hands keep spinal load small, the torso stays upright, and the rear-foot-elevated version asks less of the knee.',
    spineLoad: 'moderate',
    kind: 'substitute',
    avoidWhen: ['pain_above_5', 'radiates_below_knee'],
    sources: [S1, 'evidence.md §7'],
  },
  {
    id: 'lunge',
    title: 'Lunge',
    text: 'Step forward, lower until both knees are bent about 90 degrees, push back to standing, and alternate legs.',
    suits: 'Pain-free lifters who want balance and leg work without a machine.',
    sparesBack:
      'Bodyweight or light dumbbells put much less load through the spine than a heavy press or squat.',
    spineLoad: 'moderate',
    kind: 'substitute',
    avoidWhen: ['pain_above_5', 'radiates_below_knee'],
    sources: [S0, S1],
  },
  {
    id: 'goblet_squat',
    title: 'Goblet squat',
    text: 'Hold one dumbbell or kettlebell at your chest and squat to a depth where your back stays flat.',
    suits: 'Lifters ready to load a squat again with a small weight.',
    sparesBack:
      'The weight in front keeps the torso upright and the core working, and the load is far lighter than a machine press.',
    spineLoad: 'moderate',
    kind: 'substitute',
    avoidWhen: ['pain_above_5', 'radiates_below_knee'],
    sources: [S1],
  },
  {
    id: 'hack_squat',
    title: 'Hack squat machine',
    text: 'A machine squat with the back and shoulders against a pad, kept to a depth where the hips stay on the pad.',
    suits: 'Gym-goers who still want a heavy machine leg movement once pain has settled.',
    sparesBack:
      'The pad guides the back, but the load still passes through the shoulders and spine, so keep depth and weight in check.',
    spineLoad: 'moderate',
    kind: 'substitute',
    avoidWhen: ['pain_above_5', 'radiates_below_knee', 'numbness_or_tingling', 'pelvic_tuck'],
    sources: [S3, S4],
  },
];
