import type { Metadata } from "next";
import Link from "next/link";
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

export const metadata: Metadata = { title: "Praticiens · Administration" };

export default async function AdminPractitionersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("ADMIN");
  const query = practitionerListQuerySchema.parse(await searchParams);
  const list = await listPractitioners(user, query);
  return (
    <section
      aria-labelledby="practitioners-title"
      className="mx-auto max-w-6xl space-y-6 px-4 py-10 sm:px-6"
    >
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="practitioners-title" className="text-3xl font-bold tracking-tight text-slate-900">
            Praticiens
          </h1>
          <p className="mt-2 text-slate-700">
            {list.total} praticien{list.total > 1 ? "s" : ""}. Seuls les praticiens vérifiés
            apparaissent dans la recherche.
          </p>
        </div>
        <Link href="/admin/praticiens/nouveau" className={buttonClassName("primary")}>
          Créer un compte praticien
        </Link>
      </div>
      <VerificationFilterLinks current={query.status} />
      <PractitionersTable practitioners={list.practitioners} />
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => practitionerListHref(query.status, page)}
        label="Pages de la liste des praticiens"
      />
    </section>
  );
}
