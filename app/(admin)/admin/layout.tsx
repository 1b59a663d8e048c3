import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { getSessionUser } from "@/lib/auth/session";

// The admin area's sections, in the navigation's order; the home page is first.
const SECTIONS = [
  ["/admin", "home"],
  ["/admin/praticiens", "practitioners"],
  ["/admin/campagnes", "campaigns"],
] as const;

// Navigation only: every page checks the session and the ADMIN role itself. Anyone else
// gets the pages' "not found" without the admin tabs, which would tell the area exists.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (user?.role !== "ADMIN") return children;
  const t = await getTranslations("adminHome.nav");
  return (
    <>
      <div className="mx-auto max-w-6xl px-4 pt-6 sm:px-6">
        <AdminNav
          label={t("label")}
          sections={SECTIONS.map(([href, key]) => ({ href, label: t(key) }))}
        />
      </div>
      {children}
    </>
  );
}
