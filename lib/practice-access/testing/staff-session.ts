import type { SessionUser } from "@/lib/auth/session";

// Route handlers of the practice area under test, without Auth.js: a request names its
// signed-in account in a header, and this stand-in for lib/auth/session answers for it.
// Usage: vi.mock("@/lib/auth/session", () => import("…/staff-session").then((m) => m.sessionModule)).

const TEST_USER_HEADER = "x-test-user";
const users = new Map<string, SessionUser>();

/** Makes `id` a signed-in account of that role for the requests that name it. */
export function signInForTest(id: string, role: SessionUser["role"]): SessionUser {
  const user = { id, email: "", role, patientId: null, practitionerId: null };
  users.set(id, user);
  return user;
}

export const sessionModule = {
  async apiSessionUser(request: Request): Promise<SessionUser | null> {
    return users.get(request.headers.get(TEST_USER_HEADER) ?? "") ?? null;
  },
};

/** The header naming the signed-in account of a test request. */
export function asUser(id: string): Record<string, string> {
  return { [TEST_USER_HEADER]: id };
}
