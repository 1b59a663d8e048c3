import { describe, expect, it } from "vitest";
import { linkLifetime } from "./tokens";

describe("linkLifetime", () => {
  it("words each link's lifetime as the mails and pages say it", () => {
    expect(linkLifetime("reset-password", "fr")).toBe("1 heure");
    expect(linkLifetime("change-email", "fr")).toBe("1 heure");
    expect(linkLifetime("verify-email", "fr")).toBe("24 heures");
    expect(linkLifetime("invite", "fr")).toBe("7 jours");
  });

  it("words them in English and German too", () => {
    expect(linkLifetime("reset-password", "en")).toBe("1 hour");
    expect(linkLifetime("invite", "en")).toBe("7 days");
    expect(linkLifetime("verify-email", "de")).toBe("24 Stunden");
    expect(linkLifetime("invite", "de")).toBe("7 Tage");
  });
});
