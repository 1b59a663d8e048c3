// "Dr Claire Martin", "Pr Hélène Da Silva", or just the name when the profession has no title.
const TITLE_LABELS = { DR: "Dr", PR: "Pr", NONE: "" } as const;

export function practitionerName(practitioner: {
  title: keyof typeof TITLE_LABELS;
  firstName: string;
  lastName: string;
}): string {
  const title = TITLE_LABELS[practitioner.title];
  return [title, practitioner.firstName, practitioner.lastName].filter(Boolean).join(" ");
}
