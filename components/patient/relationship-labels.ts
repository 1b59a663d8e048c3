import { RELATIVE_RELATIONSHIPS, type Relationship } from "@/lib/patients/limits";

export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  SELF: "Vous",
  CHILD: "Enfant",
  PARENT: "Parent",
  OTHER: "Autre proche",
};

export const RELATIONSHIP_OPTIONS = RELATIVE_RELATIONSHIPS.map((value) => ({
  value,
  label: RELATIONSHIP_LABELS[value],
}));
