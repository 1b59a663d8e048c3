import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { asLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { findAccountById, updateAccountLocale } from "./queries";
import type { Actor } from "./session";

// The language an account's mails and calendar files are written in (users.locale), read
// and changed by its holder only.

export const accountLocaleSchema = z.strictObject({
  locale: z.enum(LOCALES, { error: "auth.errors.locale" }),
});

export async function getAccountLocale(actor: Actor): Promise<Locale> {
  const account = await findAccountById(actor.id);
  if (!account) throw new AppError("UNAUTHENTICATED");
  return asLocale(account.locale);
}

export async function changeAccountLocale(
  actor: Actor,
  input: z.output<typeof accountLocaleSchema>,
): Promise<void> {
  await updateAccountLocale(actor.id, input.locale);
}
