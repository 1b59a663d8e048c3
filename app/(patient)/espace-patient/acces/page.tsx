import { getTranslations } from "next-intl/server";
import { AccessLogList } from "@/components/patient/access-log-list";
import { Pagination } from "@/components/ui/pagination";
import { listMyAccessLog } from "@/lib/audit/list-access-log";
import { requireRole } from "@/lib/auth/session";
import { pageSchema } from "@/lib/patients/schemas";

export async function generateMetadata() {
  const t = await getTranslations("patient.accessLog");
  return { title: t("title") };
}

export default async function AccessLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("PATIENT");
  const log = await listMyAccessLog(user, pageSchema.parse((await searchParams).page));
  const t = await getTranslations("patient.accessLog");
  return (
    <section aria-labelledby="access-title" className="space-y-6">
      <div className="max-w-prose space-y-2">
        <h1 id="access-title" className="text-3xl font-bold tracking-tight text-slate-900">
          {t("title")}
        </h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <AccessLogList entries={log.entries} />
      <Pagination
        page={log.page}
        pageCount={log.pageCount}
        hrefFor={(page) => `/espace-patient/acces?page=${page}`}
        label={t("pages")}
      />
    </section>
  );
}
