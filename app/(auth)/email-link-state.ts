import "server-only";
import { after } from "next/server";
import type { Defer } from "@/lib/auth/defer";
import { emailOnlySchema } from "@/lib/auth/schemas";
import { requestAddress } from "@/lib/auth/sign-in";
import { defineAction } from "@/lib/forms/define-action";

type SendLink = (email: string, address: string, defer: Defer) => Promise<void>;

/**
 * The action of a form that mails a link to a typed address (reset, re-sent confirmation):
 * the mail goes out after the response and the answer is the same whether or not an
 * account uses the address, so neither the text nor the timing tells who has one.
 */
/** `answer` is read at request time, in the page's language. */
export function emailLinkAction(sendLink: SendLink, answer: () => Promise<string>) {
  return defineAction(
    { auth: "none", schema: emailOnlySchema, fields: ["email"], keep: ["email"] },
    async ({ input }) => {
      await sendLink(input.email, await requestAddress(), after);
      return { status: "done", message: await answer() };
    },
  );
}
