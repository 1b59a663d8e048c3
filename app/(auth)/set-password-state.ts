import "server-only";
import { getTranslations } from "next-intl/server";
import { setPasswordWithToken } from "@/lib/auth/reset-password";
import { setPasswordSchema } from "@/lib/auth/schemas";
import { defineAction } from "@/lib/forms/define-action";

/** The action of the reset and invitation pages: same link mechanism, same outcome. */
export function setPasswordAction(purpose: "reset-password" | "invite") {
  return defineAction(
    {
      auth: "none",
      schema: setPasswordSchema,
      read: (formData) => ({ token: formData.get("jeton"), password: formData.get("password") }),
    },
    async ({ input }) => {
      const t = await getTranslations("auth.setPassword");
      if (!(await setPasswordWithToken(purpose, input.token, input.password))) {
        return { status: "error", message: t("deadLink") };
      }
      return { status: "done", message: t("done") };
    },
  );
}
