// Loaded into the Next.js server process (node --import, see scripts/start.ts) because Next
// exposes no socket address to the app: it only fills X-Forwarded-For with it when the
// client sent none, so a client could otherwise name any address it likes.
//
// Before Next sees a request, the TCP peer's address is appended to X-Forwarded-For, so the
// last entry is always the socket's and lib/http/request-origin.ts counts back from it as
// far as TRUSTED_PROXY_HOPS allows. With no trusted proxy, X-Forwarded-Host/Proto/Port are
// dropped too: Next would otherwise build request URLs from what a client claimed.
import http from "node:http";

const hops = Number.parseInt(process.env.TRUSTED_PROXY_HOPS ?? "0", 10);
const trustsProxy = Number.isInteger(hops) && hops > 0;

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithPeerAddress(event, request, ...rest) {
  if (event === "request" && request?.socket) {
    const headers = request.headers;
    const peer = request.socket.remoteAddress ?? "unknown";
    const sent = headers["x-forwarded-for"];
    headers["x-forwarded-for"] = sent ? `${sent}, ${peer}` : peer;
    if (!trustsProxy) {
      delete headers["x-forwarded-host"];
      delete headers["x-forwarded-proto"];
      delete headers["x-forwarded-port"];
    }
  }
  return emit.call(this, event, request, ...rest);
};
