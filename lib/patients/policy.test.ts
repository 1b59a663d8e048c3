import { describe, expect, it } from "vitest";
import { canUsePatientArea, personOnAccountDeletion, relativeRemoval } from "./policy";

const patient = { id: "u1", role: "PATIENT" as const };
const now = new Date("2030-05-10T10:00:00Z");
const later = new Date("2030-05-11T09:00:00Z");
const earlier = new Date("2030-05-01T09:00:00Z");

describe("canUsePatientArea", () => {
  it("opens the patient area to patient accounts only", () => {
    expect(canUsePatientArea(patient)).toBe(true);
    expect(canUsePatientArea({ id: "u2", role: "PRACTITIONER" })).toBe(false);
    expect(canUsePatientArea({ id: "u3", role: "ADMIN" })).toBe(false);
  });
});

describe("relativeRemoval", () => {
  it("refuses while an appointment is upcoming", () => {
    expect(
      relativeRemoval(
        [
          { status: "COMPLETED", startsAt: earlier },
          { status: "BOOKED", startsAt: later },
        ],
        now,
      ),
    ).toBe("refuse");
  });

  it("pseudonymises someone the practices have records of", () => {
    expect(relativeRemoval([{ status: "COMPLETED", startsAt: earlier }], now)).toBe("pseudonymise");
    expect(relativeRemoval([{ status: "CANCELLED", startsAt: later }], now)).toBe("pseudonymise");
  });

  it("erases someone who never had an appointment", () => {
    expect(relativeRemoval([], now)).toBe("erase");
  });
});

describe("personOnAccountDeletion", () => {
  it("keeps a pseudonymised row only for people with appointments", () => {
    expect(personOnAccountDeletion(3)).toBe("pseudonymise");
    expect(personOnAccountDeletion(0)).toBe("erase");
  });
});
