import type { SessionUser } from "@/lib/auth/session";
import type { TestAccount } from "./booking-fixtures";

// Route handlers under test, without Auth.js: a test names the signed-in account in a
// header, and this stand-in for lib/auth/session answers as the real one would.

const TEST_USER_HEADER = "x-test-user";
const users = new Map<string, SessionUser>();

export function installTestSession(accounts: readonly TestAccount[]): void {
  for (const account of accounts) {
    users.set(account.userId, {
      id: account.userId,
      email: account.email,
      role: "PATIENT",
      patientId: account.selfId,
      practitionerId: null,
    });
  }
}

/** Staff accounts (practitioners, secretaries) for the practice's own routes. */
export function installStaffSession(
  staff: readonly {
    userId: string;
    email: string;
    role: SessionUser["role"];
    practitionerId?: string;
  }[],
): void {
  for (const member of staff) {
    users.set(member.userId, {
      id: member.userId,
      email: member.email,
      role: member.role,
      patientId: null,
      practitionerId: member.practitionerId ?? null,
    });
  }
}

export const sessionModule = {
  async apiSessionUser(request: Request): Promise<SessionUser | null> {
    return users.get(request.headers.get(TEST_USER_HEADER) ?? "") ?? null;
  },
};

export function testRequest(
  path: string,
  options: {
    account: Pick<TestAccount, "userId"> | null;
    method?: string;
    body?: unknown;
    raw?: string;
    headers?: Record<string, string>;
  },
): Request {
  const { account, method = "POST", body, raw, headers = {} } = options;
  const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body));
  return new Request(`http://praxis.test${path}`, {
    method,
    body: payload,
    headers: {
      ...(body !== undefined && { "Content-Type": "application/json" }),
      ...(account && { [TEST_USER_HEADER]: account.userId }),
      ...headers,
    },
  });
}

/** The header a real HTTP client sends to name its account to a harness server. */
export function testUserHeader(account: TestAccount): Record<string, string> {
  return { [TEST_USER_HEADER]: account.userId };
}

type RouteHandler = (request: Request) => Promise<Response>;

/**
 * A real HTTP server on a free local port in front of route handlers, for tests that need
 * real sockets and real concurrency (the Next.js router is not what they test).
 */
export async function serveRouteHandlers(
  routes: Record<string, RouteHandler>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const { createServer } = await import("node:http");
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    const request = new Request(`http://127.0.0.1${incoming.url}`, {
      method: incoming.method,
      headers,
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    });
    const handler = routes[new URL(request.url).pathname];
    const response = handler ? await handler(request) : new Response(null, { status: 404 });
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
