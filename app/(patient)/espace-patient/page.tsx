import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { getMyProfile } from "@/lib/patients/get-my-profile";
import { PATIENT_SECTIONS } from "./sections";

export async function generateMetadata() {
  const t = await getTranslations("patient.home");
  return { title: t("title") };
}

const [, ...SECTIONS] = PATIENT_SECTIONS;

export default async function PatientHomePage() {
  const user = await requireRole("PATIENT");
  const profile = await getMyProfile(user);
  const t = await getTranslations("patient");
  return (
    <section aria-labelledby="patient-home-title">
      <h1 id="patient-home-title" className="text-3xl font-bold tracking-tight text-slate-900">
        {profile?.firstName ? t("home.greeting", { name: profile.firstName }) : t("home.title")}
      </h1>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {SECTIONS.map(([href, key]) => (
          <li key={href}>
            <Link
              href={href}
              className="block h-full rounded-xl border border-slate-200 p-5 hover:border-brand-300 hover:bg-brand-50"
            >
              <span className="text-lg font-semibold text-brand-800">{t(`nav.${key}`)}</span>
              <span className="mt-1 block text-slate-700">{t(`home.${key}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
