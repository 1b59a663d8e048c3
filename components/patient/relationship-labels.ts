import { RELATIVE_RELATIONSHIPS } from "@/lib/patients/limits";

// The choices of "relationship to you"; their words are the catalogue's ui.relationship.<value>,
// sent to the browser with the form primitives (the booking form asks too).
export const RELATIONSHIP_VALUES = RELATIVE_RELATIONSHIPS;
