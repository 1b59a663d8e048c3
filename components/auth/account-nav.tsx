import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { Role } from "@/lib/generated/prisma/enums";

type AccountNavProps = {
  user: { email: string; role: Role } | null;
  signOutAction: () => Promise<void>;
};

const ITEM = "rounded-md px-2 py-2 text-slate-700 hover:text-brand-700 hover:underline";

// Where each role works; practitioners' pages come with their calendar.
const SPACES = { PATIENT: "/espace-patient", ADMIN: "/admin/praticiens" } as const;

/** The header's account links: sign in or up, or the user's space and sign-out. */
export function AccountNav({ user, signOutAction }: AccountNavProps) {
  const t = useTranslations("layout");
  if (!user) {
    return (
      <ul className="flex items-center gap-1 text-sm font-medium sm:gap-4">
        <li>
          <Link href="/connexion" className={ITEM}>
            {t("signIn")}
          </Link>
        </li>
        <li>
          <Link href="/inscription" className={ITEM}>
            {t("signUp")}
          </Link>
        </li>
      </ul>
    );
  }
  const space = user.role === "PRACTITIONER" ? null : SPACES[user.role];
  return (
    <ul className="flex items-center gap-1 text-sm font-medium sm:gap-4">
      {space && (
        <li>
          <Link href={space} className={ITEM}>
            {t("mySpace")}
          </Link>
        </li>
      )}
      <li>
        <Link href="/compte/securite" className={ITEM}>
          {t("accountSecurity")}
        </Link>
      </li>
      <li>
        {/* A POST (server action): a link or an image elsewhere cannot sign anyone out. */}
        <form action={signOutAction}>
          <button type="submit" className={`${ITEM} cursor-pointer`}>
            {t("signOut")}
          </button>
        </form>
      </li>
    </ul>
  );
}
