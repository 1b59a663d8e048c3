import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

type AuthPageProps = {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  /** Links under the card: "Forgotten your password?", "Create an account"… */
  footer?: ReactNode;
};

/** The narrow, centred layout shared by the account pages. */
export function AuthPage({ title, intro, children, footer }: AuthPageProps) {
  return (
    <section aria-labelledby="auth-title" className="mx-auto w-full max-w-md px-4 py-12 sm:px-6">
      <h1 id="auth-title" className="text-3xl font-bold tracking-tight text-slate-900">
        {title}
      </h1>
      {intro && <div className="mt-3 space-y-2 text-base text-slate-700">{intro}</div>}
      <div className="mt-8 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
        {children}
      </div>
      {footer && <div className="mt-6 space-y-2 text-sm text-slate-700">{footer}</div>}
    </section>
  );
}

/** An underlined in-text link with the site's focus and contrast. */
export const LINK_CLASS = "font-medium text-brand-700 underline hover:text-brand-800";

/** The footer's way back to signing in, from the pages a sign-in or a mailed link leads to. */
export function SignInLink({ children }: { children: ReactNode }) {
  return (
    <p>
      <Link href="/connexion" className={LINK_CLASS}>
        {children}
      </Link>
    </p>
  );
}
