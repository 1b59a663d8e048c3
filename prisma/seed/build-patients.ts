import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from "./data/names";
import type { Random } from "./prng";

export type PatientPlan = { firstName: string; lastName: string; birthDate: string };

/** Fictional patients without an account, as a practice's existing patient base. */
export function planPatients(random: Random, count: number): PatientPlan[] {
  return Array.from({ length: count }, () => {
    const firstNames = random.chance(0.5) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES;
    const month = String(random.int(1, 12)).padStart(2, "0");
    const day = String(random.int(1, 28)).padStart(2, "0");
    return {
      firstName: random.pick(firstNames),
      lastName: random.pick(LAST_NAMES),
      birthDate: `${random.int(1940, 2022)}-${month}-${day}`,
    };
  });
}
