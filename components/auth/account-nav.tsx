import { useTranslations } from "next-intl";
import { NAV_ITEM, navListClass, type NavOrientation } from "@/components/layout/nav-orientation";
import { workspacePathOf } from "@/lib/auth/home-path";
import type { Role } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";

type AccountNavProps = {
  user: { email: string; role: Role } | null;
  signOutAction: () => Promise<void>;
  orientation: NavOrientation;
};

const ITEM = NAV_ITEM;

/** The header's account links: sign in or up, or the user's space and sign-out. */
export function AccountNav({ user, signOutAction, orientation }: AccountNavProps) {
  const t = useTranslations("layout");
  const tAgenda = useTranslations("agenda.nav");
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
  const space = workspacePathOf(user.role);
  const worksInAnAgenda = user.role === "PRACTITIONER" || user.role === "SECRETARY";
  return (
    <ul className={navListClass(orientation)}>
      {space && (
        <li>
          <Link prefetch={false} href={space} className={ITEM}>
            {worksInAnAgenda ? tAgenda("myAgenda") : t("mySpace")}
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
