import "server-only";
import { after } from "next/server";
import { failureState, typedValues } from "@/lib/auth/action-state";
import type { Defer } from "@/lib/auth/defer";
import type { FormState } from "@/lib/auth/form-state";
import { emailOnlySchema } from "@/lib/auth/schemas";
import { requestAddress } from "@/lib/auth/sign-in";

type SendLink = (email: string, address: string, defer: Defer) => Promise<void>;

/**
 * Shared by the forms that mail a link to a typed address (reset, re-sent confirmation): the
 * mail goes out after the response and the answer is the same whether or not an account
 * uses the address, so neither the text nor the timing tells who has one.
 */
export async function emailLinkState(
  formData: FormData,
  sendLink: SendLink,
  answer: string,
): Promise<FormState> {
  const values = typedValues(formData, ["email"]);
  try {
    const { email } = emailOnlySchema.parse(values);
    await sendLink(email, await requestAddress(), after);
  } catch (error) {
    return failureState(error, values);
  }
  return { status: "done", message: answer };
}
