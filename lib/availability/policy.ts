// Which motives a patient may book. Pure, so the booking form and the server agree.

export type MotiveAudience = { allowNewPatients: boolean; allowReturning: boolean };

/** A returning patient has already been seen by this practitioner. */
export function motiveAllowsPatient(motive: MotiveAudience, isReturningPatient: boolean): boolean {
  return isReturningPatient ? motive.allowReturning : motive.allowNewPatients;
}

export type MotiveChoice = MotiveAudience & {
  id: string;
  durationMinutes: number;
  position: number;
};

/**
 * The motive whose slots stand for a practitioner when none is chosen (search results): the
 * shortest one, as it fits the smallest gaps in a calendar. Ties go to the practitioner's own
 * order. Callers pass active motives only; with `isReturningPatient` known, only motives
 * open to that patient count.
 */
export function pickDefaultMotive<T extends MotiveChoice>(
  motives: readonly T[],
  isReturningPatient?: boolean,
): T | undefined {
  const eligible =
    isReturningPatient === undefined
      ? motives
      : motives.filter((motive) => motiveAllowsPatient(motive, isReturningPatient));
  return eligible.toSorted(
    (a, b) =>
      a.durationMinutes - b.durationMinutes ||
      a.position - b.position ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )[0];
}
