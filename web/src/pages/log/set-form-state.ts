/** The set form's text fields, and the set input they make (the core checks it: checkSetInput). */
import { msToIso, type LoggedSet, type SetAnalysis, type SetInput } from '../../../../src/log/index.js';
import { localInputToIso } from './format.js';

/** The form's fields as typed (text; empty is "not given"). */
export interface SetFormState {
  at: string;
  load: string;
  reps: string;
  target: string;
  rir: string;
  rpe: string;
  during: string;
  after: string;
  nextMorning: string;
  notes: string;
}

/** The fields for editing `set`, or for a new set now. */
export function toSetFormState(set: LoggedSet | null): SetFormState {
  const ms = Date.now();
  const local = msToIso(ms, -new Date(ms).getTimezoneOffset()).slice(0, 16);
  const s = (v: number | undefined) => (v === undefined ? '' : String(v));
  return {
    at: set ? set.atIso.slice(0, 16) : local,
    load: s(set?.loadKg),
    reps: s(set?.reps),
    target: s(set?.targetReps),
    rir: s(set?.rir),
    rpe: s(set?.rpe),
    during: s(set?.pain.during),
    after: s(set?.pain.after),
    nextMorning: s(set?.pain.nextMorning),
    notes: set?.notes ?? '',
  };
}

const num = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** The set the fields describe (unchecked: a missing load or rep count is NaN, which the core's check names). */
export function toSetInput(form: SetFormState, analysis: SetAnalysis | undefined): SetInput {
  const pain = Object.fromEntries(
    Object.entries({
      during: num(form.during),
      after: num(form.after),
      nextMorning: num(form.nextMorning),
    }).filter(([, v]) => v !== undefined),
  );
  const targetReps = num(form.target);
  const rir = num(form.rir);
  const rpe = num(form.rpe);
  return {
    atIso: form.at === '' ? '' : localInputToIso(form.at),
    loadKg: num(form.load) ?? Number.NaN,
    reps: num(form.reps) ?? Number.NaN,
    ...(targetReps !== undefined && { targetReps }),
    ...(rir !== undefined && { rir }),
    ...(rpe !== undefined && { rpe }),
    ...(analysis !== undefined && { analysis }),
    pain,
    ...(form.notes.trim() !== '' && { notes: form.notes.trim() }),
  };
}
