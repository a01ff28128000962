/**
 * The load-management rules as data: every number with its sources (the type checker demands a source for each
 * value), and every rule the recommendation can cite, with its sources, in the coach knowledge base's style.
 * Shared numbers (pain stop score, rest hours, ACWR flag) come from the coach so they are defined once.
 */
import { z } from 'zod';
import {
  LOAD_JUMP_RATIO,
  MIN_REST_HOURS,
  PAIN_STOP_SCORE,
  SOURCE_IDS,
  type SourceId,
} from '../coach/index.js';

export const LOAD_RULE_CONFIG = {
  /** 2-for-2: reps over the rep goal, on the last set at the working load... */
  progressionRepsOverTarget: 2,
  /** ...in this many sessions in a row at that load. */
  progressionSessions: 2,
  /** Load step when progressing, percent of the working load (the small end, used by default). */
  stepMinPercent: 2.5,
  /** The large end of the step, used when the last set was easy (RIR above `rirMax`). */
  stepMaxPercent: 5,
  /** Target effort: stop sets 1-3 reps short of failure. */
  rirMin: 1,
  rirMax: 3,
  /** A set is hard when RIR <= this, or RPE >= `hardSetMinRpe`; a set with neither counts as hard. */
  hardSetMaxRir: 3,
  hardSetMinRpe: 7,
  minRestHours: MIN_REST_HOURS,
  /** Pain above this, 0-10, at any of the three times: stop pressing and check the pain. */
  painStopScore: PAIN_STOP_SCORE,
  /** Reduction after pain that was worse next morning (or above the stop score), percent. */
  reducePercent: 10,
  acwrFlagRatio: LOAD_JUMP_RATIO,
  acuteDays: 7,
  chronicDays: 28,
  /** Sets less than this far apart belong to one session. */
  sessionGapHours: 4,
  defaultTargetReps: 10,
  defaultPlateIncrementKg: 2.5,
} as const;

export type LoadRuleConfigKey = keyof typeof LOAD_RULE_CONFIG;

export const LOAD_RULE_CONFIG_SOURCES: { readonly [K in LoadRuleConfigKey]: readonly SourceId[] } = {
  progressionRepsOverTarget: ['evidence.md §5'],
  progressionSessions: ['evidence.md §5'],
  stepMinPercent: ['evidence.md §5', 'evidence.md §3'],
  stepMaxPercent: ['evidence.md §5', 'evidence.md §3'],
  rirMin: ['evidence.md §5'],
  rirMax: ['evidence.md §5'],
  hardSetMaxRir: ['evidence.md §5', 'conv'],
  hardSetMinRpe: ['conv'],
  minRestHours: ['seeds/000_f1a9d594466bb638.txt', 'evidence.md §5', 'conv'],
  painStopScore: ['evidence.md §5'],
  reducePercent: ['evidence.md §5', 'conv'],
  acwrFlagRatio: ['evidence.md §5'],
  acuteDays: ['evidence.md §5'],
  chronicDays: ['evidence.md §5'],
  sessionGapHours: ['conv'],
  defaultTargetReps: ['evidence.md §3', 'conv'],
  defaultPlateIncrementKg: ['conv'],
};

export const LOAD_RULE_IDS = [
  'pain_stop',
  'worse_next_morning',
  'pain_not_settled',
  'next_morning_missing',
  'hold_on_faults',
  'progress_2_for_2',
  'hold_until_2_for_2',
  'effort_out_of_range',
  'rest_48h',
  'acwr_info',
  'first_session',
] as const;
export type LoadRuleId = (typeof LOAD_RULE_IDS)[number];

const ruleSchema = z.object({
  id: z.enum(LOAD_RULE_IDS),
  title: z.string().min(3).max(60),
  /** The rule in plain words, as docs/log.md states it. */
  text: z.string().min(10).max(320),
  sources: z.array(z.enum(SOURCE_IDS as [SourceId, ...SourceId[]])).min(1),
});
export type LoadRule = z.infer<typeof ruleSchema>;

const RULES: readonly LoadRule[] = [
  {
    id: 'pain_stop',
    title: 'Pain above 5/10: stop and check it',
    text: 'Back pain above 5/10 during, after or the morning after a session: no leg pressing until it settles, check it with the pain triage, and come back at a reduced load.',
    sources: ['evidence.md §5', 'evidence.md §6'],
  },
  {
    id: 'worse_next_morning',
    title: 'Worse next morning: reduce the load',
    text: 'Pain the next morning higher than right after the session (or than the morning before it) means the session was too much: take the load down.',
    sources: ['evidence.md §5', 'conv'],
  },
  {
    id: 'pain_not_settled',
    title: 'Pain not settled: do not add load',
    text: 'Some pain still there the next morning, though not worse: keep the load until it has settled by the morning after a session.',
    sources: ['evidence.md §5'],
  },
  {
    id: 'next_morning_missing',
    title: 'Log the next morning',
    text: 'The morning after a session is when overload shows; log a next-morning pain score (0 if none) so the advice can use it.',
    sources: ['evidence.md §5'],
  },
  {
    id: 'hold_on_faults',
    title: 'Form broke down: hold the load',
    text: 'When the video showed form breaking down as the set went on (load_too_heavy) or its verdict was "fix before adding load" or "stop", fix the form at this load before adding more.',
    sources: ['evidence.md §5', 'seeds/000_f1a9d594466bb638.txt', 'conv'],
  },
  {
    id: 'progress_2_for_2',
    title: '2-for-2: add 2.5-5%',
    text: 'Two or more reps over the rep goal on the last set, in two sessions in a row at the same load: add 2.5% (5% when the set was easy, more than 3 reps in reserve), rounded to the machine’s plates.',
    sources: ['evidence.md §5', 'evidence.md §3'],
  },
  {
    id: 'hold_until_2_for_2',
    title: 'Hold the load',
    text: 'Keep the load until the last set beats the rep goal by two reps in two sessions in a row.',
    sources: ['evidence.md §5'],
  },
  {
    id: 'effort_out_of_range',
    title: 'Stop 1-3 reps short of failure',
    text: 'Aim to end sets with 1-3 reps in reserve; reps in reserve are hard to judge on the leg press (often off by a rep), so err on the side of more.',
    sources: ['evidence.md §5'],
  },
  {
    id: 'rest_48h',
    title: 'About 48 hours between hard leg sessions',
    text: 'Leave about 48 hours after a hard leg session before the next one.',
    sources: ['seeds/000_f1a9d594466bb638.txt', 'evidence.md §5', 'conv'],
  },
  {
    id: 'acwr_info',
    title: 'Load jump (information only)',
    text: 'This week’s volume load over the weekly mean of the last four weeks (acute:chronic ratio) at 1.5 or more marks a jump. The ratio is heavily criticised as an injury predictor, so it is shown for information and changes no advice.',
    sources: ['evidence.md §5'],
  },
  {
    id: 'first_session',
    title: 'First logged session',
    text: 'With nothing logged yet, start with a load you can press for the rep goal with 2-3 reps in reserve and clean form.',
    sources: ['evidence.md §5', 'conv'],
  },
];

/** The rule catalogue, validated once (a malformed rule fails loudly instead of reaching a lifter). */
export const LOAD_RULES: ReadonlyMap<LoadRuleId, LoadRule> = new Map(
  z
    .array(ruleSchema)
    .parse(RULES)
    .map((r) => [r.id, r]),
);

export function loadRule(id: LoadRuleId): LoadRule {
  const rule = LOAD_RULES.get(id);
  if (rule === undefined) throw new Error(`unknown load rule '${id}'`);
  return rule;
}
