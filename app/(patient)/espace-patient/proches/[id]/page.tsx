import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { RelativeForm } from "@/components/patient/relative-form";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { requireRole } from "@/lib/auth/session";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import { Link } from "@/lib/i18n/navigation";
import { getRelative } from "@/lib/patients/get-relative";
import { removeRelativeAction, updateRelativeAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

// Another account's relative, an unknown id and a malformed id all get the same 404. One
// lookup per request serves the metadata and the page; calling notFound() from
// generateMetadata too makes the 404 carry its own title rather than this page's.
const findRelative = cache(async (id: string) => {
  const user = await requireRole("PATIENT");
  return getRelative(user, id).catch(notFoundOnAppError);
});

// The title names no one: page titles end up in browser history and tab lists.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await findRelative((await params).id);
  return { title: (await getTranslations("patient.relatives"))("editTitle") };
}

export default async function RelativePage({ params }: Props) {
  const relative = await findRelative((await params).id);
  const name = `${relative.firstName} ${relative.lastName}`;
  const t = await getTranslations("patient.relatives");
  return (
    <div className="space-y-10">
      <section aria-labelledby="relative-title" className="space-y-4">
        <p>
          <Link href="/espace-patient/proches" className="text-sm text-brand-700 underline">
            {t("back")}
          </Link>
        </p>
        <h1 id="relative-title" className="text-3xl font-bold tracking-tight text-slate-900">
          {name}
        </h1>
        <RelativeForm
          action={updateRelativeAction.bind(null, relative.id)}
          relative={relative}
          submitLabel={t("save")}
          idPrefix="relative"
          today={new Date().toISOString().slice(0, 10)}
        />
      </section>
      <section aria-labelledby="remove-relative-title" className="space-y-4">
        <h2 id="remove-relative-title" className="text-xl font-semibold text-slate-900">
          {t("removeTitle")}
        </h2>
        <ActionButtonForm
          action={removeRelativeAction.bind(null, relative.id)}
          label={t("removeSubmit", { name })}
          variant="danger"
        >
          <p className="max-w-prose text-slate-700">{t("removeExplanation", { name })}</p>
        </ActionButtonForm>
      </section>
    </div>
  );
}
