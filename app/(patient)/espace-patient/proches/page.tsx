import type { Metadata } from "next";
import { RelativeForm } from "@/components/patient/relative-form";
import { RelativesList } from "@/components/patient/relatives-list";
import { requireRole } from "@/lib/auth/session";
import { listMyRelatives } from "@/lib/patients/list-relatives";
import { addRelativeAction } from "./actions";

export const metadata: Metadata = { title: "Mes proches" };

export default async function RelativesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("PATIENT");
  const [relatives, { retire }] = await Promise.all([listMyRelatives(user), searchParams]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="relatives-title" className="space-y-4">
        <h1 id="relatives-title" className="text-3xl font-bold tracking-tight text-slate-900">
          Mes proches
        </h1>
        <p className="max-w-prose text-slate-700">
          Les personnes pour qui vous prenez rendez-vous : vos enfants, un parent, un autre proche.
        </p>
        {retire === "1" && (
          <p
            role="status"
            className="rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900"
          >
            Ce proche a été retiré de votre compte.
          </p>
        )}
        <RelativesList relatives={relatives} />
      </section>
      <section aria-labelledby="add-relative-title" className="space-y-4">
        <h2 id="add-relative-title" className="text-xl font-semibold text-slate-900">
          Ajouter un proche
        </h2>
        <RelativeForm
          action={addRelativeAction}
          submitLabel="Ajouter ce proche"
          idPrefix="new-relative"
          today={new Date().toISOString().slice(0, 10)}
        />
      </section>
    </div>
  );
}
