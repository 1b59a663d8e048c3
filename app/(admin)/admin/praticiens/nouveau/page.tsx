import type { Metadata } from "next";
import Link from "next/link";
import { PractitionerForm } from "@/components/admin/practitioner-form";
import { listSpecialtyOptions } from "@/lib/admin/practitioners/list-practitioners";
import { requireRole } from "@/lib/auth/session";
import { linkLifetime } from "@/lib/auth/tokens";
import { createPractitionerAction } from "../actions";

export const metadata: Metadata = { title: "Nouveau praticien · Administration" };

export default async function NewPractitionerPage() {
  const user = await requireRole("ADMIN");
  const specialties = await listSpecialtyOptions(user);
  return (
    <section
      aria-labelledby="new-practitioner-title"
      className="mx-auto max-w-6xl space-y-6 px-4 py-10 sm:px-6"
    >
      <p>
        <Link href="/admin/praticiens" className="text-sm text-brand-700 underline">
          ← Praticiens
        </Link>
      </p>
      <h1 id="new-practitioner-title" className="text-3xl font-bold tracking-tight text-slate-900">
        Créer un compte praticien
      </h1>
      <p className="max-w-prose text-slate-700">
        Le praticien reçoit par e-mail un lien pour choisir son mot de passe (valable{" "}
        {linkLifetime("invite")}). Son profil n’apparaît dans la recherche qu’une fois vérifié.
      </p>
      <PractitionerForm
        action={createPractitionerAction}
        specialties={specialties}
        submitLabel="Créer le compte et envoyer l’invitation"
      />
    </section>
  );
}
