import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id at OWASP's minimum cost", async () => {
    expect(await hashPassword("cheval-agrafe-pile")).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/,
    );
  });

  it("verifies the right password only", async () => {
    const stored = await hashPassword("cheval-agrafe-pile");
    expect(await verifyPassword(stored, "cheval-agrafe-pile")).toBe(true);
    expect(await verifyPassword(stored, "cheval-agrafe-pilE")).toBe(false);
  });

  it("fails without a stored hash, after doing the same work", async () => {
    expect(await verifyPassword(null, "praxis-dummy-password-for-timing")).toBe(false);
  });

  it("fails on a corrupted stored hash instead of throwing", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
