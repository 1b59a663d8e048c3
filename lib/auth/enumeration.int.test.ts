import { describe, expect, it } from "vitest";
import { withAppTestDatabase } from "@/scripts/testing/app-test-database";
import { authenticateCredentials } from "./authenticate-credentials";
import { requestPasswordReset } from "./reset-password";
import { signUpPatient } from "./sign-up-patient";
import { PASSWORD, uniqueAddress, uniqueEmail, verifiedAccount } from "./testing/account-fixtures";

// No account enumeration: for a registered and an unregistered address, sign-in, sign-up
// and reset answer alike and take comparable time. Each case's time is its fastest of
// interleaved runs (each on a fresh address, so lock-outs and limits stay out of the way):
// other processes only ever add time, so the fastest run is the cost of the code itself.

const database = withAppTestDatabase();
const SAMPLES = 9;

async function registered(): Promise<string> {
  return (await verifiedAccount(database.prisma())).email;
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

/**
 * Runs both cases in turns and checks equal answers and comparable fastest times. `settle`
 * runs untimed after each case (work deferred past the response), so no sample overlaps it.
 */
async function compare<T>(
  known: () => Promise<T>,
  unknown: () => Promise<T>,
  settle: () => Promise<unknown> = async () => undefined,
): Promise<void> {
  const times = { known: [] as number[], unknown: [] as number[] };
  for (let i = 0; i < SAMPLES; i++) {
    const a = await timed(known);
    await settle();
    const b = await timed(unknown);
    await settle();
    expect(a.result).toEqual(b.result);
    times.known.push(a.ms);
    times.unknown.push(b.ms);
  }
  const [k, u] = [Math.min(...times.known), Math.min(...times.unknown)];
  // Within 40 % of the slower one, plus 5 ms for scheduling noise.
  expect(
    Math.abs(k - u),
    `fastest: known ${k.toFixed(1)} ms, unknown ${u.toFixed(1)} ms`,
  ).toBeLessThan(0.4 * Math.max(k, u) + 5);
}

describe("no account enumeration", () => {
  it("sign-in: a wrong password and an unknown address look the same", async () => {
    const emails = await Promise.all(Array.from({ length: SAMPLES }, registered));
    let turn = 0;
    await compare(
      () =>
        authenticateCredentials(
          { email: emails[turn++], password: "wrong-password-1" },
          uniqueAddress(),
        ),
      () =>
        authenticateCredentials(
          { email: uniqueEmail(), password: "wrong-password-1" },
          uniqueAddress(),
        ),
    );
  });

  it("sign-up: the answer comes before the lookup, so a registered address looks like a new one", async () => {
    const emails = await Promise.all(Array.from({ length: SAMPLES }, registered));
    let turn = 0;
    const input = {
      password: PASSWORD,
      firstName: "Anne",
      lastName: "Onyme",
      birthDate: new Date("1991-03-04"),
      locale: "fr" as const,
    };
    const deferred: Promise<void>[] = [];
    const defer = (task: () => Promise<void>) => void deferred.push(task());
    await compare(
      () => signUpPatient({ ...input, email: emails[turn++] }, uniqueAddress(), defer),
      () => signUpPatient({ ...input, email: uniqueEmail() }, uniqueAddress(), defer),
      () => Promise.all(deferred),
    );
    const reminded = await database
      .prisma()
      .outboxMail.count({ where: { recipient: { in: emails } } });
    expect(reminded).toBe(SAMPLES);
  });

  it("reset: the answer comes before the lookup, so it looks the same", async () => {
    const emails = await Promise.all(Array.from({ length: SAMPLES }, registered));
    const deferred: Promise<void>[] = [];
    const defer = (task: () => Promise<void>) => void deferred.push(task());
    let turn = 0;
    await compare(
      () => requestPasswordReset(emails[turn++], uniqueAddress(), defer),
      () => requestPasswordReset(uniqueEmail(), uniqueAddress(), defer),
      () => Promise.all(deferred),
    );
    const sent = await database.prisma().outboxMail.count({ where: { recipient: { in: emails } } });
    expect(sent).toBe(SAMPLES);
  });
});
