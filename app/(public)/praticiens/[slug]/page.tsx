import type { Metadata } from "next";
import { cache } from "react";
import { MotiveSlots } from "@/components/practitioner/motive-slots";
import { PracticeList } from "@/components/practitioner/practice-list";
import { ProfileHeader } from "@/components/practitioner/profile-header";
import { buttonClassName } from "@/components/ui/button";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import { getMotiveWeeks } from "@/lib/practitioners/get-practitioner-slots";
import { getPublicProfile, type PublicProfile } from "@/lib/practitioners/get-public-profile";
import { practitionerName } from "@/lib/utils/practitioner-name";

type Params = { params: Promise<{ slug: string }> };

// Public: no session. Missing, unverified and malformed slugs are one and the same 404.
// Shared by the metadata and the page within one request.
const loadProfile = cache((slug: string): Promise<PublicProfile> =>
  getPublicProfile(slug).catch(notFoundOnAppError),
);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: practitionerName(await loadProfile((await params).slug)) };
}

export default async function PractitionerPage({ params }: Params) {
  const profile = await loadProfile((await params).slug);
  const weeks = await getMotiveWeeks(profile, new Date());
  return (
    <div className="mx-auto max-w-5xl space-y-10 px-4 py-10 sm:px-6">
      <nav aria-label="Fil d’Ariane" className="text-sm">
        <a href="/recherche" className="text-brand-700 underline hover:text-brand-800">
          Rechercher un autre praticien
        </a>
      </nav>
      <ProfileHeader profile={profile} />
      <a href="#creneaux" className={buttonClassName("primary")}>
        Prendre rendez-vous
      </a>
      <section id="creneaux" aria-labelledby="creneaux-titre" className="scroll-mt-6 space-y-4">
        <h2 id="creneaux-titre" className="text-xl font-bold text-slate-900">
          Créneaux libres de la semaine
        </h2>
        <p className="text-slate-700">
          Choisissez le motif de votre visite, puis un horaire (heure locale du cabinet).
        </p>
        <MotiveSlots weeks={weeks} timeZone={profile.timeZone} slug={profile.slug} />
      </section>
      <PracticeList locations={profile.locations} />
    </div>
  );
}
