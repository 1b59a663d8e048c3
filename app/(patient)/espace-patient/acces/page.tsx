import type { Metadata } from "next";
import { AccessLogList } from "@/components/patient/access-log-list";
import { Pagination } from "@/components/ui/pagination";
import { listMyAccessLog } from "@/lib/audit/list-access-log";
import { requireRole } from "@/lib/auth/session";
import { pageSchema } from "@/lib/patients/schemas";

export const metadata: Metadata = { title: "Accès à mes données" };

export default async function AccessLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("PATIENT");
  const log = await listMyAccessLog(user, pageSchema.parse((await searchParams).page));
  return (
    <section aria-labelledby="access-title" className="space-y-6">
      <div className="max-w-prose space-y-2">
        <h1 id="access-title" className="text-3xl font-bold tracking-tight text-slate-900">
          Accès à mes données
        </h1>
        <p className="text-slate-700">
          Chaque fois qu’un praticien, son secrétariat ou l’équipe Praxis consulte votre fiche ou
          vos rendez-vous, ou ceux de vos proches, cette consultation est enregistrée ici. Les plus
          récentes apparaissent en premier.
        </p>
      </div>
      <AccessLogList entries={log.entries} />
      <Pagination
        page={log.page}
        pageCount={log.pageCount}
        hrefFor={(page) => `/espace-patient/acces?page=${page}`}
        label="Pages du journal des accès"
      />
    </section>
  );
}
