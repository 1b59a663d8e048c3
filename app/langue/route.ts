import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { safeReturnPath } from "@/lib/auth/return-path";
import { LOCALE_COOKIE, LOCALES, localizePath } from "@/lib/i18n/locales";

const ONE_YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

const choiceSchema = z.object({ choix: z.enum(LOCALES), retour: z.string().optional() });

/**
 * The language switcher's links land here: the visitor's explicit choice is kept in the one
 * cookie Praxis sets for languages (functional, not tracking: it holds "fr", "en" or "de"),
 * then the same page opens in that language. Bad input changes nothing.
 */
export function GET(request: NextRequest) {
  const parsed = choiceSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return seeOther("/");
  const { choix, retour } = parsed.data;
  const response = seeOther(safeReturnPath(retour, localizePath(choix, "/")));
  response.cookies.set(LOCALE_COOKIE, choix, {
    path: "/",
    maxAge: ONE_YEAR_IN_SECONDS,
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
  });
  return response;
}

// A relative Location keeps the visitor on the host they used (the cookie was set there).
function seeOther(path: string): NextResponse {
  return new NextResponse(null, {
    status: 303,
    headers: { Location: path, "Cache-Control": "no-store" },
  });
}
