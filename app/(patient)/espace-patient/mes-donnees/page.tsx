import type { Metadata } from "next";
import { DeleteAccountForm } from "@/components/patient/delete-account-form";
import { buttonClassName } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/session";
import { deleteAccountAction } from "./actions";

export const metadata: Metadata = { title: "Mes données" };

export default async function MyDataPage() {
  await requireRole("PATIENT");
  return (
    <div className="space-y-12">
      <section aria-labelledby="export-title" className="max-w-prose space-y-4">
        <h1 id="export-title" className="text-3xl font-bold tracking-tight text-slate-900">
          Mes données
        </h1>
        <p className="text-slate-700">
          Téléchargez en un fichier tout ce que Praxis conserve sur vous et vos proches : votre
          compte, vos profils, vos rendez-vous avec les praticiens, les accès des professionnels à
          vos données et les messages que nous vous avons envoyés. Le fichier est au format JSON,
          lisible par d’autres services.
        </p>
        {/* A plain link: the browser downloads the file (Content-Disposition: attachment). */}
        <a href="/espace-patient/mes-donnees/telecharger" className={buttonClassName("primary")}>
          Télécharger mes données
        </a>
      </section>
      <section
        aria-labelledby="delete-title"
        className="max-w-prose space-y-4 rounded-xl border border-red-200 p-6"
      >
        <h2 id="delete-title" className="text-xl font-semibold text-slate-900">
          Supprimer mon compte
        </h2>
        <ul className="list-disc space-y-2 pl-5 text-slate-700">
          <li>Vos rendez-vous à venir, et ceux de vos proches, seront annulés.</li>
          <li>
            Les cabinets qui vous ont reçus conservent leur dossier, comme la loi les y oblige, mais
            sans votre nom, votre date de naissance, votre téléphone ni votre adresse e-mail.
          </li>
          <li>Tout le reste est effacé : profils, proches, messages, connexions.</li>
          <li>Vous pourrez créer un nouveau compte avec la même adresse e-mail.</li>
        </ul>
        <p className="font-medium text-slate-900">Cette action est définitive.</p>
        <DeleteAccountForm action={deleteAccountAction} />
      </section>
    </div>
  );
}
