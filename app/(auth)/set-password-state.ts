import "server-only";
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
      if (!(await setPasswordWithToken(purpose, input.token, input.password))) {
        return {
          status: "error",
          message:
            "Ce lien n’est plus valide : il a déjà servi ou a expiré. Demandez-en un nouveau depuis « Mot de passe oublié ».",
        };
      }
      return {
        status: "done",
        message: "Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter.",
      };
    },
  );
}
