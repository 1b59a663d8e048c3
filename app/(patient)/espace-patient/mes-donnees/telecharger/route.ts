import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { requireApiUser } from "@/lib/auth/session";
import { toErrorResponse } from "@/lib/errors";
import { exportMyData } from "@/lib/patients/account/export-my-data";

// "Download my data": a JSON file, never cached by the browser or a proxy.
export async function GET(request: Request): Promise<Response> {
  try {
    const data = await exportMyData(await requireApiUser(request));
    const day = data.exportedAt.toISOString().slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="praxis-mes-donnees-${day}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return toErrorResponse(error, (await getLocale()) as Locale);
  }
}
