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
  /** Practices where the motive is offered; empty or left out: all of them. */
  locationIds?: readonly string[];
};

/** The weekly hours a motive may be booked in: those of the practices it is offered at. */
export function hoursOfMotive<W extends { locationId: string }>(
  weeklyHours: readonly W[],
  motive: Pick<MotiveChoice, "locationIds">,
): readonly W[] {
  const offeredAt = motive.locationIds;
  if (!offeredAt || offeredAt.length === 0) return weeklyHours;
  return weeklyHours.filter((window) => offeredAt.includes(window.locationId));
}

/**
 * The motive whose slots stand for a practitioner when none is chosen (search results): the
 * shortest one, as it fits the smallest gaps in a calendar. Ties go to the practitioner's own
 * order. Callers pass active motives only; with `isReturningPatient` known, only motives
 * open to that patient count, else those open to anyone online (not the practice-only ones).
 */
export function pickDefaultMotive<T extends MotiveChoice>(
  motives: readonly T[],
  isReturningPatient?: boolean,
): T | undefined {
  const eligible =
    isReturningPatient === undefined
      ? motives.filter((motive) => motive.allowNewPatients || motive.allowReturning)
      : motives.filter((motive) => motiveAllowsPatient(motive, isReturningPatient));
  return eligible.toSorted(
    (a, b) =>
      a.durationMinutes - b.durationMinutes ||
      a.position - b.position ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )[0];
}
