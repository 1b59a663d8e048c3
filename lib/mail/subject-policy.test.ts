import { describe, expect, it } from "vitest";
import { subjectProblem } from "./subject-policy";

describe("subjectProblem", () => {
  it.each([
    "Confirmez votre adresse e-mail",
    "Réinitialisation de votre mot de passe",
    "Votre rendez-vous du 3 mars est confirmé",
    "Invitation à rejoindre Praxis",
    "Your appointment on Tuesday 3 March at 2:30 PM",
    "Reminder: your appointment on Sunday 1 November",
    "Choose a new password",
    "Ihr Termin am Dienstag, 3. März um 14:30 Uhr",
    "Erinnerung: Ihr Termin am Donnerstag, 5. März",
    "Bestätigen Sie Ihre E-Mail-Adresse",
  ])("accepts the neutral subject %j", (subject) => {
    expect(subjectProblem(subject)).toBeNull();
  });

  it.each([
    "Votre rendez-vous avec le Dr Martin",
    "Rendez-vous chez votre cardiologue",
    "Consultation de suivi confirmée",
    "Votre séance de kinésithérapie",
    "Rendez-vous PSYCHIATRIE",
    "Résultats IRM",
    "Your appointment with your GP",
    "Your dermatologist appointment",
    "Follow-up consultation confirmed",
    "Your physiotherapy session",
    "MRI results",
    "Ihr Termin beim Hautarzt",
    "Ihr Termin bei der Kinderärztin",
    "Ihre Zahnbehandlung am Montag",
    "Termin in der Frauenheilkunde",
    "Ihre Sprechstunde bei Dr. Weber",
  ])("refuses %j, which reveals health information", (subject) => {
    expect(subjectProblem(subject)).toBe("health term in subject");
  });

  it("refuses header injection and oversized subjects", () => {
    expect(subjectProblem("Bonjour\r\nBcc: someone@example.com")).toBe("line break in subject");
    expect(subjectProblem("x".repeat(151))).toBe("subject too long");
    expect(subjectProblem("   ")).toBe("empty subject");
  });
});
