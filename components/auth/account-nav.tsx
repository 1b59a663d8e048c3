import Link from "next/link";

type AccountNavProps = {
  user: { email: string; role: "PATIENT" | "PRACTITIONER" | "ADMIN" } | null;
  signOutAction: () => Promise<void>;
};

const ITEM = "rounded-md px-2 py-2 text-slate-700 hover:text-brand-700 hover:underline";

// Where each role works; practitioners' pages come with their calendar.
const SPACES = { PATIENT: "/espace-patient", ADMIN: "/admin/praticiens" } as const;

/** The header's account links: sign in or up, or the user's space and sign-out. */
export function AccountNav({ user, signOutAction }: AccountNavProps) {
  if (!user) {
    return (
      <ul className="flex items-center gap-1 text-sm font-medium sm:gap-4">
        <li>
          <Link href="/connexion" prefetch={false} className={ITEM}>
            Se connecter
          </Link>
        </li>
        <li>
          <Link href="/inscription" prefetch={false} className={ITEM}>
            Créer un compte
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
          <Link href={space} prefetch={false} className={ITEM}>
            Mon espace
          </Link>
        </li>
      )}
      <li>
        <Link href="/compte/securite" prefetch={false} className={ITEM}>
          Sécurité du compte
        </Link>
      </li>
      <li>
        {/* A POST (server action): a link or an image elsewhere cannot sign anyone out. */}
        <form action={signOutAction}>
          <button type="submit" className={`${ITEM} cursor-pointer`}>
            Se déconnecter
          </button>
        </form>
      </li>
    </ul>
  );
}
