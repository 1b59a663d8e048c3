import type { Metadata } from "next";
import Link from "next/link";
import { ProfileForm } from "@/components/patient/profile-form";
import { requireRole } from "@/lib/auth/session";
import { getMyProfile } from "@/lib/patients/get-my-profile";
import { saveProfile } from "./actions";

export const metadata: Metadata = { title: "Mon profil" };

export default async function ProfilePage() {
  const user = await requireRole("PATIENT");
  const profile = await getMyProfile(user);
  return (
    <section aria-labelledby="profile-title" className="space-y-6">
      <div>
        <h1 id="profile-title" className="text-3xl font-bold tracking-tight text-slate-900">
          Mon profil
        </h1>
        <p className="mt-2 max-w-prose text-slate-700">
          Ces informations sont transmises au cabinet quand vous prenez rendez-vous pour vous-même.
          Votre adresse e-mail ({user.email}) et votre mot de passe se modifient dans{" "}
          <Link href="/compte/securite" className="text-brand-700 underline">
            la sécurité du compte
          </Link>
          .
        </p>
      </div>
      <ProfileForm
        action={saveProfile}
        profile={profile}
        today={new Date().toISOString().slice(0, 10)}
      />
    </section>
  );
}
