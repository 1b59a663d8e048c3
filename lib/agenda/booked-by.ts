// Who booked an appointment, as the agenda tells it: the patient online, an account holder
// for a relative (a child, a parent…), or the practice (by phone, at the desk). Pure.

export const BOOKED_BY = ["PATIENT", "RELATIVE", "PRACTICE", "UNKNOWN"] as const;
export type BookedBy = (typeof BOOKED_BY)[number];

export type BookingFacts = {
  /** The user who booked; null when that account is gone or the row predates the field. */
  bookedBy: { id: string; role: string } | null;
  patient: {
    ownerId: string | null;
    relationship: string;
    createdByPractitionerId: string | null;
  };
};

const STAFF_ROLES = new Set(["PRACTITIONER", "SECRETARY", "ADMIN"]);

export function bookedByOf({ bookedBy, patient }: BookingFacts): BookedBy {
  if (!bookedBy) return patient.createdByPractitionerId ? "PRACTICE" : "UNKNOWN";
  if (STAFF_ROLES.has(bookedBy.role)) return "PRACTICE";
  if (bookedBy.id === patient.ownerId && patient.relationship === "SELF") return "PATIENT";
  // Another person's account (the parent who holds the child's record, a relative's).
  return "RELATIVE";
}
