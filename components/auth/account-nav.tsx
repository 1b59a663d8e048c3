import { useTranslations } from "next-intl";
import { NAV_ITEM, navListClass, type NavOrientation } from "@/components/layout/nav-orientation";
import type { Role } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";

type AccountNavProps = {
  user: { email: string; role: Role } | null;
  signOutAction: () => Promise<void>;
  orientation: NavOrientation;
};

const ITEM = NAV_ITEM;

// Where each role works; practitioners' pages come with their calendar.
const SPACES = { PATIENT: "/espace-patient", ADMIN: "/admin" } as const;

/** The header's account links: sign in or up, or the user's space and sign-out. */
export function AccountNav({ user, signOutAction, orientation }: AccountNavProps) {
  const t = useTranslations("layout");
  if (!user) {
    return (
      <ul className={navListClass(orientation)}>
        <li>
          <Link prefetch={false} href="/connexion" className={ITEM}>
            {t("signIn")}
          </Link>
        </li>
        <li>
          <Link prefetch={false} href="/inscription" className={ITEM}>
            {t("signUp")}
          </Link>
        </li>
      </ul>
    );
  }
  const space = user.role === "PATIENT" || user.role === "ADMIN" ? SPACES[user.role] : null;
  return (
    <ul className={navListClass(orientation)}>
      {space && (
        <li>
          <Link prefetch={false} href={space} className={ITEM}>
            {t("mySpace")}
          </Link>
        </li>
      )}
      <li>
        <Link prefetch={false} href="/compte/securite" className={ITEM}>
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
