import type { PractitionerTitle } from "@/lib/generated/prisma/enums";

// "Dr Claire Martin", "Pr Hélène Da Silva", or just the name when the profession has no title.
export type { PractitionerTitle };

const TITLE_LABELS: Record<PractitionerTitle, string> = { DR: "Dr", PR: "Pr", NONE: "" };

export function practitionerName(practitioner: {
  title: PractitionerTitle;
  firstName: string;
  lastName: string;
}): string {
  const title = TITLE_LABELS[practitioner.title];
  return [title, practitioner.firstName, practitioner.lastName].filter(Boolean).join(" ");
}
