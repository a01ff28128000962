import type { Cause } from './types.js';

const S0 = 'seeds/000_f1a9d594466bb638.txt';
const S1 = 'seeds/001_ea391bf452bd836e.txt';
const S2 = 'seeds/002_bdb2922e1fa892fe.txt';
const S3 = 'seeds/003_7735a8f0d19e11d3.txt';
const S4 = 'seeds/004_96408df1529dd93d.txt';

/** Why a leg press hurts a lower back, each with what points at it. Ordered most common first. */
export const CAUSES: readonly Cause[] = [
  {
    id: 'pelvic_tuck',
    group: 'form',
    title: 'Butt lifting off the seat (pelvic tuck)',
    text: 'At the bottom of the rep your pelvis rolls backwards and your butt leaves the seat, so your lower back rounds while it holds the weight.',
    why: 'Once the hips and hamstrings run out of room, the lower spine bends instead, and a bent spine under load squeezes and shears the discs.',
    looksLike: {
      inReport: 'A pelvic_tuck finding: the hip moves away from the back pad near the bottom of the rep.',
      inAnswers: 'Pain that starts during a set, often sharp, felt low in the back.',
    },
    pointedToBy: ['pelvic_tuck', 'pain_during_set'],
    fixIds: [
      'stop_before_tuck',
      'safety_stops_at_safe_depth',
      'seat_back_angle',
      'feet_higher_for_hamstrings',
    ],
    sources: [S0, S1, S2, 'evidence.md §1'],
  },
  {
    id: 'too_deep',
    group: 'form',
    title: 'Going too deep (knees to chest)',
    text: 'You lower the sled until your knees are near your chest, past the depth your hips can reach with the back flat.',
    why: 'Past a certain hip bend the pelvis has to tilt, and the tilt speeds up the deeper you go.',
    looksLike: {
      inReport: 'A too_deep finding: hip flexion past your safe depth at the bottom.',
      inAnswers: 'Pain that starts during a set at the bottom of the rep.',
    },
    pointedToBy: ['too_deep', 'pelvic_tuck', 'heel_lift'],
    fixIds: ['stop_before_tuck', 'safety_stops_at_safe_depth', 'reduce_load'],
    sources: [S0, S2, S3, 'evidence.md §1'],
  },
  {
    id: 'locked_knees',
    group: 'form',
    title: 'Locking the knees at the top',
    text: 'You push until your knees snap straight or bend backwards at the top of each rep.',
    why: 'Mostly a knee risk; it also hands the load to the joints instead of the muscles, which is often a sign the weight is too heavy.',
    looksLike: { inReport: 'A knee_lockout finding: the knee fully straight and held at the top.' },
    pointedToBy: ['knee_lockout'],
    fixIds: ['soft_knees_at_top', 'reduce_load'],
    sources: [S0, S2, 'evidence.md §4'],
  },
  {
    id: 'arch_or_round',
    group: 'form',
    title: 'Arching or rounding the back',
    text: 'Your lower back arches hard off the pad, or your shoulders and upper back round forward, instead of resting flat on the pad.',
    why: 'Either way the spine leaves its supported position, so the pad no longer shares the load with your back.',
    looksLike: {
      inReport: 'Rounding shows up as a pelvic_tuck finding; arching is not measured from a side video yet.',
      inAnswers: 'Pain during or after a heavy set.',
    },
    pointedToBy: ['pelvic_tuck', 'load_too_heavy'],
    fixIds: ['back_flat_on_pad', 'brace_and_breathe', 'reduce_load'],
    sources: [S0, S4],
  },
  {
    id: 'head_off_pad',
    group: 'form',
    title: 'Head coming off the pad',
    text: 'Your head and neck lift forward off the back pad as you push.',
    why: 'Lifting the head usually comes with the upper back curling forward, which takes the spine out of line with the pad.',
    looksLike: { inReport: 'A head_lift finding: the head moves forward, away from the pad.' },
    pointedToBy: ['head_lift'],
    fixIds: ['head_on_pad', 'reduce_load'],
    sources: [S0],
  },
  {
    id: 'foot_placement',
    group: 'setup',
    title: 'Feet in the wrong place',
    text: 'Feet too low, too narrow or pointing straight ahead make you bend the knees and hips more, let the heels rise and the knees cave in.',
    why: 'Low feet demand more knee and hip bend for the same sled depth, so the pelvis tucks sooner.',
    looksLike: {
      inReport:
        'A heel_lift finding (heels off the platform) or a knee_valgus finding (knees caving in, front view).',
    },
    pointedToBy: ['heel_lift', 'knee_valgus', 'pelvic_tuck'],
    fixIds: ['feet_position', 'heels_down', 'feet_higher_for_hamstrings'],
    sources: [S0, S1, S4],
  },
  {
    id: 'too_much_weight',
    group: 'load',
    title: 'Too much weight',
    text: 'The load is heavier than you can move while keeping your back on the pad.',
    why: 'A heavy sled pulls form apart: the back arches or rounds, the hips lift and the knees lock to survive the rep.',
    looksLike: {
      inReport:
        'A load_too_heavy finding (faults appear or grow late in the set) or a velocity_loss finding (reps slow down a lot).',
      inAnswers: 'Pain above 5 out of 10 during the set, or worse pain the next morning.',
    },
    pointedToBy: [
      'load_too_heavy',
      'velocity_loss',
      'shallow_rep',
      'pain_above_5',
      'pain_worse_next_morning',
      'load_jump',
    ],
    fixIds: ['reduce_load', 'stop_before_tuck'],
    sources: [S0, S1, 'evidence.md §5'],
  },
  {
    id: 'going_too_fast',
    group: 'tempo',
    title: 'Lowering too fast',
    text: 'You drop the sled quickly and bounce out of the bottom instead of lowering it under control.',
    why: 'A fast drop carries you past your safe depth before you can stop, and the bounce loads the bottom position hardest.',
    looksLike: { inReport: 'A fast_eccentric finding (lowering under about 1 s) or a bounce finding.' },
    pointedToBy: ['fast_eccentric', 'bounce'],
    fixIds: ['controlled_lowering', 'reduce_load'],
    sources: [S0, S2, 'evidence.md §3'],
  },
  {
    id: 'seat_setup',
    group: 'setup',
    title: 'Seat too upright or too far forward',
    text: 'With the back pad upright or the seat close to the platform, your hips start the rep already bent.',
    why: 'Less hip room is left, so the pelvis tucks at a shallower sled depth.',
    looksLike: {
      inReport: 'A pelvic_tuck or too_deep finding even on reps that do not look deep.',
    },
    pointedToBy: ['pelvic_tuck', 'too_deep'],
    fixIds: ['seat_back_angle', 'seat_pan', 'back_flat_on_pad'],
    sources: [S1, S2, 'evidence.md §1'],
  },
  {
    id: 'tight_hamstrings',
    group: 'body',
    title: 'Tight hamstrings and hips',
    text: 'Short hamstrings and stiff hips limit how far your hips can bend, so your lower back makes up the rest.',
    why: 'When the hip stops, the pelvis is pulled into a tilt and the lower spine rounds.',
    looksLike: {
      inReport:
        'A pelvic_tuck finding at a fairly shallow depth, or a low personal safe depth from calibration.',
    },
    pointedToBy: ['pelvic_tuck', 'too_deep'],
    fixIds: ['feet_higher_for_hamstrings', 'stop_before_tuck'],
    sources: [S1, S4, 'evidence.md §7'],
  },
  {
    id: 'weak_core',
    group: 'body',
    title: 'Weak core and muscle imbalance',
    text: 'When the trunk muscles do not hold the spine steady, the pelvis and lower back move under load instead.',
    why: 'A braced trunk works like a belt around the spine; without it, the load goes into the back itself.',
    looksLike: {
      inReport: 'A pelvic_tuck or head_lift finding that grows as the set goes on.',
      inAnswers: 'Dull pain after sessions rather than a sharp moment during one.',
    },
    pointedToBy: ['pelvic_tuck', 'head_lift', 'load_too_heavy'],
    fixIds: ['brace_and_breathe', 'reduce_load'],
    sources: [S1, S3, S4],
  },
  {
    id: 'overuse',
    group: 'recovery',
    title: 'Too much, too often',
    text: 'Heavy leg sessions close together, or load added faster than the body adapts, leave the back no time to recover.',
    why: 'Tissues adapt between sessions; without rest, small strain adds up into pain.',
    looksLike: {
      inReport: 'A velocity_loss finding: reps slow down a lot through the set.',
      inAnswers:
        'Pain that came on gradually, or is worse the morning after training; less than 48 h since the last leg day.',
    },
    pointedToBy: ['velocity_loss', 'pain_gradual', 'pain_worse_next_morning', 'short_rest', 'load_jump'],
    fixIds: ['rest_48h', 'reduce_load'],
    sources: [S0, S3, 'evidence.md §5'],
  },
  {
    id: 'spinal_stenosis',
    group: 'condition',
    title: 'Spinal stenosis',
    text: 'A narrowed spinal canal can press on nerves; loading and bending the spine can bring on back or leg symptoms.',
    why: 'The nerves have less room, so positions and loads others tolerate can irritate them.',
    looksLike: {
      inAnswers:
        'Spinal stenosis in your known conditions, or pain, numbness or tingling that spreads into the legs.',
    },
    pointedToBy: ['known_spinal_stenosis', 'radiates_below_knee', 'numbness_or_tingling'],
    fixIds: ['reduce_load', 'stop_before_tuck'],
    sources: [S4, 'evidence.md §6'],
  },
  {
    id: 'herniated_disc',
    group: 'condition',
    title: 'Herniated disc',
    text: 'The soft centre of a disc can bulge out and irritate a nerve; rounding the back under load is the position that stresses it most.',
    why: 'Bending the spine forward under load pushes the disc towards the nerves behind it.',
    looksLike: {
      inAnswers:
        'A known disc problem, or pain that shoots below the knee, with or without numbness or tingling.',
    },
    pointedToBy: ['known_herniated_disc', 'radiates_below_knee', 'numbness_or_tingling'],
    fixIds: ['reduce_load', 'stop_before_tuck'],
    sources: [S3, S4, 'evidence.md §6'],
  },
];
