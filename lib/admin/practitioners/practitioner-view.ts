import { practitionerName } from "@/lib/utils/practitioner-name";
import type { PractitionerDetails } from "./schemas";

// timeZone stays a string: an older row may use a zone the form no longer offers.
type Details = Omit<PractitionerDetails, "timeZone"> & { timeZone: string };

export type PractitionerSummary = Details & {
  id: string;
  slug: string;
  name: string;
  specialty: string;
  email: string | null;
  verified: boolean;
  verifiedAt: Date | null;
  // Invited and not yet signed up: no password chosen.
  invitationPending: boolean;
  createdAt: Date;
};

type Row = Details & {
  id: string;
  slug: string;
  verified: boolean;
  verifiedAt: Date | null;
  createdAt: Date;
  specialty: { nameFr: string };
  user: { email: string; passwordHash: string | null } | null;
};

export function toPractitionerSummary({ specialty, user, ...row }: Row): PractitionerSummary {
  return {
    ...row,
    name: practitionerName(row),
    specialty: specialty.nameFr,
    email: user?.email ?? null,
    invitationPending: user !== null && user.passwordHash === null,
  };
}
