import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { getMyProfile } from "@/lib/patients/get-my-profile";

export const metadata: Metadata = { title: "Mon espace" };

const SECTIONS = [
  {
    href: "/espace-patient/rendez-vous",
    title: "Mes rendez-vous",
    text: "Vos rendez-vous à venir et passés, et ceux de vos proches : déplacer, annuler.",
  },
  {
    href: "/espace-patient/profil",
    title: "Mon profil",
    text: "Vos nom, date de naissance et téléphone, transmis aux cabinets où vous prenez rendez-vous.",
  },
  {
    href: "/espace-patient/proches",
    title: "Mes proches",
    text: "Les enfants, parents ou autres proches pour qui vous prenez rendez-vous.",
  },
  {
    href: "/espace-patient/mes-donnees",
    title: "Mes données",
    text: "Téléchargez tout ce que Praxis conserve sur vous, ou supprimez votre compte.",
  },
  {
    href: "/espace-patient/acces",
    title: "Accès à mes données",
    text: "Quels professionnels ont consulté votre dossier ou vos rendez-vous, et quand.",
  },
] as const;

export default async function PatientHomePage() {
  const user = await requireRole("PATIENT");
  const profile = await getMyProfile(user);
  return (
    <section aria-labelledby="patient-home-title">
      <h1 id="patient-home-title" className="text-3xl font-bold tracking-tight text-slate-900">
        {profile?.firstName ? `Bonjour ${profile.firstName}` : "Mon espace"}
      </h1>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className="block h-full rounded-xl border border-slate-200 p-5 hover:border-brand-300 hover:bg-brand-50"
            >
              <span className="text-lg font-semibold text-brand-800">{section.title}</span>
              <span className="mt-1 block text-slate-700">{section.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
