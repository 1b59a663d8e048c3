import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/auth/account-form";
import { AuthPage } from "@/components/auth/auth-page";
import { confirmEmailChangeAction } from "./actions";
import { tokenFrom, type TokenSearchParams } from "../../token-param";

export async function generateMetadata() {
  const t = await getTranslations("auth.confirmEmail");
  return { title: t("title") };
}

// A button rather than confirming on opening: mail scanners open links by themselves.
export default async function ConfirmEmailChangePage({
  searchParams,
}: {
  searchParams: TokenSearchParams;
}) {
  const token = await tokenFrom(searchParams);
  const t = await getTranslations("auth.confirmEmail");
  return (
    <AuthPage title={t("title")}>
      {token ? (
        <AccountForm
          action={confirmEmailChangeAction}
          hidden={{ jeton: token }}
          fields={[]}
          hideWhenDone
          submitLabel={t("submit")}
        />
      ) : (
        <p role="alert" className="text-base text-red-900">
          {t("incomplete")}
        </p>
      )}
    </AuthPage>
  );
}
