import { getTranslations } from "next-intl/server";
import { ProfileForm } from "@/components/patient/profile-form";
import { getAccountLocale } from "@/lib/auth/account-locale";
import { requireRole } from "@/lib/auth/session";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { getMyProfile } from "@/lib/patients/get-my-profile";
import { saveProfile } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("patient.profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const user = await requireRole("PATIENT");
  const [profile, locale] = await Promise.all([getMyProfile(user), getAccountLocale(user)]);
  const t = await getTranslations("patient.profile");
  return (
    <section aria-labelledby="profile-title" className="space-y-6">
      <div>
        <h1 id="profile-title" className="text-3xl font-bold tracking-tight text-slate-900">
          {t("title")}
        </h1>
        <p className="mt-2 max-w-prose text-slate-700">
          {t.rich("intro", {
            email: user.email,
            link: (chunks) => (
              <Link href="/compte/securite" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
      <ProfileForm
        action={saveProfile}
        profile={profile}
        locale={locale}
        localeOptions={LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }))}
        texts={{
          phone: t("phone"),
          phoneHint: t("phoneHint"),
          locale: t("locale"),
          localeHint: t("localeHint"),
          save: t("save"),
          saving: t("saving"),
        }}
        today={new Date().toISOString().slice(0, 10)}
      />
    </section>
  );
}
