import { describe, expect, it } from "vitest";
import { linkLifetime } from "./tokens";

describe("linkLifetime", () => {
  it("words each link's lifetime as the mails and pages say it", () => {
    expect(linkLifetime("reset-password")).toBe("1 heure");
    expect(linkLifetime("change-email")).toBe("1 heure");
    expect(linkLifetime("verify-email")).toBe("24 heures");
    expect(linkLifetime("invite")).toBe("7 jours");
  });
});
