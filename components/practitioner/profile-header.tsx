import { CONVENTION_SECTOR_LABELS, formatFees } from "@/lib/practitioners/format";
import type { PublicProfile } from "@/lib/practitioners/get-public-profile";
import { spokenLanguageNames } from "@/lib/search/schemas";
import { practitionerName } from "@/lib/utils/practitioner-name";

export function ProfileHeader({ profile }: { profile: PublicProfile }) {
  const fees = formatFees(profile.fees.minCents, profile.fees.maxCents);
  const languages = spokenLanguageNames(profile.languages);
  return (
    <header className="space-y-4">
      <div>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">
          {practitionerName(profile)}
        </h1>
        <p className="mt-1 text-lg font-medium text-brand-800">{profile.specialty.name}</p>
      </div>
      <dl className="grid gap-x-8 gap-y-3 text-slate-800 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold text-slate-600">Convention</dt>
          <dd>{CONVENTION_SECTOR_LABELS[profile.conventionSector]}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600">Tarif d’une consultation</dt>
          <dd>{fees ?? "Non communiqué"}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600">Langues parlées</dt>
          <dd className="first-letter:uppercase">{languages.join(", ")}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600">Nouveaux patients</dt>
          <dd>{profile.acceptsNewPatients ? "Acceptés" : "Uniquement les patients déjà suivis"}</dd>
        </div>
      </dl>
      {profile.bio && <p className="max-w-3xl text-slate-700">{profile.bio}</p>}
    </header>
  );
}
