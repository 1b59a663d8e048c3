import "server-only";
import { z } from "zod";
import { apiSessionUser, type Role, type SessionUser } from "@/lib/auth/session";
import { AppError, toErrorResponse } from "@/lib/errors";
import { negotiateLocale } from "@/lib/i18n/accept-language";
import { forgetStoredPages } from "@/lib/page-cache/page-cache-store";
import { readQueryParameters } from "./query-parameters";
import { readJsonBody, readLimitedText } from "./read-limited-body";
import { isCrossSiteRequest } from "./request-origin";
import { jsonResponse, NO_STORE } from "./respond";

/*
 * The one way to write a route handler (the role of dub's withWorkspace). Usage:
 *
 *   export const POST = route(
 *     { auth: ["PRACTITIONER"], params: z.object({ id: z.uuid() }), body: myInputSchema },
 *     async ({ user, params, body }) => ({ agenda: await doSomething(user, params.id, body) }),
 *   );
 *
 * In order, the wrapper: refuses a cross-site unsafe request (403); reads the session when
 * `auth` asks for it (401 without one, 404 for another role: pages of other roles look
 * missing); parses path params (404 when malformed: such a path names nothing), the query
 * (400 for an unknown parameter, 422 for an invalid one) and the JSON body (415, 413 over
 * `maxBodyBytes`, 400 when not JSON, 422 when invalid); runs the handler; answers JSON with
 * `Cache-Control` (no-store unless `cacheControl` says otherwise). What the handler returns
 * is the 200 body; return `jsonResponse(body, { status: 201, headers })` or any Response
 * for something else. Errors: throw `new AppError(code)` (its status), a zod error (422), a
 * unique or exclusion violation (409); anything else is logged and answered as a generic
 * 500. So a handler holds no try/catch. Declare the operation in an `*.openapi.ts` file
 * beside its schemas and add it to lib/openapi/operations.ts.
 */

/** none: never reads the session; optional: user or null; user: any signed-in role. */
export type RouteAuth = "none" | "optional" | "user" | readonly [Role, ...Role[]];

type ParamsSchema = z.ZodObject;
type QuerySchema = z.ZodObject;
type BodySpec = z.ZodType | "text" | undefined;

export type RouteConfig<
  A extends RouteAuth,
  P extends ParamsSchema | undefined,
  Q extends QuerySchema | undefined,
  B extends BodySpec,
> = {
  auth: A;
  params?: P;
  /** Its shape lists the accepted parameters; left out, the query string is not read. */
  query?: Q;
  /** A zod schema for a JSON body, or "text" for a raw one the handler parses itself. */
  body?: B;
  maxBodyBytes?: number;
  cacheControl?: string;
};

type UserOf<A extends RouteAuth> = A extends "none"
  ? null
  : A extends "optional"
    ? SessionUser | null
    : SessionUser;
type Parsed<T, Fallback> = T extends z.ZodType ? z.output<T> : Fallback;
type BodyOf<B extends BodySpec> = B extends "text" ? string : Parsed<B, undefined>;

export type RouteContext<
  A extends RouteAuth,
  P extends ParamsSchema | undefined,
  Q extends QuerySchema | undefined,
  B extends BodySpec,
> = {
  request: Request;
  user: UserOf<A>;
  params: Parsed<P, Record<string, never>>;
  query: Parsed<Q, Record<string, never>>;
  body: BodyOf<B>;
};

export type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = (request: Request, context?: NextRouteContext) => Promise<Response>;

// A JSON API body is a few hundred bytes; a route expecting more says so.
const DEFAULT_MAX_BODY_BYTES = 4 * 1024;

export function route<
  A extends RouteAuth,
  P extends ParamsSchema | undefined = undefined,
  Q extends QuerySchema | undefined = undefined,
  B extends BodySpec = undefined,
>(
  config: RouteConfig<A, P, Q, B>,
  handler: (context: RouteContext<A, P, Q, B>) => Promise<unknown> | unknown,
): RouteHandler {
  const cacheControl = config.cacheControl ?? NO_STORE;
  return async (request, context) => {
    try {
      if (isCrossSiteRequest(request)) throw new AppError("FORBIDDEN");
      const user = await authenticate(request, config.auth);
      const params = await parseParams(config.params, context);
      const query = config.query
        ? readQueryParameters(new URL(request.url), config.query.shape, config.query)
        : {};
      const body = await parseBody(request, config.body, config.maxBodyBytes);
      const answer = await runWriting(request, () =>
        handler({ request, user, params, query, body } as RouteContext<A, P, Q, B>),
      );
      if (!(answer instanceof Response)) return jsonResponse(answer, { cacheControl });
      if (!answer.headers.has("Cache-Control")) answer.headers.set("Cache-Control", cacheControl);
      return answer;
    } catch (error) {
      // Codes never change; the message follows Accept-Language (French by default).
      return toErrorResponse(error, negotiateLocale(request.headers.get("accept-language")));
    }
  };
}

// A write may change a public page this process keeps for a few seconds (lib/page-cache):
// whatever its outcome, the kept pages are dropped.
async function runWriting<T>(request: Request, handle: () => Promise<T> | T): Promise<T> {
  if (request.method === "GET" || request.method === "HEAD") return handle();
  try {
    return await handle();
  } finally {
    forgetStoredPages();
  }
}

async function authenticate(request: Request, auth: RouteAuth): Promise<SessionUser | null> {
  if (auth === "none") return null;
  const user = await apiSessionUser(request);
  if (auth === "optional") return user;
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (auth !== "user" && !auth.includes(user.role)) throw new AppError("NOT_FOUND");
  return user;
}

async function parseParams(schema: ParamsSchema | undefined, context?: NextRouteContext) {
  if (!schema) return {};
  const parsed = schema.safeParse((await context?.params) ?? {});
  if (!parsed.success) throw new AppError("NOT_FOUND");
  return parsed.data;
}

async function parseBody(request: Request, spec: BodySpec, maxBytes = DEFAULT_MAX_BODY_BYTES) {
  if (spec === undefined) return undefined;
  if (spec === "text") return readLimitedText(request, maxBytes);
  return spec.parse(await readJsonBody(request, maxBytes));
}
