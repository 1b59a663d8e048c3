import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SectionNav } from "@/components/layout/section-nav";
import { PATIENT_SECTIONS } from "./sections";

const SECTIONS = PATIENT_SECTIONS;

// Navigation only: every page checks the session and role itself.
export default async function PatientAreaLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("patient.nav");
  return (
    <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 sm:px-6 sm:py-10 md:grid-cols-[14rem_1fr] md:gap-8">
      <aside>
        <SectionNav
          label={t("label")}
          sections={SECTIONS.map(([href, key]) => ({ href, label: t(key) }))}
        />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
