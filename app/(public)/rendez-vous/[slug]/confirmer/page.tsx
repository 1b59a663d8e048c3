import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { BookingForm } from "@/components/booking/booking-form";
import { BookingSummary } from "@/components/booking/booking-summary";
import { buttonClassName } from "@/components/ui/button";
import { bookingPath, confirmBookingPath } from "@/lib/appointments/paths";
import { instantSchema } from "@/lib/appointments/schemas";
import { getSessionUser } from "@/lib/auth/session";
import { checkRequestedSlot } from "@/lib/availability/get-availability";
import { withCampaign } from "@/lib/campaigns/campaign-param";
import { countCampaignStep } from "@/lib/campaigns/count-step";
import { currentCampaign } from "@/lib/campaigns/request-campaign";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import { localizePath } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { getMyProfile } from "@/lib/patients/get-my-profile";
import { listMyRelatives } from "@/lib/patients/list-relatives";
import { getPublicProfile } from "@/lib/practitioners/get-public-profile";
import { practitionerName } from "@/lib/utils/practitioner-name";
import { bookAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking.confirm");
  return { title: t("title") };
}

const querySchema = z.object({ motif: z.uuid(), debut: instantSchema });

type ConfirmPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Step 3: the chosen slot is in the URL, so it survives signing in or creating an account
// (both come back here through `retour`); no cookie or server-side hold is needed.
export default async function ConfirmBookingPage({ params, searchParams }: ConfirmPageProps) {
  const [{ slug }, rawQuery, locale, t] = await Promise.all([
    params,
    searchParams,
    getLocale(),
    getTranslations("booking.confirm"),
  ]);
  const query = querySchema.safeParse(rawQuery);
  if (!query.success) notFound();
  const { motif: motiveId, debut: startsAt } = query.data;
  const profile = await getPublicProfile(slug, new Date(), locale).catch(notFoundOnAppError);
  const motive = profile.motives.find((candidate) => candidate.id === motiveId);
  if (!motive) notFound();

  const check = await checkRequestedSlot({
    practitionerId: profile.id,
    motiveId,
    startsAt,
    now: new Date(),
  });
  const campaign = await currentCampaign();
  const here = withCampaign(confirmBookingPath(slug, motiveId, startsAt), campaign);
  const chooseAgain = withCampaign(bookingPath(slug, { motiveId }), campaign);
  const location = check.ok
    ? (profile.locations.find((candidate) => candidate.id === check.slot.locationId) ?? null)
    : null;

  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-6 sm:space-y-8 sm:px-6 sm:py-10">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("title")}</h1>
      <BookingSummary
        startsAt={startsAt}
        timeZone={profile.timeZone}
        practitionerName={practitionerName(profile)}
        motiveName={motive.name}
        address={location}
      />
      {check.ok ? (
        <ConfirmStep
          here={here}
          booking={{ practitionerId: profile.id, motiveId, startsAt: startsAt.toISOString() }}
          practice={{ slug, timeZone: profile.timeZone, campaign }}
        />
      ) : (
        <div role="alert" className="space-y-3 rounded-lg border border-red-700 bg-red-50 p-4">
          <p className="font-semibold text-red-900">{t("unavailable")}</p>
          <Link href={chooseAgain} className="font-medium text-brand-800 underline">
            {t("chooseAgain")}
          </Link>
        </div>
      )}
      <p>
        <Link href={chooseAgain} className="text-brand-800 underline">
          {t("change")}
        </Link>
      </p>
    </div>
  );
}

async function ConfirmStep({
  here,
  booking,
  practice,
}: {
  here: string;
  booking: { practitionerId: string; motiveId: string; startsAt: string };
  practice: { slug: string; timeZone: string; campaign: string | null };
}) {
  const [user, t, locale] = await Promise.all([
    getSessionUser(),
    getTranslations("booking"),
    getLocale(),
  ]);
  if (!user) {
    // The way back is the address in the browser, so it keeps the page's language.
    const retour = new URLSearchParams({ retour: localizePath(locale, here) });
    return (
      <section aria-labelledby="account-title" className="space-y-4">
        <h2 id="account-title" className="text-xl font-semibold text-slate-900">
          {t("confirm.signInTitle")}
        </h2>
        <p className="text-slate-700">{t("confirm.signInBody")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/connexion?${retour}`} className={buttonClassName("primary")}>
            {t("confirm.signIn")}
          </Link>
          <Link href={`/inscription?${retour}`} className={buttonClassName("secondary")}>
            {t("confirm.signUp")}
          </Link>
        </div>
      </section>
    );
  }
  if (user.role !== "PATIENT") {
    return <p className="text-slate-700">{t("confirm.patientsOnly")}</p>;
  }
  // A booking starts when a patient gets the form for the chosen slot: the anonymous view
  // before signing in and the same view after it are one start, not two.
  await countCampaignStep("BOOKING_STARTED");
  const [self, relatives] = await Promise.all([getMyProfile(user), listMyRelatives(user)]);
  const fullName = (person: { firstName: string; lastName: string }) =>
    `${person.firstName} ${person.lastName}`.trim();
  const people = [
    ...(self && self.firstName
      ? [{ id: self.id, label: t("confirm.myself", { name: fullName(self) }) }]
      : []),
    ...relatives.map((relative) => ({ id: relative.id, label: fullName(relative) })),
  ];
  return (
    <section aria-labelledby="confirm-title" className="space-y-4">
      <h2 id="confirm-title" className="sr-only">
        {t("confirm.forWhomTitle")}
      </h2>
      {!self?.firstName && (
        <p className="text-slate-700">
          {t.rich("confirm.completeProfile", {
            link: (chunks) => (
              <Link href="/espace-patient/profil" className="text-brand-800 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      <BookingForm
        // Another slot is another booking: a new form, with a new idempotency key.
        key={`${booking.motiveId}:${booking.startsAt}`}
        action={bookAction.bind(null, practice.slug, practice.timeZone, practice.campaign ?? "")}
        booking={{ ...booking, idempotencyKey: randomUUID() }}
        people={people}
        today={new Date().toISOString().slice(0, 10)}
        labels={{
          nextSlots: t("form.nextSlots"),
          pending: t("form.pending"),
          submit: t("form.submit"),
          forWhom: t("form.forWhom"),
          newRelative: t("form.newRelative"),
          relative: t("form.relative"),
        }}
      />
    </section>
  );
}
