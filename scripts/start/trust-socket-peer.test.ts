import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// The preload runs in the server process only, so it is tried there: a child Node process
// with it loaded serves the headers it received, and is asked once through a real socket.
const PRELOAD = path.join(import.meta.dirname, "trust-socket-peer.mjs");
const SERVE_ONCE = `
  const http = require("node:http");
  const server = http.createServer((request, response) => {
    response.end(JSON.stringify(request.headers));
    server.close();
  });
  server.listen(0, "127.0.0.1", async () => {
    const { port } = server.address();
    const answer = await fetch("http://127.0.0.1:" + port + "/", {
      headers: JSON.parse(process.env.SENT_HEADERS),
    });
    process.stdout.write(await answer.text());
  });`;

async function headersSeenBehind(
  sent: Record<string, string>,
  hops?: string,
): Promise<Record<string, string>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", PRELOAD, "-e", SERVE_ONCE],
    {
      env: { ...process.env, SENT_HEADERS: JSON.stringify(sent), TRUSTED_PROXY_HOPS: hops ?? "" },
    },
  );
  return JSON.parse(stdout) as Record<string, string>;
}

// Each case starts a Node process: slow on a loaded machine.
describe("trust-socket-peer preload", { timeout: 30_000 }, () => {
  it("appends the socket's address after whatever the client claimed", async () => {
    const seen = await headersSeenBehind({ "x-forwarded-for": "6.6.6.6" });
    expect(seen["x-forwarded-for"]).toBe("6.6.6.6, 127.0.0.1");
  });

  it("fills the socket's address when the client sent none", async () => {
    expect((await headersSeenBehind({}))["x-forwarded-for"]).toBe("127.0.0.1");
  });

  it("drops forwarded host and scheme unless a proxy is trusted", async () => {
    const forwarded = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    const direct = await headersSeenBehind(forwarded);
    expect(direct["x-forwarded-host"]).toBeUndefined();
    expect(direct["x-forwarded-proto"]).toBeUndefined();
    const behindProxy = await headersSeenBehind(forwarded, "1");
    expect(behindProxy["x-forwarded-host"]).toBe("evil.example");
  });
});
