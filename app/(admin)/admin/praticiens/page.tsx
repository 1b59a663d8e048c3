import { getTranslations } from "next-intl/server";
import { PractitionersTable } from "@/components/admin/practitioners-table";
import {
  practitionerListHref,
  VerificationFilterLinks,
} from "@/components/admin/verification-filter";
import { buttonClassName } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { listPractitioners } from "@/lib/admin/practitioners/list-practitioners";
import { practitionerListQuerySchema } from "@/lib/admin/practitioners/schemas";
import { requireRole } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata() {
  const t = await getTranslations("admin.practitioners");
  return { title: t("metaTitle") };
}

export default async function AdminPractitionersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("ADMIN");
  const query = practitionerListQuerySchema.parse(await searchParams);
  const list = await listPractitioners(user, query);
  const t = await getTranslations("admin.practitioners");
  return (
    <section
      aria-labelledby="practitioners-title"
      className="mx-auto max-w-6xl space-y-6 px-4 py-10 sm:px-6"
    >
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="practitioners-title" className="text-3xl font-bold tracking-tight text-slate-900">
            {t("title")}
          </h1>
          <p className="mt-2 text-slate-700">{t("count", { count: list.total })}</p>
        </div>
        <Link href="/admin/praticiens/nouveau" className={buttonClassName("primary")}>
          {t("create")}
        </Link>
      </div>
      <VerificationFilterLinks current={query.status} />
      <PractitionersTable practitioners={list.practitioners} />
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => practitionerListHref(query.status, page)}
        label={t("pages")}
      />
    </section>
  );
}
