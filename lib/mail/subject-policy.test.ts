import { describe, expect, it } from "vitest";
import { subjectProblem } from "./subject-policy";

describe("subjectProblem", () => {
  it.each([
    "Confirmez votre adresse e-mail",
    "Réinitialisation de votre mot de passe",
    "Votre rendez-vous du 3 mars est confirmé",
    "Invitation à rejoindre Praxis",
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
  ])("refuses %j, which reveals health information", (subject) => {
    expect(subjectProblem(subject)).toBe("health term in subject");
  });

  it("refuses header injection and oversized subjects", () => {
    expect(subjectProblem("Bonjour\r\nBcc: someone@example.com")).toBe("line break in subject");
    expect(subjectProblem("x".repeat(151))).toBe("subject too long");
    expect(subjectProblem("   ")).toBe("empty subject");
  });
});
