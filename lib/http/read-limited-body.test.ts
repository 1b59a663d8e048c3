import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readLimitedText } from "./read-limited-body";

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

// A chunked upload: no Content-Length, so only counting the streamed bytes can stop it.
function chunkedRequest(chunks: Uint8Array[]): Request {
  return new Request("http://praxis.test/", {
    method: "POST",
    body: streamOf(chunks),
    duplex: "half",
  } as RequestInit);
}

async function errorCodeOf(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (error: unknown) => (error instanceof AppError ? error.code : "not an AppError"),
  );
}

describe("readLimitedText", () => {
  it("returns a body within the limit, multi-byte characters across chunks included", async () => {
    const bytes = new TextEncoder().encode("créneau réservé");
    const request = chunkedRequest([bytes.slice(0, 3), bytes.slice(3)]);
    expect(await readLimitedText(request, 1024)).toBe("créneau réservé");
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const request = new Request("http://praxis.test/", {
      method: "POST",
      body: "x".repeat(10),
      headers: { "content-length": "999999" },
    });
    expect(await errorCodeOf(readLimitedText(request, 100))).toBe("PAYLOAD_TOO_LARGE");
  });

  it("counts streamed bytes when no length is declared", async () => {
    const chunk = new Uint8Array(64).fill(120);
    const request = chunkedRequest([chunk, chunk, chunk]);
    expect(request.headers.get("content-length")).toBeNull();
    expect(await errorCodeOf(readLimitedText(request, 100))).toBe("PAYLOAD_TOO_LARGE");
  });

  it("accepts a body of exactly the limit", async () => {
    const request = chunkedRequest([new Uint8Array(100).fill(120)]);
    expect(await readLimitedText(request, 100)).toHaveLength(100);
  });

  it("refuses invalid UTF-8 as a bad request", async () => {
    const request = chunkedRequest([new Uint8Array([0xff, 0xfe, 0xfd])]);
    expect(await errorCodeOf(readLimitedText(request, 100))).toBe("BAD_REQUEST");
  });

  it("reads an empty body as an empty string", async () => {
    const request = new Request("http://praxis.test/", { method: "POST" });
    expect(await readLimitedText(request, 100)).toBe("");
  });
});
