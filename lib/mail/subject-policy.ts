// Mail subjects show in notification previews, lock screens and mail-server logs, so they
// never carry health information (design.md, privacy contract). This list catches the
// usual slips in French, English and German; it does not replace writing neutral subjects
// ("Votre rendez-vous", "Your appointment", "Ihr Termin").

// Whole words (accents removed).
const HEALTH_WORDS = new Set([
  ...["dr", "pr", "orl", "ivg", "vih", "sida", "irm", "sante"],
  ...["gp", "hiv", "aids", "mri", "ent", "std", "ivf"],
  ...["mrt", "hno", "hausarzt"],
]);
// Word beginnings (accents removed): "cardiologue", "psychiatre", "kinésithérapeute",
// "dermatologist", "Kardiologie"…
const HEALTH_STEMS = [
  "medecin",
  "docteur",
  "consult",
  "motif",
  "specialit",
  "patholog",
  "diagnos",
  "traitement",
  "ordonnance",
  "vaccin",
  "analyse",
  "dentist",
  "dermato",
  "gyneco",
  "psych",
  "cardio",
  "ophtalmo",
  "pediatr",
  "kine",
  "osteo",
  "urolog",
  "neurolog",
  "cancer",
  "oncolog",
  "grossesse",
  "therap",
  "maladie",
  "symptome",
  // English
  "doctor",
  "physician",
  "medic",
  "clinic",
  "health",
  "prescription",
  "treatment",
  "gynaec",
  "paediatr",
  "ophthalm",
  "physio",
  "pregnan",
  "disease",
  "symptom",
  "surgery",
  "surgeon",
  "counsel",
  "mental",
  // German
  "arzt",
  "arzte",
  "arztin",
  "medizin",
  "klinik",
  "praxisbesuch",
  "sprechstunde",
  "behandlung",
  "untersuchung",
  "rezept",
  "impf",
  "zahn",
  "gynako",
  "padiatr",
  "kardio",
  "augen",
  "schwanger",
  "krank",
  "krebs",
  "gesundheit",
  "heilpraktik",
  "befund",
];
// Parts of compound words, anywhere in a word: German builds "Hautarzt", "Kinderärztin",
// "Zahnbehandlung", "Frauenheilkunde".
const HEALTH_PARTS = ["arzt", "therap", "heilkunde", "behandlung", "untersuchung", "klinik"];

const MAX_SUBJECT_LENGTH = 150;

function wordsOf(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Why a subject may not be used, or null when it is fine. */
export function subjectProblem(subject: string): string | null {
  if (subject.trim() === "") return "empty subject";
  if (subject.length > MAX_SUBJECT_LENGTH) return "subject too long";
  // A line break in a header would let the rest be read as further headers.
  if (/[\r\n]/.test(subject)) return "line break in subject";
  const health = wordsOf(subject).some(
    (word) =>
      HEALTH_WORDS.has(word) ||
      HEALTH_STEMS.some((stem) => word.startsWith(stem)) ||
      HEALTH_PARTS.some((part) => word.includes(part)),
  );
  return health ? "health term in subject" : null;
}
