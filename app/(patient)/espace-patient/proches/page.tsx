import { getTranslations } from "next-intl/server";
import { RelativeForm } from "@/components/patient/relative-form";
import { RelativesList } from "@/components/patient/relatives-list";
import { requireRole } from "@/lib/auth/session";
import { listMyRelatives } from "@/lib/patients/list-relatives";
import { addRelativeAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("patient.relatives");
  return { title: t("title") };
}

export default async function RelativesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("PATIENT");
  const [relatives, { retire }] = await Promise.all([listMyRelatives(user), searchParams]);
  const t = await getTranslations("patient.relatives");
  return (
    <div className="space-y-10">
      <section aria-labelledby="relatives-title" className="space-y-4">
        <h1 id="relatives-title" className="text-3xl font-bold tracking-tight text-slate-900">
          {t("title")}
        </h1>
        <p className="max-w-prose text-slate-700">{t("intro")}</p>
        {retire === "1" && (
          <p
            role="status"
            className="rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900"
          >
            {t("removed")}
          </p>
        )}
        <RelativesList relatives={relatives} />
      </section>
      <section aria-labelledby="add-relative-title" className="space-y-4">
        <h2 id="add-relative-title" className="text-xl font-semibold text-slate-900">
          {t("addTitle")}
        </h2>
        <RelativeForm
          action={addRelativeAction}
          submitLabel={t("addSubmit")}
          idPrefix="new-relative"
          today={new Date().toISOString().slice(0, 10)}
        />
      </section>
    </div>
  );
}
