import type { Fix } from './types.js';

const S0 = 'seeds/000_f1a9d594466bb638.txt';
const S1 = 'seeds/001_ea391bf452bd836e.txt';
const S2 = 'seeds/002_bdb2922e1fa892fe.txt';
const S3 = 'seeds/003_7735a8f0d19e11d3.txt';
const S4 = 'seeds/004_96408df1529dd93d.txt';

/** Machine setup and form changes, each linked to the faults it answers. */
export const FIXES: readonly Fix[] = [
  {
    id: 'seat_back_angle',
    kind: 'setup',
    title: 'Recline the back pad',
    text: 'Set the back pad further back (more reclined) and the seat far enough from the platform that your hips are not already deeply bent at the start.',
    forFaults: ['pelvic_tuck', 'too_deep'],
    sources: [S1, S2, 'evidence.md §1'],
  },
  {
    id: 'seat_pan',
    kind: 'setup',
    title: 'Adjust the seat pan',
    text: 'Set the seat pan so it supports the backs of your thighs evenly, with your butt right at the back of the seat.',
    forFaults: ['pelvic_tuck'],
    sources: [S0],
  },
  {
    id: 'back_flat_on_pad',
    kind: 'setup',
    title: 'Back flat on the pad',
    text: 'Sit all the way back so your lower back, upper back and butt touch the pad, and keep them there for the whole set.',
    forFaults: ['pelvic_tuck', 'head_lift'],
    sources: [S0, S1, S4],
  },
  {
    id: 'head_on_pad',
    kind: 'form',
    title: 'Head back on the pad',
    text: 'Keep the back of your head resting on the pad and your eyes forward; do not crane your neck to watch your feet.',
    forFaults: ['head_lift'],
    sources: [S0],
  },
  {
    id: 'feet_position',
    kind: 'setup',
    title: 'Feet shoulder-width, toes slightly out',
    text: 'Place your feet at least shoulder-width apart, toes turned out a little, and keep your knees pointing the same way as your toes.',
    forFaults: ['knee_valgus', 'heel_lift'],
    sources: [S0, S1, S4],
  },
  {
    id: 'feet_higher_for_hamstrings',
    kind: 'setup',
    title: 'Feet higher if your hamstrings are tight',
    text: 'Move your feet a little higher on the platform: the hips then bend less for the same sled depth, which helps tight hamstrings keep the back flat.',
    forFaults: ['pelvic_tuck', 'too_deep', 'heel_lift'],
    sources: [S1],
  },
  {
    id: 'heels_down',
    kind: 'form',
    title: 'Heels down',
    text: 'Press through your whole foot and keep your heels on the platform at the bottom; if they lift, you have gone too deep or your feet are too low.',
    forFaults: ['heel_lift'],
    sources: [S1, S4],
  },
  {
    id: 'safety_stops_at_safe_depth',
    kind: 'setup',
    title: 'Set the safety stops at your safe depth',
    text: 'Set the machine’s safety stops so the sled cannot come lower than your safe depth; then a tired rep cannot drag you into a tuck.',
    forFaults: ['too_deep', 'pelvic_tuck'],
    sources: [S1, 'evidence.md §1', 'conv'],
  },
  {
    id: 'stop_before_tuck',
    kind: 'form',
    title: 'Stop just before the tuck',
    text: 'End each lowering just before you feel your pelvis start to roll and your lower back leave the pad. For most people that is around a 90-100 degree knee bend.',
    forFaults: ['pelvic_tuck', 'too_deep'],
    sources: [S1, S2, 'evidence.md §1'],
  },
  {
    id: 'full_safe_range',
    kind: 'form',
    title: 'Use your full safe range',
    text: 'Lower to your safe depth on every rep rather than cutting reps short; if you can only do partial reps, the weight is too heavy.',
    forFaults: ['shallow_rep'],
    sources: [S0, 'evidence.md §1'],
  },
  {
    id: 'soft_knees_at_top',
    kind: 'form',
    title: 'Keep the knees soft at the top',
    text: 'Stop the push just short of straight so your knees never snap locked or bend backwards.',
    forFaults: ['knee_lockout'],
    sources: [S0, S2, 'evidence.md §4'],
  },
  {
    id: 'brace_and_breathe',
    kind: 'form',
    title: 'Brace, then breathe out on the push',
    text: 'Tighten your stomach as if about to be poked before you lower the sled, breathe in on the way down and breathe out as you push. Do not hold your breath.',
    forFaults: ['pelvic_tuck', 'head_lift'],
    sources: [S0, S1],
  },
  {
    id: 'controlled_lowering',
    kind: 'tempo',
    title: 'Lower over about 2 seconds',
    text: 'Take about two seconds to lower the sled and pause briefly at the bottom instead of bouncing; push up smoothly.',
    forFaults: ['fast_eccentric', 'bounce'],
    sources: [S2, 'evidence.md §3'],
  },
  {
    id: 'reduce_load',
    kind: 'load',
    title: 'Take weight off',
    text: 'Drop the load until every rep keeps your back on the pad and stops 1-3 reps before failure, then add 2.5-5% only when you beat your target reps twice in a row.',
    forFaults: ['load_too_heavy', 'velocity_loss', 'pelvic_tuck', 'knee_lockout'],
    sources: [S0, S1, 'evidence.md §5'],
  },
  {
    id: 'end_set_on_slowdown',
    kind: 'load',
    title: 'End the set when reps slow down',
    text: 'Stop the set once reps get clearly slower than the first ones; the last grinding reps add fatigue and form breaks, not much strength.',
    forFaults: ['velocity_loss', 'load_too_heavy'],
    sources: ['evidence.md §3'],
  },
  {
    id: 'rest_48h',
    kind: 'rest',
    title: 'Leave about 48 hours between hard leg days',
    text: 'Give your legs and back about two days between hard leg sessions, and do not train through pain that is worse the next morning.',
    forFaults: [],
    sources: [S0, 'evidence.md §5'],
  },
];
