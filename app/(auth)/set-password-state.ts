import "server-only";
import { getTranslations } from "next-intl/server";
import { failureState } from "@/lib/auth/action-state";
import type { FormState } from "@/lib/auth/form-state";
import { setPasswordWithToken } from "@/lib/auth/reset-password";
import { setPasswordSchema } from "@/lib/auth/schemas";

/** Shared by the reset and invitation pages: same link mechanism, same outcome. */
export async function setPasswordState(
  purpose: "reset-password" | "invite",
  formData: FormData,
): Promise<FormState> {
  const t = await getTranslations("auth.setPassword");
  try {
    const input = setPasswordSchema.parse({
      token: formData.get("jeton"),
      password: formData.get("password"),
    });
    if (!(await setPasswordWithToken(purpose, input.token, input.password))) {
      return { status: "error", message: t("deadLink") };
    }
  } catch (error) {
    return failureState(error);
  }
  return { status: "done", message: t("done") };
}
