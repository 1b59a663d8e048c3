import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SectionNav } from "@/components/layout/section-nav";
import { requireUser } from "@/lib/auth/session";
import { calendarsOf } from "@/lib/practice-access/calendar-access";
import { calendarRoleAllows } from "@/lib/practice-access/policy";
import { PRACTITIONER_SECTIONS } from "./sections";

// The area of anyone who works in an agenda (a practitioner, a secretary). A visitor is sent
// to sign in; a signed-in user without an agenda (a patient, an admin) finds nothing here.
// Every page still checks access itself, through its use case.
export default async function PractitionerAreaLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const calendars = await calendarsOf(user);
  if (calendars.length === 0) notFound();
  const t = await getTranslations("agenda.nav");
  const sections = PRACTITIONER_SECTIONS.filter(([, , permission]) =>
    calendars.some((calendar) => calendarRoleAllows(calendar.role, permission)),
  );
  return (
    <div className="mx-auto max-w-[96rem] px-3 py-6 sm:px-6 print:p-0">
      {sections.length > 1 && (
        <div className="mb-6 print:hidden">
          <SectionNav
            bar
            label={t("label")}
            sections={sections.map(([href, key]) => ({ href, label: t(key) }))}
          />
        </div>
      )}
      <div className="min-w-0">{children}</div>
    </div>
  );
}
