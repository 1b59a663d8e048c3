import "server-only";
import { AppError } from "@/lib/errors";

// Reads a request body as UTF-8 text, refusing more than maxBytes. Content-Length is checked
// first to refuse early, and the streamed bytes are counted as well, because the header
// can be absent (chunked upload) or lie.
export async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) {
    throw new AppError("PAYLOAD_TOO_LARGE");
  }
  if (!request.body) return "";

  const reader = request.body.getReader();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let received = 0;
  let text = "";
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      received += chunk.value.byteLength;
      if (received > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE");
      text += decoder.decode(chunk.value, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    // Stop the upload instead of buffering the rest of an oversized or broken body.
    await reader.cancel().catch(() => undefined);
    throw error instanceof AppError ? error : new AppError("BAD_REQUEST", { cause: error });
  }
}

/** A JSON body of at most maxBytes: 415 unless application/json, 413, 400 when not JSON. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const mediaType = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (mediaType !== "application/json") throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  const text = await readLimitedText(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", { messageKey: "errors.detail.invalidJson" });
  }
}
