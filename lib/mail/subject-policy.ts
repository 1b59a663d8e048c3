// Mail subjects show in notification previews, lock screens and mail-server logs, so they
// never carry health information (design.md, privacy contract). This list catches the
// usual slips; it does not replace writing neutral subjects ("Votre rendez-vous").

// Whole words (accents removed).
const HEALTH_WORDS = new Set(["dr", "pr", "orl", "ivg", "vih", "sida", "irm", "sante"]);
// Word beginnings (accents removed): "cardiologue", "psychiatre", "kinésithérapeute"…
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
];

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
    (word) => HEALTH_WORDS.has(word) || HEALTH_STEMS.some((stem) => word.startsWith(stem)),
  );
  return health ? "health term in subject" : null;
}
