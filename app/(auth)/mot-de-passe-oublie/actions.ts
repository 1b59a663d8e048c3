"use server";

import { requestPasswordReset } from "@/lib/auth/reset-password";
import { linkLifetime } from "@/lib/auth/tokens";
import { emailLinkAction } from "../email-link-state";

export const requestResetAction = emailLinkAction(
  requestPasswordReset,
  `Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il est valable ${linkLifetime("reset-password")}.`,
);
